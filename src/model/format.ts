/**
 * Words for the card: deadlines, countdowns, salaries and counts, formatted
 * with cached Intl formatters in the card's language. Plain functions of
 * their inputs (including `now`), so they are tested without a DOM.
 */

import { fill, strings } from '../strings.js';
import { DAY, HOUR, MINUTE, remainingAt, type Remaining } from './countdown.js';
import { dateTimeFormat, listFormat, memo, numberFormat, pluralRules, relativeTimeFormat } from './intl-cache.js';
import { own } from './own.js';
import type { Deadline, Salary } from './posting.js';
import { offsetAt, wallTimeAt } from './zoned-time.js';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DATE_NO_YEAR: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** The deadline in words. */
export interface DeadlineText {
  /** "Closes 12:00 GMT, Monday 15 November 2021" (or "Closed …"). */
  main: string;
  /** "20:00 your time", when the visitor's clock reads differently; else empty. */
  local: string;
}

/** The instant and wall date of `closesAt` in `zone`, "when" in words. */
function when(deadline: Deadline, locale: string | undefined): string {
  const zone = deadline.timeZone;
  if (deadline.dateOnly) {
    // Date-only deadlines close at the end of the day: show that day.
    return dateTimeFormat(locale, { ...DATE, timeZone: 'UTC' }).format(Date.parse(`${deadline.date}T12:00:00Z`));
  }
  const time = dateTimeFormat(locale, { ...TIME, timeZone: zone, timeZoneName: 'short' }).format(deadline.closesAt);
  const date = dateTimeFormat(locale, { ...DATE, timeZone: zone }).format(deadline.closesAt);
  return fill(strings.timeThenDate, { time, date });
}

/**
 * The deadline as a candidate reads it: in the posting's zone, then in the
 * visitor's own when their clocks differ at that instant.
 */
export function formatDeadline(
  deadline: Deadline,
  options: { locale?: string | undefined; visitorTimeZone: string; closed: boolean },
): DeadlineText {
  const { locale, visitorTimeZone, closed } = options;
  const main = fill(closed ? strings.closed : strings.closes, { when: when(deadline, locale) });
  if (
    closed ||
    visitorTimeZone === deadline.timeZone ||
    offsetAt(deadline.closesAt, visitorTimeZone) === offsetAt(deadline.closesAt, deadline.timeZone)
  ) {
    return { main, local: '' };
  }
  const theirs = wallTimeAt(deadline.closesAt, visitorTimeZone);
  // A date-only deadline is the end of its day: name the day it ends, not the next one.
  const ours = deadline.dateOnly
    ? (deadline.date ?? '')
    : isoDate(wallTimeAt(deadline.closesAt, deadline.timeZone));
  const time = dateTimeFormat(locale, { ...TIME, timeZone: visitorTimeZone }).format(deadline.closesAt);
  const sameDay = !deadline.dateOnly && isoDate(theirs) === ours;
  const whenLocal = sameDay
    ? time
    : fill(strings.timeThenDate, {
        time,
        date: dateTimeFormat(locale, { ...DATE_NO_YEAR, timeZone: visitorTimeZone }).format(deadline.closesAt),
      });
  return { main, local: fill(deadline.dateOnly ? strings.yourTimeUntil : strings.yourTime, { when: whenLocal }) };
}

