/** Whether a path or URL path names a Markdown file by its extension (.md, .markdown, .mdown, .mkd): servers often send them as text/plain. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path);
}
