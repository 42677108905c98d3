/**
 * Numeric dates ("13/8/2024", "30/7/24", "05/12/2021", "8.01.2026") and the
 * order of their day and month.
 *
 * "4/08/2024" is 4 August in London and April 8 in Boston. A part above 12
 * settles the order; otherwise an order settled elsewhere on the page does
 * ("13/8/2024" two lines up), and failing that the zone of the post:
 * month first for the Americas, day first everywhere else — with a reason
 * saying that the other reading was possible, so the card can warn.
 */

/** Which part of a numeric date is the day. */
export type DateOrder = 'day-first' | 'month-first';

/**
 * d/m/y or m/d/y with "/" or "-" and a two- or four-digit year, or with "."
 * and a four-digit year ("1.2.24" is more often a version than a date).
 * Bounded digit runs: linear by construction.
 */
export const NUMERIC_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

/** The parts of a numeric date as written: first, second, year (two digits read as 20yy). */
export function numericParts(m: RegExpMatchArray): [number, number, number] {
  const first = Number(m[1] ?? m[5]);
  const second = Number(m[3] ?? m[6]);
  const written = m[4] ?? m[7] ?? '';
  const year = written.length === 2 ? 2000 + Number(written) : Number(written);
  return [first, second, year];
}

/** The order a numeric date's own parts settle, if they do. */
export function orderOfParts(first: number, second: number): DateOrder | undefined {
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/** The order the text's unambiguous numeric dates settle, when they all agree. */
export function numericOrderIn(text: string): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [first, second] = numericParts(m);
    const order = orderOfParts(first, second);
    if (order) seen.add(order);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** The order a zone's readers expect: month first in the Americas' zones, else day first. */
export function orderOfZone(timeZone: string | undefined): DateOrder {
  return timeZone !== undefined && /^(?:America|US|Canada|Pacific\/Honolulu)\b/.test(timeZone) ? 'month-first' : 'day-first';
}
