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
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * HTML reduced to its text without parsing it into a document (a parser is
 * a Trusted Types sink). The result is only ever bound as text.
 */
function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n\n• ')
    .replace(/<\/(?:p|div|li|h[1-6]|tr|blockquote|pre|section|article|ul|ol|table)\s*>/gi, '\n\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '');
  return unescapeHtml(text);
}

/** Whether text uses Markdown (or HTML) syntax that plain paragraphs would show wrongly. */
export function needsMarkdown(text: string): boolean {
  return /[*_`#>[\]!|~<]|^\s*(?:[-+*]|\d+[.)])\s|https?:\/\/|www\.|@/m.test(text);
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain paragraphs as HTML, every character escaped (for structured data). */
export function paragraphsAsHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}
