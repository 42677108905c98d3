/**
 * A Jekyll `_data` file (`_data/vacancies.yml`) read for `check`: the values
 * as typed, and every time written unquoted, which Jekyll's YAML (Ruby's)
 * turns into a Time read in UTC — an hour or more off from what the author
 * meant once `jsonify` writes it (see src/model/yaml-time.ts).
 */

import { CORE_SCHEMA, load, YAML11_SCHEMA } from 'js-yaml';
import { clip } from '../model/quote.js';
import type { Result } from '../model/result.js';

/** Whether a path names a YAML file. */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** A time YAML would read as a Time: where it is (keys and indexes), as typed, and its line. */
export interface UnquotedTime {
  path: (string | number)[];
  text: string;
  line: number;
}

// YAML 1.1's timestamp with a time of day, as Ruby's YAML and js-yaml read it.
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d\d)?))?$/;

/**
 * Reads `text`: the data with every scalar as typed (no timestamps), and the
 * unquoted times in it — those the YAML 1.1 schema reads as timestamps,
 * which a quoted string never is.
 */
export function readYamlData(text: string): Result<{ data: unknown; unquotedTimes: UnquotedTime[] }> {
  let typed: unknown;
  let timed: unknown;
  try {
    typed = load(text, { schema: CORE_SCHEMA });
    timed = load(text, { schema: YAML11_SCHEMA });
  } catch (e) {
    return { ok: false, error: `The YAML could not be read: ${clip(String((e as Error).message ?? e), 200)}` };
  }
  const unquotedTimes: UnquotedTime[] = [];
  const lines = text.split(/\r\n?|\n/);
  let from = 0;
  const walk = (a: unknown, b: unknown, path: (string | number)[]): void => {
    if (typeof a === 'string' && b instanceof Date && TIMESTAMP.test(a.trim())) {
      const at = lines.findIndex((l, i) => i >= from && l.includes(a.trim()));
      if (at >= 0) from = at + 1;
      unquotedTimes.push({ path, text: a.trim(), line: at + 1 });
      return;
    }
    if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return;
    for (const [key, value] of Object.entries(a)) walk(value, (b as Record<string, unknown>)[key], [...path, Array.isArray(a) ? Number(key) : key]);
  };
  walk(typed, timed, []);
  return { ok: true, value: { data: typed, unquotedTimes }, warnings: [] };
}

/** The author's warning for one unquoted time. */
export function unquotedTimeWarning(time: UnquotedTime): string {
  const key = time.path.filter((p) => typeof p === 'string').join('.') || 'a value';
  const field = key.split('.').pop() ?? key;
  const zoned = /(?:Z|[-+]\d{1,2}(?::?\d\d)?)$/.test(time.text);
  const [date = '', clock = ''] = time.text.split(/[Tt]|[ \t]+/);
  const where = time.line > 0 ? `line ${time.line}: ` : '';
  return zoned
    ? `${where}${key}: ${time.text} is not quoted, so Jekyll's YAML turns it into a Ruby Time, which jsonify writes in another form; quote it: ${field}: "${time.text}"`
    : `${where}${key}: ${time.text} is not quoted, so Jekyll's YAML reads it as UTC, not in the posting's zone; quote it: ${field}: "${date}T${clock.slice(0, 5)}"`;
}
