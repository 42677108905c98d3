/**
 * YAML front matter, parsed with js-yaml (its core schema: dates stay text,
 * so deadlines are read by the card's own rules). A separate chunk, loaded
 * only for documents that have front matter.
 */

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { clip } from '../quote.js';
import type { Result } from '../result.js';

/** Parsed front matter, with what a lenient read left out (`warnings`), or why it could not be read. */
export type FrontMatterResult = Result<Record<string, unknown>>;

/**
 * How many aliases (`*name`) front matter may use. Real pages use none or a
 * few; js-yaml's default is unlimited, and nine lines of nested aliases
 * stand for a billion values (a "billion laughs": the CLI wrote 62 MB, the
 * card's warnings froze the tab).
 */
export const MAX_ALIASES = 20;

/**
 * Even 20 aliases can multiply a long value a thousandfold (three levels of
 * `[*a, *a, *a]`…). Without aliases the parsed data is no larger than its
 * text, so data much larger than the text can only come from them.
 */
function expandedSizeExceeds(data: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    left -= typeof value === 'string' ? value.length + 1 : 1;
    if (left < 0) return true;
    // A loop, not push(...value): spreading a long list overflows the call stack.
    if (Array.isArray(value)) for (const item of value as unknown[]) stack.push(item);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        left -= key.length;
        stack.push(v);
      }
    }
  }
  return false;
}

/** The line (counted from `firstLine`) of the first alias in `yaml`. */
function firstAliasLine(yaml: string, firstLine: number): number {
  const at = /(?:^|[\s[{,])\*[^\s,[\]{}]/m.exec(yaml)?.index ?? 0;
  let line = firstLine;
  for (let i = yaml.indexOf('\n'); i !== -1 && i < at; i = yaml.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Parses the YAML between the `---` lines; errors name the line in the whole
 * file (`firstLine` is the file's line the YAML starts on: 2, after "---").
 */
export function parseFrontMatter(yaml: string, firstLine = 2): FrontMatterResult {
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = (e.mark?.line ?? 0) + firstLine;
      if (e.reason.startsWith('aliases exceeded')) {
        return { ok: false, error: `The YAML front matter uses more than ${MAX_ALIASES} aliases (*name) by line ${line}: write the values out` };
      }
      return { ok: false, error: `The YAML front matter is broken at line ${line}: ${clip(e.reason, 100)}` };
    }
    return { ok: false, error: `The YAML front matter could not be read: ${clip(String(e), 100)}` };
  }
  if (data === undefined || data === null) return { ok: true, value: {}, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'The front matter is not a set of "key: value" lines' };
  }
  if (expandedSizeExceeds(data, 2 * yaml.length + 1024)) {
    return { ok: false, error: `The YAML front matter's aliases (*name, from line ${firstAliasLine(yaml, firstLine)}) repeat its values many times over: write the values out` };
  }
  return { ok: true, value: data as Record<string, unknown>, warnings: [] };
}
