/**
 * The Markdown chunk: loaded only when a page uses Markdown (a `.md` src, a
 * `<script type="text/markdown">`, or a description with Markdown in it).
 * Holds marked, DOMPurify and the page reader; js-yaml and smol-toml are
 * further chunks, loaded only for documents with YAML or TOML front matter.
 */

import { marked } from 'marked';
import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { readMarkdown, splitFrontMatter, type MarkdownDocument } from '../model/markdown/from-markdown.js';
import { sanitizeHtml } from '../sanitize.js';
import { LoadError } from './load-error.js';

export { sanitizeHtml };

/** Reads a whole Markdown document, front matter included. */
export async function readMarkdownDocument(
  text: string,
  options: { now: number; baseUrl?: string; context: string },
): Promise<MarkdownDocument> {
  const { yaml, toml, body } = splitFrontMatter(dedent(text));
  let frontMatter: Record<string, unknown> | undefined;
  if ((yaml ?? toml ?? '').trim() !== '') {
    const parsed =
      toml !== undefined
        ? (await import('../model/markdown/toml-front-matter.js')).parseTomlFrontMatter(toml)
        : (await import('../model/markdown/front-matter.js')).parseFrontMatter(yaml ?? '');
    if (!parsed.ok) throw new LoadError(`${options.context}. ${parsed.error}`);
    frontMatter = parsed.data;
  }
  // htmlparser2 comes only for pages with HTML in them.
  const html = /<[a-z!/]/i.test(body) ? await import('../model/markdown/html-blocks.js') : undefined;
  return readMarkdown(body, { now: options.now, ...(frontMatter ? { frontMatter } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(html ? { html } : {}) });
}

/** Markdown as sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }));
}

/** Sanitised HTML, and the same as something a Lit template can render. */
export interface SanitizedHtml {
  html: string;
  view: DirectiveResult;
}

/**
 * A description or note as sanitised HTML ready to render. Only this chunk
 * turns HTML into DOM, and only after DOMPurify has read it; pages without
 * Markdown or HTML never load the directive that does it.
 */
export function sanitizedView(text: string, format: 'html' | 'markdown'): SanitizedHtml {
  const html = format === 'html' ? sanitizeHtml(text) : renderMarkdown(text);
  return { html, view: unsafeHTML(html) };
}

/**
 * Text indented to sit inside HTML (an inline `<script type="text/markdown">`)
 * with the common indentation removed, so it is not read as code.
 */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return common > 0 ? lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n') : lines.join('\n');
}
