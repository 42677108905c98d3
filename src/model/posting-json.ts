/**
 * A normalised posting written back in the posting's JSON format
 * (job-posting.schema.json): what `job-posting check --json` prints, so its
 * output can feed a card or a list directly, and `readPosting` reads it back
 * to the same posting.
 */

import { isoOffset } from './markdown/zone-words.js';
import type { Deadline, Posting } from './posting.js';
import { wallTimeAsUtc, wallTimeAt } from './zoned-time.js';

/** The posting format's object for `posting`: `closes` as written in its zone with the offset ("2021-11-15T12:00+00:00"), or a date for date-only deadlines. */
export function postingToJson(posting: Posting): Record<string, unknown> {
  const { deadline, descriptionFormat: _format, ...rest } = posting;
  const out: Record<string, unknown> = { ...structuredClone(rest) };
  if (posting.positions === 1) delete out['positions'];
  // A salary without a currency is its words: the format's object form needs one.
  if (posting.salary && !posting.salary.currency) out['salary'] = posting.salary.text;
  if (deadline) out['closes'] = closesOf(deadline);
  out['timeZone'] = deadline?.timeZone ?? posting.timeZone;
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A deadline as ISO 8601: the date alone when only a date was given, else the wall time in its zone with that moment's offset. */
export function closesOf(deadline: Deadline): string {
  if (deadline.dateOnly && deadline.date) return deadline.date;
  const w = wallTimeAt(deadline.closesAt, deadline.timeZone);
  const offset = Math.round((wallTimeAsUtc(w) - deadline.closesAt) / 60_000);
  const seconds = w.second || w.millisecond ? `:${pad(w.second)}${w.millisecond ? `.${pad(w.millisecond, 3)}` : ''}` : '';
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds}${isoOffset(offset)}`;
}
