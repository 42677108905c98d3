/**
 * Which front matter a page opens with — the fences `splitFrontMatter` looks
 * for, after the indentation `dedent` removes. Its own tiny module so the
 * loader can ask, and start the right parser's download, without pulling the
 * reader (and marked) into the main bundle.
 */
export function frontMatterFormat(text: string): 'yaml' | 'toml' | undefined {
  if (/^\uFEFF?\s*---[ \t]*\r?\n/.test(text)) return 'yaml';
  if (/^\uFEFF?\s*\+\+\+[ \t]*\r?\n/.test(text)) return 'toml';
  return undefined;
}
