/**
 * A posting's description before (or without) the Markdown chunk: plain-text
 * paragraphs. HTML is reduced to its text; nothing here ever becomes markup. The chunk is fetched only for descriptions that
 * {@link needsMarkdown}.
 */

import { unescapeHtml } from './model/html-entities.js';
import type { DescriptionFormat } from './model/posting.js';

/** The paragraphs of a description, each plain text. */
export function descriptionParagraphs(text: string, format: DescriptionFormat = 'markdown'): string[] {
  const plain = format === 'html' ? htmlToText(text) : text;
  return plain
    .split(/\n\s*\n/)
    // One pass: a line break with the spaces around it, or a run of spaces, is one space.
    // (`/[ \t]*\n[ \t]*/` alone restarted at every space of a long run that held no break.)
    .map((p) => p.replace(/[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * HTML reduced to its text without parsing it into a document (a parser is
 * a Trusted Types sink). The result is only ever bound as text.
 */
function htmlToText(html: string): string {
  let text = removeElements(html).replace(/<br\s*\/?>/gi, '\n');
  text = upToLastGt(text, (t) => t.replace(/<li\b[^>]*>/gi, '\n\n• '));
  text = text.replace(/<\/(?:p|div|li|h[1-6]|tr|blockquote|pre|section|article|ul|ol|table)\s*>/gi, '\n\n');
  text = removeComments(text);
  return unescapeHtml(upToLastGt(text, (t) => t.replace(/<[^>]*>/g, '')));
}

/*
 * Linear time on any text. The patterns `<…[^>]*>` and `<!--[\s\S]*?-->`
 * fail slowly: from each "<" (or "<!--", "<script") with no end after it
 * they scan to the end of the text, and a run of them is quadratic. Once
 * an end is missing after one opening it is missing after every later one,
 * so these stop there.
 */

/** `replace` applied to the text up to its last ">", where every "<" finds its ">" at the first try. */
function upToLastGt(text: string, replace: (head: string) => string): string {
  const end = text.lastIndexOf('>') + 1;
  return replace(text.slice(0, end)) + text.slice(end);
}

/** What `/<!--[\s\S]*?-->/g` removes. */
function removeComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return out + text.slice(from);
}

/** What `/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi` removes: those elements with their content. */
function removeElements(html: string): string {
  const open = /<(script|style|template|noscript)\b/gi;
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    if (unclosed.has(name)) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    if (!close.exec(html)) {
      unclosed.add(name);
      continue;
    }
    out += html.slice(from, m.index);
    from = open.lastIndex = close.lastIndex;
  }
  return out + html.slice(from);
}

/** Whether text uses Markdown (or HTML) syntax that plain paragraphs would show wrongly. */
export function needsMarkdown(text: string): boolean {
  // `[^\S\n\r\u2028\u2029]*`: spaces that stay on the line. `^\s*` ran on across line
  // breaks from every one of them, quadratic on a long run of blank lines.
  return /[*_`#>[\]!|~<]|^[^\S\n\r\u2028\u2029]*(?:[-+*]|\d+[.)])\s|https?:\/\/|www\.|@/m.test(text);
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain paragraphs as HTML, every character escaped (for structured data). */
export function paragraphsAsHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}
