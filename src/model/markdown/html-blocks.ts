/**
 * Raw HTML in a Markdown page — `<h3>`, `<ul><li><a>`, a layout `<table>`,
 * `<b>` dates, `<a>Apply now</a>`, a link only in
 * `<button onclick="location.href='…'">` — read into the same blocks as
 * Markdown, so a heading, a link or a date inside HTML counts like one
 * outside it.
 *
 * htmlparser2 tokenises the HTML (no DOM: the reader runs in the CLI too, and
 * `DOMParser` is a Trusted Types sink); its callbacks write the equivalent
 * Markdown, which marked then lexes like the rest of the page. Text is
 * escaped, so nothing in the HTML becomes Markdown syntax by accident, and
 * tags the reader does not know keep only their text.
 *
 * Its own chunk (htmlparser2 is about 20 kB): the Markdown chunk loads it only
 * for pages with HTML in them, and hands it to the reader as
 * `MarkdownOptions.html`.
 */

import { Parser } from 'htmlparser2';
import type { InlineTag } from './inline-text.js';

/** htmlparser2's options: character references decoded (text is escaped again for Markdown), names in lower case. */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** The URL a button's `onclick` navigates to: `location.href='…'`, `window.open('…')`. */
export function onclickUrl(onclick: string): string | undefined {
  const m = /(?:location(?:\.href)?\s*=|\.open\(|location\.assign\()\s*['"]([^'"\s]{1,2000})['"]/.exec(onclick.slice(0, 4000));
  return m?.[1];
}

/** The link an inline tag opens (`<a href>`, `<button onclick>`), if any. */
export function linkOfTag(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'a') return attributes['href']?.trim() || undefined;
  if (name === 'button' || name === 'input') return onclickUrl(attributes['onclick'] ?? '');
  return undefined;
}

/**
 * An inline tag as marked hands it over (`<a href="…">`, `</a>`, `<br>`):
 * what the text reader needs of it — a line break, a link opening (its
 * target) or closing — or undefined for any other tag.
 */
export function inlineTag(raw: string): InlineTag | undefined {
  // An end tag alone is ignored by a parser that never saw it open: read its name as a start tag's.
  const closing = raw.trimStart().startsWith('</');
  let found: InlineTag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (found) return;
        if (STRUCK.has(name)) found = { kind: 'struck', open: !closing };
        else if (closing) found = name === 'a' || name === 'button' ? { kind: 'close' } : undefined;
        else if (name === 'br') found = { kind: 'break' };
        else {
          const href = linkOfTag(name, attributes);
          if (href) found = { kind: 'open', href };
        }
      },
    },
    OPTIONS,
  );
  parser.write(closing ? raw.trimStart().replace('</', '<').slice(0, 4000) : raw.slice(0, 4000));
  parser.end();
  return found;
}

/**
 * The most of one HTML block that is read. htmlparser2's time grows with the
 * square of the depth of tags left open (a hostile page of 100,000 "<b>"
 * takes seconds); a recruitment page's blocks are a few thousand characters.
 */
export const MAX_HTML_BLOCK = 50_000;

const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'table', 'thead', 'tbody', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'blockquote', 'hr', 'center', 'form']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Struck-out text: Markdown's `~~…~~`, which the reader leaves out and the description shows struck. */
const STRUCK = new Set(['del', 's', 'strike']);

/** Escapes text so marked reads it as text. */
function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A link target safe inside `[…](<…>)`. */
function escapeHref(href: string): string {
  return href.replace(/[<>\s]/g, encodeURIComponent);
}

/**
 * Markdown for an HTML fragment: `<h1>`–`<h6>` become headings, `<li>` list
 * items, table rows and other blocks paragraphs, `<b>`/`<strong>` bold,
 * `<a href>` and navigating buttons links, `<br>` line breaks.
 */
