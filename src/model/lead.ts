/**
 * Where a description folds: its lead (the first paragraph, with any headings
 * before it) and the rest. No DOM: sanitised HTML is DOMPurify's serialisation,
 * so every tag is closed and every "<" in text or attributes is escaped; the
 * scan is one pass over it.
 */

const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const VOID = /^(?:area|br|col|embed|hr|img|input|source|track|wbr)$/i;
/** The blocks a lead may end with: a heading alone leads to nothing. */
const BLOCK = /^(?:p|ul|ol|dl|div|blockquote|pre|table|figure|section)$/i;

/** Sanitised HTML as [lead, rest]: the rest is '' when there is nothing after the first block. */
export function splitLead(html: string): [string, string] {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    const [tag, closing, name = ''] = m;
    if (VOID.test(name) || tag.endsWith('/>')) continue;
    depth += closing ? -1 : 1;
    if (depth === 0 && closing && BLOCK.test(name)) {
      const end = m.index + tag.length;
      const rest = html.slice(end);
      return [html.slice(0, end), rest.trim() ? rest : ''];
    }
  }
  return [html, ''];
}
