/**
 * The Markdown chunk: loaded only when a page uses Markdown (a `.md` src, a
 * `<script type="text/markdown">`, or a description with Markdown in it).
 * Holds marked, DOMPurify and the page reader; js-yaml and smol-toml are
 * further chunks, loaded only for documents with YAML or TOML front matter.
 */

import { marked } from 'marked';
import type { MarkdownDocument } from '../model/markdown/from-markdown.js';
import { limitMarkdown } from '../model/markdown/limits.js';
import { mayHaveFrontMatter, mayHaveHtml, readMarkdownPage } from '../model/markdown/read-page.js';
import { sanitizeHtml } from '../sanitize.js';
import { splitLead } from '../model/lead.js';
import { LoadError } from './load-error.js';

export { sanitizeHtml };

/**
 * Reads a whole Markdown document, front matter included, by the model's
 * one reading path (`job-posting check` takes the same). Here js-yaml stays a
 * chunk of its own, fetched only when the page opens with front matter.
 */
export async function readMarkdownDocument(
  text: string,
  options: { now: number; baseUrl?: string; timeZone?: string; templates?: boolean; context: string },
): Promise<MarkdownDocument> {
  const format = mayHaveFrontMatter(text);
  const [yaml, toml, html] = await Promise.all([
    format === 'yaml' ? import('../model/markdown/front-matter.js') : undefined,
    format === 'toml' ? import('../model/markdown/toml-front-matter.js') : undefined,
    // htmlparser2 comes only for pages with HTML in them.
    mayHaveHtml(text) ? import('../model/markdown/html-blocks.js') : undefined,
  ]);
  const read = readMarkdownPage(text, {
    now: options.now,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(yaml ? { parseFrontMatter: yaml.parseFrontMatter } : {}),
    ...(toml ? { parseTomlFrontMatter: toml.parseTomlFrontMatter } : {}),
    ...(html ? { html } : {}),
    ...(options.templates === false ? { templates: false } : {}),
  });
  if (!read.ok) throw new LoadError(`${options.context}. ${read.error}`);
  return read.value;
}

/**
 * Markdown as sanitised HTML: cut to the reader's limits first (marked
 * overflows its stack on deep nesting), with relative links and images
 * resolved against `baseUrl`, the URL of the document the Markdown came from.
 * `warnings` say what was cut.
 */
export function renderMarkdown(markdown: string, baseUrl?: string): { html: string; warnings: string[] } {
  const { text, warnings } = limitMarkdown(markdown, 'The description');
  return { html: sanitizeHtml(marked.parse(text, { async: false, gfm: true }), baseUrl), warnings };
}

/** Sanitised HTML: whole, and as its lead and the rest (html-view.ts makes them something a Lit template renders). */
export interface SanitizedHtml {
  html: string;
  /** The lead (the first paragraph, headings before it) and the rest, for a folded card; '' when nothing follows the lead. */
  lead: string;
  rest: string;
  /** What was cut to keep within the reader's limits; empty when nothing was. */
  warnings: string[];
}

/**
 * A description or note as sanitised HTML. Only this chunk turns text into
 * HTML, and only through DOMPurify; relative links resolve against `baseUrl`
 * (the document's URL), else the page's.
 */
export function sanitizedView(text: string, format: 'html' | 'markdown', baseUrl?: string): SanitizedHtml {
  const { html, warnings } = format === 'html' ? { html: sanitizeHtml(text, baseUrl), warnings: [] } : renderMarkdown(text, baseUrl);
  const [lead, rest] = splitLead(html);
  return { html, lead, rest, warnings };
}
