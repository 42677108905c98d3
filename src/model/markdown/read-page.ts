/**
 * A Markdown page's text to its vacancies and notes: the one reading path
 * that the card (through `readMarkdownDocument`) and `job-posting check` both
 * take, so the command line says what the card will show. Before, the CLI
 * skipped the dedent: a page opening with a blank line was read with its
 * front matter as a heading, and its deadline in the wrong zone.
 *
 * The YAML parser is passed in rather than imported: in the browser it is a
 * chunk of its own, loaded only for pages with front matter.
 */

import type { FrontMatterResult } from './front-matter.js';
import { frontMatterFormat } from './front-matter-fence.js';
import { readMarkdown, splitFrontMatter, type HtmlReader, type MarkdownDocument, type MarkdownOptions } from './from-markdown.js';
import { readLimited } from './limits.js';
import { fail, ok, type Result } from '../result.js';

/** Parses front matter; `firstLine` is the file's line the YAML starts on, for its errors. */
export type FrontMatterParser = (yaml: string, firstLine: number) => FrontMatterResult;

export type PageResult = Result<MarkdownDocument>;

const LEADING_BLANK_LINES = /^\s*\n/;
const INDENT = /^[ \t]*/;

/**
 * Text indented to sit inside HTML (an inline `<script type="text/markdown">`)
 * with the leading blank lines and the common indentation removed, so it is
 * not read as code; `removedLines` says how many lines went from the top.
 */
function dedentPage(text: string): { text: string; removedLines: number } {
  const leading = LEADING_BLANK_LINES.exec(text)?.[0] ?? '';
  let removedLines = 0;
  for (let i = leading.indexOf('\n'); i !== -1; i = leading.indexOf('\n', i + 1)) removedLines++;
  const lines = text.slice(leading.length).split('\n');
  // A loop, not Math.min(...indents): spreading 125k lines overflows the call stack.
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() !== '') common = Math.min(common, INDENT.exec(line)?.[0].length ?? 0);
  }
  if (common === Infinity || common === 0) return { text: lines.join('\n'), removedLines };
  return { text: lines.map((l) => l.slice(Math.min(common, INDENT.exec(l)?.[0].length ?? 0))).join('\n'), removedLines };
}

/** `text` without its leading blank lines and common indentation. */
export function dedent(text: string): string {
  return dedentPage(text).text;
}

/**
 * Whether `text` may open with front matter (so a YAML or TOML parser is
 * needed): the fences `splitFrontMatter` looks for, after what {@link dedent} removes.
 */
export function mayHaveFrontMatter(text: string): 'yaml' | 'toml' | undefined {
  return frontMatterFormat(text);
}

/** Whether `text` may hold raw HTML (so the HTML reader is worth loading). */
export function mayHaveHtml(text: string): boolean {
  return /<[a-z!/]/i.test(text);
}

/** What reads a page besides its text; each a chunk of its own in the browser. */
export interface PageReaders {
  /** YAML front matter; needed when {@link mayHaveFrontMatter} says `yaml`. */
  parseFrontMatter?: FrontMatterParser;
  /** TOML front matter (`+++`); needed when {@link mayHaveFrontMatter} says `toml`. */
  parseTomlFrontMatter?: (toml: string) => FrontMatterResult;
  /** Raw HTML blocks; without it they are skipped. */
  html?: HtmlReader;
}

/** Reads a whole Markdown page, front matter included. */
export function readMarkdownPage(text: string, options: Omit<MarkdownOptions, 'frontMatter' | 'html'> & PageReaders): PageResult {
  const { text: page, removedLines } = dedentPage(text);
  const { yaml, toml, body } = splitFrontMatter(page);
  let frontMatter: Record<string, unknown> | undefined;
  let parsed: FrontMatterResult | undefined;
  if (toml !== undefined && toml.trim() !== '') {
    if (!options.parseTomlFrontMatter) return fail('The page has TOML front matter but no TOML reader was given');
    parsed = options.parseTomlFrontMatter(toml);
  } else if (yaml !== undefined && yaml.trim() !== '') {
    if (!options.parseFrontMatter) return fail('The page has front matter but no YAML reader was given');
    // The YAML starts on the line after "---", below the blank lines dedent removed.
    parsed = options.parseFrontMatter(yaml, removedLines + 2);
  }
  if (parsed && !parsed.ok) return fail(parsed.error);
  if (parsed?.ok) frontMatter = parsed.value;
  // Cut to the reader's limits first: deep nesting overflows marked's stack.
  const document = readLimited(body, (limited) =>
    readMarkdown(limited, {
      now: options.now,
      ...(frontMatter ? { frontMatter } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.html ? { html: options.html } : {}),
      ...(options.templates === false ? { templates: false } : {}),
    }),
  );
  // What a lenient front-matter read left out is said with every vacancy, as the reader's limits are.
  const warnings = parsed?.ok ? parsed.warnings : [];
  for (const vacancy of document.vacancies) vacancy.warnings.push(...warnings);
  return ok(document, warnings);
}
