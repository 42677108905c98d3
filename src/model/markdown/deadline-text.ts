/**
 * Reading a closing date from the sentences UK universities write:
 * "Only applications received before midday on the 15th November 2021 can
 * be considered", "12 noon (UK time) on Monday 25 April", "Closing 23rd May
 * 2025", "The closing date for applications is …", "Deadline: 2025-05-23".
 *
 * A small grammar, written for these sentences (a general date library such
 * as chrono-node splits "midday" from "on the 15th …" and would double the
 * size of the Markdown chunk). The result is ISO 8601 wall time, read in the
 * posting's zone by the card's deadline rules.
 */

import { isRealDate } from '../zoned-time.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const WEEKDAY = String.raw`(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

/** "Monday 25 April", "the 15th of November, 2021", "25 April 2022". */
const DAY_MONTH = new RegExp(String.raw`\b${WEEKDAY}?(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH}${YEAR}\b`, 'gi');
/** "Monday, April 25, 2022", "November 15th 2021". */
const MONTH_DAY = new RegExp(String.raw`\b${WEEKDAY}?${MONTH}\s+${DAY}${YEAR}\b`, 'gi');
/** "2025-05-23", optionally with a time. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b/g;

/** Words that make a sentence a statement of the deadline. */
const CUE =
  /\b(?:clos(?:ing|es?)\b|deadline|received\s+(?:no\s+later\s+than|by|before)|applications?\s+(?:must|should)\s+be\s+(?:received|submitted)|submitted\s+(?:by|before)|apply\s+by|applications?\s+close)/i;
/** Dates that are never deadlines, when their words come just before them. */
const NOT_DEADLINE = /\b(?:interviews?|start(?:ing|s)?|commenc\w*|updated|posted|published|fixed[- ]term|held)\b/i;

/**
 * Whether `words` (the text before a date) name another kind of date after
 * their last full stop. Searching only that tail is what `…\b[^.]*$` meant,
 * without scanning to the stop again from every one of the words.
 */
function namesOtherDate(words: string): boolean {
  return NOT_DEADLINE.test(words.slice(words.lastIndexOf('.') + 1));
}

/** A deadline found in text. */
export interface DeadlineFound {
  /** ISO 8601 wall time ("2021-11-15T12:00") or date ("2025-05-23"). */
  closes: string;
  /** The words that stated it, as written. */
  text: string;
  /** True when the year was not written and was inferred. */
  yearInferred: boolean;
}

/** The time of day in a deadline sentence, "HH:MM", or undefined. */
export function timeOfDay(sentence: string): string | undefined {
  const s = sentence.toLowerCase();
  let m = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/.exec(s);
  if (m) {
    let hour = Number(m[1]) % 12;
    if (m[3]?.startsWith('p')) hour += 12;
    return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
  }
  if (/\b(?:12(?:[.:]00)?\s*)?(?:midday|noon)\b/.test(s)) return '12:00';
  if (/\bmidnight\b/.test(s)) return '24:00';
  m = /\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?!\s*(?:am|pm))/.exec(s);
  if (m) return `${m[1]?.padStart(2, '0')}:${m[2]}`;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The year for a day and month written without one: the occurrence nearest
 * `now` that falls on `weekday` when one was given.
 */
export function nearestYear(month: number, day: number, weekday: number | undefined, now: number): number | undefined {
  const thisYear = new Date(now).getUTCFullYear();
  let best: { year: number; distance: number } | undefined;
  for (let year = thisYear - 6; year <= thisYear + 6; year++) {
    if (!isRealDate(year, month, day)) continue;
    if (weekday !== undefined && weekdayOf(year, month, day) !== weekday) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, day) - now);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

interface DateMatch {
  index: number;
  length: number;
  year?: number;
  month: number;
  day: number;
  weekday?: number;
  time?: string;
}

function datesIn(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const weekday = (w: string | undefined): number | undefined =>
    w === undefined ? undefined : WEEKDAYS.indexOf(w.slice(0, 3).toLowerCase());
  const month = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;
  for (const m of text.matchAll(DAY_MONTH)) {
    found.push({ index: m.index, length: m[0].length, weekday: weekday(m[1]), day: Number(m[2]), month: month(m[3] ?? ''), year: m[4] ? Number(m[4]) : undefined });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
    found.push({ index: m.index, length: m[0].length, weekday: weekday(m[1]), month: month(m[2] ?? ''), day: Number(m[3]), year: m[4] ? Number(m[4]) : undefined });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    found.push({ index: m.index, length: m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4] ? `${m[4]}:${m[5]}` : undefined });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Sentences of a paragraph: split after . ! ? before a capital (not after "Dr.", "Prof.", an initial …), and at line ends. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|No|Nos|vs|etc|approx|e\.g|i\.e|[A-Z])\.)(?<=[.!?])\s+(?=[A-Z(*_"“])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Every deadline stated in `text` (plain text, emphasis already removed), in
 * order. `now` settles years that were not written.
 */
export function findDeadlines(text: string, now: number): DeadlineFound[] {
  const results: DeadlineFound[] = [];
  for (const sentence of sentences(text)) {
    if (/^\s*last\s+updated\b/i.test(sentence)) continue;
    const cue = CUE.exec(sentence);
    if (!cue) continue;
    for (const date of datesIn(sentence)) {
      // Words between the cue and the date that make it another kind of date.
      const before = sentence.slice(Math.min(cue.index, date.index), date.index);
      if (date.index > cue.index && namesOtherDate(before.slice(cue[0].length))) continue;
      if (date.index < cue.index && namesOtherDate(sentence.slice(0, date.index))) continue;
      if (!(date.month >= 1)) continue;
      let year = date.year;
      const yearInferred = year === undefined;
      year ??= nearestYear(date.month, date.day, date.weekday, now);
      if (year === undefined || !isRealDate(year, date.month, date.day)) continue;
      if (date.weekday !== undefined && weekdayOf(year, date.month, date.day) !== date.weekday && !yearInferred) {
        // "Monday 16 April 2024" that is not a Monday: trust neither.
        continue;
      }
      const time = date.time ?? timeOfDay(sentence);
      const day = `${year}-${pad(date.month)}-${pad(date.day)}`;
      results.push({
        closes: time === undefined || time === '24:00' ? day : `${day}T${time}`,
        text: sentence,
        yearInferred,
      });
      break;
    }
  }
  return results;
}