function isoDate(w: { year: number; month: number; day: number }): string {
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

const UNIT_NAMES = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

/**
 * "10 days, 3 hours" — a duration in the locale's words: each unit by
 * Intl.NumberFormat (`unitDisplay: 'long'`), joined by Intl.ListFormat
 * (`type: 'unit'`) — what Intl.DurationFormat's long style is specified to do,
 * at a twentieth of its cost in V8 and the same words in every engine.
 */
export function formatDuration(remaining: Remaining, locale: string | undefined): string {
  const given = (Object.keys(UNIT_NAMES) as (keyof Remaining)[]).filter((k) => remaining[k] !== undefined);
  // Zero units are left out ("5 minutes", not "5 minutes, 0 seconds"); all zero reads "0 seconds".
  const shown = given.filter((k) => remaining[k] !== 0);
  const units = shown.length > 0 ? shown : given.slice(-1);
  const parts = units.map((k) =>
    numberFormat(locale, { style: 'unit', unit: UNIT_NAMES[k], unitDisplay: 'long' }).format(remaining[k] ?? 0),
  );
  return listFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}

/** "10 days, 3 hours left". */
export function formatCountdown(remaining: Remaining, locale: string | undefined): string {
  const key = `${locale ?? ''}|${strings.left}|${strings.lessThanAMinute}|${remaining.days}|${remaining.hours}|${remaining.minutes}|${remaining.seconds}`;
  return countdownTexts(key, () => computeCountdown(remaining, locale));
}

const countdownTexts = memo<string>(256);

function computeCountdown(remaining: Remaining, locale: string | undefined): string {
  if (remaining.days === undefined && remaining.hours === undefined && remaining.seconds === undefined && !remaining.minutes) {
    return strings.lessThanAMinute;
  }
  return fill(strings.left, { duration: formatDuration(remaining, locale) });
}

/**
 * "Your device's clock is 3 days behind; times here follow the server's
 * clock." — `offset` (server minus device, ms) to the nearest minute, in the
 * countdown's two largest units.
 */
export function formatClockOffset(offset: number, locale: string | undefined): string {
  const ms = Math.max(1, Math.round(Math.abs(offset) / MINUTE)) * MINUTE;
  return fill(offset > 0 ? strings.clockBehind : strings.clockAhead, { duration: formatDuration(remainingAt(ms, 0, false) ?? {}, locale) });
}

/** "Applications closed 5 years ago" / "… today", for a card that is closed. */
export function formatClosedSince(closesAt: number, now: number, locale: string | undefined): string {
  const days = Math.floor((now - closesAt) / DAY);
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  let relative: string;
  if (days >= 365) relative = rtf.format(-Math.floor(days / 365), 'year');
  else if (days >= 30) relative = rtf.format(-Math.floor(days / 30), 'month');
  else if (days >= 1) relative = rtf.format(-days, 'day');
  else if (now - closesAt >= HOUR) relative = rtf.format(-Math.floor((now - closesAt) / HOUR), 'hour');
  else relative = rtf.format(-Math.floor(Math.max(0, now - closesAt) / MINUTE), 'minute');
  return fill(strings.closedRelative, { relative });
}

/** "2 posts" (only meaningful for more than one). */
export function formatPositions(n: number, locale: string | undefined): string {
  const rule = pluralRules(locale).select(n);
  return fill(own(strings.posts, rule) ?? strings.posts['other'] ?? '{n}', { n: numberFormat(locale).format(n) });
}

/** The salary as written, or its figures in the locale's currency format. */
export function formatSalary(salary: Salary, locale: string | undefined): string {
  if (salary.text) return salary.text;
  if (!salary.currency) return '';
  const whole = [salary.min, salary.max].every((v) => v === undefined || Number.isInteger(v));
  const nf = numberFormat(locale, {
    style: 'currency',
    currency: salary.currency,
    ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
  });
  const { min, max } = salary;
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) amount = nf.formatRange(min, max);
  else amount = nf.format((min ?? max) as number);
  // The period was checked against the table when read; an object built by hand may still carry another.
  const per = salary.period ? own(strings.salaryPer, salary.period) : undefined;
  return per ? fill(per, { amount }) : amount;
}

/** "Full-time · Temporary" for schema.org employment types. */
export function formatEmploymentType(types: string[]): string {
  return types.map((t) => own(strings.employmentType, t.toUpperCase()) ?? t).join(' · ');
}

/** "1 November 2021" for a `YYYY-MM-DD` date. */
export function formatDate(date: string, locale: string | undefined): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

/** Text that starts a line of its own: its first letter in capitals ("fixed-term …" → "Fixed-term …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "Funded by EPSRC" for a funder's name; a phrase that already says so is kept. */
export function formatFunding(funding: string): string {
  return /\b(?:fund|sponsor|support|grant|fellowship)/i.test(funding) ? capitalize(funding) : fill(strings.fundedBy, { funder: funding });
}
