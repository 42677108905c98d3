/**
 * The normalised vacancy that every input format is read into, and that the
 * card renders. Plain data: no DOM, no Lit.
 */

import type { Result } from './result.js';

/** A salary: the words as written, and/or the figures behind them. */
export interface Salary {
  /** The salary as written, e.g. "Grade 7: £33,309 - £35,326 per annum". */
  text?: string;
  min?: number;
  max?: number;
  /** ISO 4217 code, e.g. "GBP". */
  currency?: string;
  /** What one amount pays for. */
  period?: SalaryPeriod;
}

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Someone to ask informally about the post. */
export interface Contact {
  name?: string;
  email: string;
}

/** When applications close. */
export interface Deadline {
  /** The closing instant, ms since the epoch: the first moment applications are no longer accepted. */
  closesAt: number;
  /** True when only a date was given: the post closes at the end of that day in {@link timeZone}. */
  dateOnly: boolean;
  /** For date-only deadlines, the date as `YYYY-MM-DD`. */
  date?: string;
  /** The zone the deadline is stated in (and shown in). */
  timeZone: string;
  /** The value as written. */
  source: string;
  /** Why the reader is unsure of this deadline (a year it inferred …), as data; the card words it from its strings table. */
  unsure?: Unsure;
}

/**
 * Why a reader is unsure of a deadline it found: the year was not written,
 * a numeric date reads both ways (`other` is the reading not taken, ISO),
 * "midnight" or "12:00am" was read as the end or start of the day, the date
 * is when review begins, or the date was stated for a group of posts under
 * `title`, or for all the page's posts at its top (`page`), or the time went
 * through YAML unquoted and may have been typed as `other` (wall-clock time
 * in the posting's zone; see yaml-time.ts). Codes with values, so the card
 * words them in the page's language.
 */
export type Unsure =
  | { code: 'year-inferred'; year: number }
  | { code: 'day-month-order'; other: string }
  | { code: 'midnight'; read: 'end-of-day' | 'start-of-day' }
  | { code: 'review-start' }
  | { code: 'shared'; title: string }
  | { code: 'page' }
  | { code: 'yaml-time'; other: string };

const UNSURE_CODES = new Set(['year-inferred', 'day-month-order', 'midnight', 'review-start', 'shared', 'page', 'yaml-time']);

/** Whether `value` is an {@link Unsure} a reader attached. */
export function isUnsure(value: unknown): value is Unsure {
  return typeof value === 'object' && value !== null && UNSURE_CODES.has(String((value as { code?: unknown }).code));
}

/** How a description is written. */
export type DescriptionFormat = 'markdown' | 'html';

/** A vacancy, normalised. */
export interface Posting {
  title: string;
  /** Number of posts; 1 when not given. */
  positions: number;
  organization?: string;
  department?: string;
  location?: string;
  salary?: Salary;
  contract?: string;
  hours?: string;
  funding?: string;
  /** schema.org employmentType values, e.g. ["FULL_TIME", "TEMPORARY"]. */
  employmentType?: string[];
  deadline?: Deadline;
  /** The zone deadlines are read and shown in. */
  timeZone: string;
  /** An absolute http(s) URL; absent when none was given or it was unsafe. */
  applyUrl?: string;
  contact?: Contact;
  /** The date the post was advertised, `YYYY-MM-DD`. */
  posted?: string;
  reference?: string;
  description?: string;
  descriptionFormat?: DescriptionFormat;
}

/** The outcome of reading a vacancy: a posting with any warnings, or an error. */
export type ReadResult = Result<Posting>;

/** The University of Oxford's zone, used when nothing else says. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * Warnings a reader of another format (Markdown) attached to a posting object.
 * A symbol, so it is invisible to JSON and to the unknown-field check.
 */
export const SOURCE_WARNINGS: unique symbol = Symbol.for('job-posting.source-warnings');

/**
 * Why a reader of another format is unsure of the deadline it found, an
 * {@link Unsure} (a symbol, like {@link SOURCE_WARNINGS}); the card words it
 * next to the deadline.
 */
export const SOURCE_UNSURE: unique symbol = Symbol.for('job-posting.source-unsure');

/**
 * A frozen deep copy of `posting`: what the card hands to the page
 * (`normalizedPosting`, its events) cannot be changed under it — an
 * `applyUrl` set to `javascript:` afterwards would otherwise reach the href.
 */
export function frozenPosting(posting: Posting): Posting {
  return deepFreeze(structuredClone(posting));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
