/**
 * Bounds on Markdown before marked sees it. marked reads nesting by
 * recursion: ten thousand `>` (or list markers, or nested `**`) overflow the
 * call stack and the whole page errors, and deep emphasis costs quadratic
 * time well before that (1,600 nested `**` take 3 s). Text from a page we do
 * not control is cut to shape first, in one linear pass, and the reader says
 * what was cut; the rest still shows.
 */

import type { MarkdownDocument } from './from-markdown.js';

/** Lines beyond this are dropped (a recruitment page has a few hundred). */
export const MAX_MARKDOWN_LINES = 20_000;

/**
 * Words longer than this are broken with a space. marked's inline rules (a
 * GFM e-mail autolink, an HTML comment, a link target) look ahead through a
 * word for its end at every position in it, so one 200 KB word costs over a
 * minute; no address, link or word on a recruitment page is this long.
 */
export const MAX_MARKDOWN_WORD = 1000;

/** Quotes, lists and emphasis nested deeper than this are flattened. */
export const MAX_MARKDOWN_NESTING = 20;

/**
 * Indentation alone nests lists too (two spaces a level): leading whitespace
 * beyond this is dropped. marked's time grows with depth times length.
 */
const MAX_INDENT = 2 * MAX_MARKDOWN_NESTING;

