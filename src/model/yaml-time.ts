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

// Ruby's Time#to_s ("… UTC" or "… +0100"), or the include's form with the zone's name last.
const RUBY_TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (?:UTC|([+-]\d\d)(\d\d)( \S+)?)$/;

/** A Ruby Time read back: the closing time to read instead, why, and whether it stays unsure. */
export interface YamlTime {
  /** ISO 8601: with an offset when the instant is known, else wall-clock time in the posting's zone. */
  closes: string;
  /** For the author: what happened and the fix. */
  warning: string;
  /** Set when the text cannot say which time was typed. */
  unsure?: Unsure;
}

/**
 * Reads `text` when it is a time as Ruby prints it, else undefined.
 * `timeZone` is the posting's (a valid IANA zone).
 */
export function readYamlTime(text: string, timeZone: string): YamlTime | undefined {
  const m = RUBY_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, date, time, hours, minutes, zoneName] = m;
  const written = `${date}T${time}${hours ? `${hours}:${minutes}` : 'Z'}`;
  // The wall-clock fields in UTC: what was typed, when no zone was typed.
  const typed = new Date(Date.parse(written)).toISOString().slice(0, 19);
  const warning = `closes: ${quote(text)} is a time Jekyll's YAML read from an unquoted value, in UTC unless a zone was typed; quote it: closes: "${typed.slice(0, 16)}"`;
  if (zoneName) return { closes: typed, warning };
  const [year, month, day, hour, minute] = typed.split(/\D/).map(Number);
  const same = !hours || instantOfWallTime({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone) === Date.parse(written);
  return same ? { closes: written, warning } : { closes: written, warning, unsure: { code: 'yaml-time', other: typed.slice(0, 16).replace('T', ' ') } };
}
