/**
 * TOML front matter (Hugo's `+++` fences), parsed with smol-toml. Its own
 * chunk, loaded only for documents that have it, like js-yaml for YAML.
 * Dates stay text, as with YAML, so deadlines are read by the card's own
 * rules: a local date is "2021-12-05", an offset date-time keeps its offset.
 */

import { parse, TomlDate, TomlError } from 'smol-toml';
import type { FrontMatterResult } from './front-matter.js';

/** Values with every TomlDate written as ISO 8601 text (no needless ".000"). */
function datesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=$|[Z+-])/, '');
  if (Array.isArray(value)) return value.map(datesAsText);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v)]));
  }
  return value;
}

/** The error as a sentence naming the line in the whole file (the front matter starts on its second line, after "+++"). */
function describe(e: unknown): string {
  if (!(e instanceof TomlError)) return `The TOML front matter could not be read: ${String(e)}`;
  const reason = e.message.split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? '';
  return `The TOML front matter is broken at line ${e.line + 1}: ${reason}`;
}

/**
 * The top-level `key = value` lines that parse on their own: what a broken
 * front matter still says. Hugo's parser accepts lines the TOML standard
 * does not (`weight = 01`), so a site that builds may still have them.
 */
function lineByLine(toml: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of toml.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) break;
    try {
      Object.assign(data, parse(line));
    } catch {
      // A line the standard refuses says nothing here.
    }
  }
  return data;
}

/**
 * Parses the TOML between the `+++` lines. A document the standard refuses
 * keeps its top-level lines that parse alone, with a warning naming the
 * broken line; one with none of them is an error.
 */
export function parseTomlFrontMatter(toml: string): FrontMatterResult {
  try {
    return { ok: true, value: datesAsText(parse(toml)) as Record<string, unknown>, warnings: [] };
  } catch (e) {
    const kept = lineByLine(toml);
    if (Object.keys(kept).length === 0) return { ok: false, error: describe(e) };
    return { ok: true, value: datesAsText(kept) as Record<string, unknown>, warnings: [`${describe(e)}; read only its lines that parse`] };
  }
}