/** One container marker at the start of what is left of a line: a quote's `>` or a list item's bullet or number. */
const CONTAINER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/y;
/** A run of emphasis or strikethrough delimiters. */
const DELIMITERS = /([*_~])\1*/g;
const FENCE = /^[ \t]*(?:```|~~~)/;
const BLANK = /^[ \t]*$/;
const SPACE = /\s/;
const LEADING = /^[ \t]*/;

export interface LimitedMarkdown {
  text: string;
  /** What was cut, for the page's author; empty when nothing was. */
  warnings: string[];
}

const count = (n: number): string => n.toLocaleString('en-GB');

/**
 * `text` with at most {@link MAX_MARKDOWN_LINES} lines and nothing nested
 * deeper than {@link MAX_MARKDOWN_NESTING}; `what` names it in the warnings
 * ("the description"). Text within the limits comes back as it was.
 */
export function limitMarkdown(text: string, what: string): LimitedMarkdown {
  const lines = text.split('\n');
  const warnings: string[] = [];
  if (lines.length > MAX_MARKDOWN_LINES) {
    warnings.push(`${what} was cut at line ${count(MAX_MARKDOWN_LINES)} (it has ${count(lines.length)}); the rest is not shown`);
    lines.length = MAX_MARKDOWN_LINES;
  }
  let flattenedAt = 0;
  let brokenAt = 0;
  const emphasis = { depth: 0 };
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const flat = limitLine(line, emphasis, fenced);
    const limited = fenced ? flat : breakLongWords(flat);
    if (limited !== flat) brokenAt ||= i + 1;
    if (FENCE.test(limited.slice(containerEnd(limited).end))) {
      fenced = !fenced;
      emphasis.depth = 0;
    }
    if (flat !== line) flattenedAt ||= i + 1;
    lines[i] = limited;
  }
  const escapedAt = escapeUnclosed(lines);
  if (escapedAt > 0) {
    warnings.push(`${what} opens more than ${MAX_UNCLOSED} parentheses or HTML comments that it never closes (from line ${count(escapedAt)}); they are shown as text`);
  }
  if (brokenAt > 0) {
    warnings.push(`${what} has a word longer than ${count(MAX_MARKDOWN_WORD)} characters (from line ${count(brokenAt)}); it is shown broken with spaces`);
  }
  if (flattenedAt > 0) {
    warnings.push(`${what} nests quotes, lists or emphasis deeper than ${MAX_MARKDOWN_NESTING} levels (from line ${count(flattenedAt)}); the deeper levels are shown flat`);
  }
  return warnings.length > 0 ? { text: lines.join('\n'), warnings } : { text, warnings };
}

/**
 * More openers than this left open in one paragraph are escaped. marked
 * looks for the end of a link target at every unclosed "(" and for the end
 * of a comment at every unclosed "<!--", so each costs a scan of the rest of
 * the paragraph: thousands of them cost seconds. A page a person wrote leaves
 * one or two open, and those are read as before.
 */
export const MAX_UNCLOSED = 20;

/**
 * Escapes, paragraph by paragraph (fenced code left alone), the "(" that no
 * ")" closes and the "<!--" that no "-->" follows, when a paragraph leaves more
 * than {@link MAX_UNCLOSED} of them open; returns the first line changed (1-based), or 0.
 */
function escapeUnclosed(lines: string[]): number {
  let first = 0;
  let parens: [number, number][] = [];
  let comments: [number, number][] = [];
  const flush = (): void => {
    const edits = [...(parens.length > MAX_UNCLOSED ? parens : []), ...(comments.length > MAX_UNCLOSED ? comments : [])];
    // Each line rebuilt once, its openers in column order: linear in the paragraph.
    edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let e = 0; e < edits.length; ) {
      const line = edits[e]?.[0] ?? 0;
      const text = lines[line] ?? '';
      let out = '';
      let from = 0;
      for (; e < edits.length && edits[e]?.[0] === line; e++) {
        const col = edits[e]?.[1] ?? 0;
        out += `${text.slice(from, col)}${text[col] === '(' ? '\\(' : '&lt;'}`;
        from = col + 1;
      }
      lines[line] = out + text.slice(from);
      first = first === 0 ? line + 1 : Math.min(first, line + 1);
    }
    parens = [];
    comments = [];
  };
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line.slice(containerEnd(line).end))) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (BLANK.test(line)) {
      flush();
      continue;
    }
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (c === '\\') j++;
      else if (c === '(') parens.push([i, j]);
      else if (c === ')') parens.pop();
      else if (c === '<' && line.startsWith('<!--', j)) comments.push([i, j]);
      else if (c === '-' && line.startsWith('-->', j)) comments = [];
    }
  }
  flush();
  return first;
}

/** `line` with a space after every {@link MAX_MARKDOWN_WORD} characters that hold none; one pass. */
function breakLongWords(line: string): string {
  if (line.length <= MAX_MARKDOWN_WORD) return line;
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Space, tab, and the line-breaking spaces marked treats as whitespace.
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) {
      run = 0;
    } else if (++run > MAX_MARKDOWN_WORD) {
      out += `${line.slice(from, i)} `;
      from = i;
      run = 1;
    }
  }
  return from === 0 ? line : out + line.slice(from);
}

/** Where a line's container markers end, how many there are, and where the last one allowed ends. */
function containerEnd(line: string): { end: number; depth: number; kept: number } {
  let end = 0;
  let depth = 0;
  let kept = 0;
  for (;;) {
    CONTAINER.lastIndex = end;
    if (!CONTAINER.test(line)) return { end, depth, kept };
    end = CONTAINER.lastIndex;
    if (++depth === MAX_MARKDOWN_NESTING) kept = end;
  }
}

function limitLine(line: string, emphasis: { depth: number }, fenced: boolean): string {
  if (BLANK.test(line)) {
    // Emphasis never runs past a paragraph.
    emphasis.depth = 0;
    return line;
  }
  let out = line;
  const indent = LEADING.exec(out)?.[0].length ?? 0;
  if (indent > MAX_INDENT) out = out.slice(0, MAX_INDENT) + out.slice(indent);
  const { end, depth, kept } = containerEnd(out);
  if (depth > MAX_MARKDOWN_NESTING) out = out.slice(0, kept) + out.slice(end);
  if (fenced) return out;
  const start = depth > MAX_MARKDOWN_NESTING ? kept : end;
  const content = limitEmphasis(out.slice(start), emphasis);
  return content === out.slice(start) ? out : out.slice(0, start) + content;
}

/**
 * Delimiter runs past the nesting limit, escaped. Openers and closers are
 * told apart as CommonMark does in outline (a run before a space cannot open,
 * one after a space cannot close, a run that may do either closes when
 * something is open); exact pairing does not matter, only that no more than
 * the limit can ever be open at once.
 */
function limitEmphasis(content: string, emphasis: { depth: number }): string {
  let out = '';
  let last = 0;
  for (const run of content.matchAll(DELIMITERS)) {
    const start = run.index;
    const end = start + run[0].length;
    const levels = Math.ceil(run[0].length / 2);
    const canOpen = end < content.length && !SPACE.test(content[end] ?? ' ');
    const canClose = start > 0 && !SPACE.test(content[start - 1] ?? ' ');
    if (canClose && emphasis.depth > 0) {
      emphasis.depth = Math.max(0, emphasis.depth - levels);
    } else if (canOpen) {
      if (emphasis.depth + levels <= MAX_MARKDOWN_NESTING) {
        emphasis.depth += levels;
      } else {
        out += content.slice(last, start) + run[0].replace(/[*_~]/g, '\\$&');
        last = end;
      }
    }
  }
  return last === 0 ? content : out + content.slice(last);
}

/**
 * Reads a page's body through {@link limitMarkdown}: what was cut is told in
 * every vacancy's warnings (the cards show them).
 */
export function readLimited(body: string, read: (body: string) => MarkdownDocument): MarkdownDocument {
  const { text, warnings } = limitMarkdown(body, 'The page');
  const document = read(text);
  for (const vacancy of document.vacancies) vacancy.warnings.push(...warnings);
  return document;
}