export function htmlToMarkdown(html: string): string {
  const lines: string[] = [];
  // The line being written, as pieces (joined once, at its end: no copying per tag).
  let parts: string[] = [];
  /** Whether the line ends with a line break and nothing written since. */
  let broken = false;
  /** Lines written so far: a link opened on an earlier line cannot be closed on this one. */
  let written = 0;
  let skip = 0;
  /** Open links: the piece their "[" is (-1 for an `<a>` without a target) and the line it is on. */
  const links: { at: number; line: number; href?: string }[] = [];
  /**
   * The table being read: where its lines start, its rows of cells, and
   * whether it lays a page out (blocks or line breaks in cells, a table in
   * a table) rather than holding data. A data table becomes a pipe table at
   * its end, so each row can be a post with its headers as labels.
   */
  let table: { start: number; rows: string[][]; cell?: number; layout: boolean } | undefined;
  const flush = (): void => {
    const text = parts.join('').replace(/[ \t]+/g, ' ').replace(/(?:\\\n ?)+$/, '').trim();
    if (text && !/^(?:-|#+)$/.test(text)) lines.push(text, '');
    parts = [];
    broken = false;
    written++;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          parts.push(`${'#'.repeat(Number(name[1]))} `);
        } else if (name === 'li') {
          flush();
          parts.push('- ');
        } else if (name === 'td' || name === 'th') {
          parts.push(' ');
          if (table) table.cell = parts.length;
        } else if (name === 'table') {
          flush();
          if (table) table.layout = true;
          else table = { start: lines.length, rows: [], layout: false };
        } else if (BLOCK.has(name)) {
          if (table && name === 'tr') table.rows.push([]);
          else if (table?.cell !== undefined) table.layout = true;
          flush();
        } else if (name === 'br') {
          if (table?.cell !== undefined) table.layout = true;
          // One <br> breaks the line; two end the paragraph.
          if (broken) flush();
          else if (parts.length > 0) {
            parts.push('\\\n');
            broken = true;
          }
        } else if (name === 'b' || name === 'strong') {
          parts.push('**');
        } else if (STRUCK.has(name)) {
          parts.push('~~');
        } else if (name === 'a' || name === 'button') {
          const href = linkOfTag(name, attributes);
          links.push(href ? { at: parts.length, line: written, href } : { at: -1, line: written });
          if (href) parts.push('[');
        }
      },
      ontext(text) {
        if (skip) return;
        parts.push(escapeText(text));
        if (text.trim()) broken = false;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if ((name === 'td' || name === 'th') && table?.cell !== undefined) {
          table.rows.at(-1)?.push(parts.slice(table.cell).join('').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|'));
          table.cell = undefined;
        } else if (name === 'table' && table) {
          flush();
          const { start, rows, layout } = table;
          table = undefined;
          const width = rows[0]?.length ?? 0;
          if (!layout && rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width)) {
            const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
            lines.splice(start, lines.length - start, row(rows[0] ?? []), row(new Array<string>(width).fill('---')), ...rows.slice(1).map(row), '');
          }
          return;
        }
        if (/^h[1-6]$/.test(name) || name === 'li' || BLOCK.has(name)) {
          flush();
        } else if (name === 'b' || name === 'strong') {
          // "**text **" is not bold in Markdown: close the markers against the words.
          const last = parts.length - 1;
          const piece = parts[last] ?? '';
          if (piece === '**') parts.pop();
          else {
            const words = piece.trimEnd();
            parts[last] = words;
            parts.push('**', piece.slice(words.length));
          }
        } else if (STRUCK.has(name)) {
          parts.push('~~');
        } else if (name === 'a' || name === 'button') {
          const link = links.pop();
          if (link?.href && link.line === written && link.at >= 0) parts.push(`](<${escapeHref(link.href)}>)`);
        }
      },
    },
    OPTIONS,
  );
  parser.write(html.slice(0, MAX_HTML_BLOCK));
  parser.end();
  flush();
  return lines.join('\n');
}
