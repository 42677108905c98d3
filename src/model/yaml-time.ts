/**
 * Closing times that went through Jekyll's YAML unquoted.
 *
 * Ruby's YAML turns an unquoted `closes: 2022-07-15 12:00:00` in `_data` or
 * front matter into a Time, and `jsonify` writes it back as Ruby prints
 * Times. What the author typed is then recoverable only in part:
 *
 * | typed (unquoted)             | Ruby's Time                 | jsonify writes                 |
 * | ---------------------------- | --------------------------- | ------------------------------ |
 * | `2022-07-15 12:00:00`        | 12:00 UTC, in the build's zone | `"2022-07-15 13:00:00 +0100"` |
 * | `2022-07-15T12:00:00Z`       | 12:00 UTC                   | `"2022-07-15 12:00:00 UTC"`    |
 * | `2022-07-15 12:00:00 +01:00` | 12:00 at +01:00             | `"2022-07-15 12:00:00 +0100"`  |
 *
 * Without a zone, YAML reads the time as UTC, though the author meant the
 * posting's own zone; `jsonify` cannot tell that case from a typed offset.
 * The Jekyll include tells them apart and writes the first as Ruby's
 * `%Y-%m-%d %H:%M:%S %z %Z` (the build's zone name last, which a typed
 * offset never has); plain `jsonify` leaves the reader unsure, and the card
 * says so.
 */

import type { Unsure } from './posting.js';
import { quote } from './quote.js';
import { instantOfWallTime } from './zoned-time.js';

const RUBY_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?:(UTC)|([+-])(\d{2})(\d{2})(?: (\S+))?)$/;

/** A Ruby Time read back: the closing time to read instead, why, and whether it stays unsure. */
export interface YamlTime {
  /** ISO 8601: with an offset when the instant is known, else wall-clock time in the posting's zone. */
  closes: string;
  /** For the author: what happened and the fix. */
  warning: string;
  /** Set when the text cannot say which time was typed. */
  unsure?: Unsure;
}

const QUOTE_IT = 'quote it in the YAML (closes: "2022-07-15T12:00") so that it is read as written';

/**
 * Reads `text` when it is a time as Ruby prints it, else undefined.
 * `timeZone` is the posting's (a valid IANA zone).
 */
export function readYamlTime(text: string, timeZone: string): YamlTime | undefined {
  const m = RUBY_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, date, time, utc, sign, hh, mm, zoneName] = m;
  if (utc) {
    return { closes: `${date}T${time}Z`, warning: `closes: ${quote(text)} is a time YAML read with its zone (Z): read as ${date} ${time} UTC; ${QUOTE_IT}` };
  }
  const offset = `${sign}${hh}:${mm}`;
  // The wall-clock fields in UTC: what was typed, when no zone was typed.
  const typed = new Date(Date.parse(`${date}T${time}${offset}`)).toISOString().slice(0, 19);
  if (zoneName) {
    return {
      closes: typed,
      warning: `closes: ${typed.replace('T', ' ')} is unquoted, so Jekyll's YAML read it as UTC and wrote ${quote(text)}; read here as typed, in the posting's zone; ${QUOTE_IT}`,
    };
  }
  const asWritten = `${date}T${time}${offset}`;
  const instant = Date.parse(asWritten);
  const [year, month, day, hour, minute, second] = typed.split(/[-T:]/).map(Number);
  const typedInstant = instantOfWallTime({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  const warning = `closes: ${quote(text)} is how Ruby writes a YAML time: an unquoted time with no zone is read as UTC, so if ${typed.replace('T', ' ')} was typed, this is ${describeShift(instant - typedInstant)}; ${QUOTE_IT}`;
  if (instant === typedInstant) return { closes: asWritten, warning };
  return { closes: asWritten, warning, unsure: { code: 'yaml-time', other: typed.slice(0, 16).replace('T', ' ') } };
}

function describeShift(ms: number): string {
  if (ms === 0) return 'the same instant';
  const minutes = Math.abs(ms) / 60_000;
  const amount = minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;
  return `${amount} ${ms > 0 ? 'late' : 'early'}`;
}
