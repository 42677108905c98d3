/**
 * Reading a closing time written in ISO 8601.
 *
 * - With `Z` or an offset, it is that instant.
 * - Without, it is wall-clock time in the posting's zone (Temporal's
 *   "compatible" rule at daylight-saving changes).
 * - A date alone closes at the end of that day in that zone.
 */

import type { Deadline } from './posting.js';
import { quote } from './quote.js';
import { fail, ok, type Result } from './result.js';
import { instantOfWallTime, isRealDate, nextDay } from './zoned-time.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export type DeadlineResult = Result<Deadline>;

/**
 * Reads `text` as a closing time. `timeZone` must be a valid IANA zone (the
 * caller checks); it is used for times without an offset and is the zone the
 * deadline is shown in.
 */
export function parseDeadline(text: string, timeZone: string): DeadlineResult {
  const source = text.trim();
  const m = ISO.exec(source);
  if (!m) {
    return fail(`closes: ${quote(source)} is not an ISO 8601 date or date-time (write e.g. "2021-11-15T12:00" or "2021-11-15")`);
  }
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isRealDate(year, month, day)) {
    return fail(`closes: ${quote(source)} is not a real date`);
  }
  if (h === undefined) {
    if (offset !== undefined) {
      return fail(`closes: ${quote(source)} has an offset but no time of day`);
    }
    const next = nextDay(year, month, day);
    const closesAt = instantOfWallTime({ ...next, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
    return ok({ closesAt, dateOnly: true, date: `${y}-${mo}-${d}`, timeZone, source });
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) {
    return fail(`closes: ${quote(source)} is not a real time of day`);
  }
  const wall = { year, month, day, hour, minute, second, millisecond };
  let closesAt: number;
  if (offset === undefined) {
    closesAt = instantOfWallTime(wall, timeZone);
  } else if (offset.toUpperCase() === 'Z') {
    closesAt = instantOfWallTime(wall, 'UTC');
  } else {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return fail(`closes: ${quote(source)} has an impossible offset`);
    closesAt = instantOfWallTime(wall, 'UTC') - sign * (oh * 60 + om) * 60_000;
  }
  return ok({ closesAt, dateOnly: false, timeZone, source });
}

/** An instant as an ISO 8601 UTC string without needless fractions: `2021-11-15T12:00:00Z`. */
export function toUtcIso(instant: number): string {
  const iso = new Date(instant).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** The value for `<time datetime>`: the UTC instant, or the date for date-only deadlines. */
export function machineReadable(deadline: Deadline): string {
  return deadline.dateOnly && deadline.date ? deadline.date : toUtcIso(deadline.closesAt);
}
