/**
 * A posting's description before (or without) the Markdown chunk: plain-text
 * paragraphs. HTML is reduced to its text in an inert document; nothing here
 * ever becomes markup. The chunk is fetched only for descriptions that
 * {@link needsMarkdown}.
 */

import type { DescriptionFormat } from './model/posting.js';

const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,br,tr,blockquote,pre,section,article,ul,ol,table';

/** The paragraphs of a description, each plain text. */
export function descriptionParagraphs(text: string, format: DescriptionFormat = 'markdown'): string[] {
  const plain = format === 'html' ? htmlToText(text) : text;
  return plain
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '');
}

function htmlToText(html: string): string {
  // DOMParser documents are inert: no script runs and nothing is fetched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.body.querySelectorAll('script,style,template,noscript')) el.remove();
  for (const el of doc.body.querySelectorAll(BLOCKS)) {
    if (el.localName === 'li') el.prepend(doc.createTextNode('• '));
    el.append(doc.createTextNode(el.localName === 'br' ? '\n' : '\n\n'));
  }
  return doc.body.textContent ?? '';
}

/** Whether text uses Markdown (or HTML) syntax that plain paragraphs would show wrongly. */
export function needsMarkdown(text: string): boolean {
  return /[*_`#>[\]!|~<]|^\s*(?:[-+*]|\d+[.)])\s|https?:\/\/|www\.|@/m.test(text);
}
