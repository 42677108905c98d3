/**
 * Reading a closing date from the sentences labs and universities write:
 * "Only applications received before midday on the 15th November 2021 can
 * be considered", "12 noon (UK time) on Monday 25 April", "Closing 23rd May
 * 2025", "Deadline: 2025-05-23", "Deadline@ 30/7/24", "Closing Date:
 * 14-Oct-2020", "Apply by December 15, 2024, 12:00am EST", "Application
 * deadline: 12 April 2026 at 23:59 CEST", "We will begin reviewing
 * applications March 5, 2021", "open until the position is filled".
 *
 * A small grammar, written for these sentences. chrono-node (en-GB) was
 * measured against it on both corpora (scripts/measure-deadlines.mjs): it
 * reads dates well but has no notion of a deadline sentence, splits "midday"
 * from "on the 15th …", and would add ~12 KB brotli to a Markdown chunk that
 * is near its budget. The result is ISO 8601 wall time, read in the
 * posting's zone by the card's deadline rules — or, when the sentence names
 * a zone ("5pm UK time", "23:59 CEST"), with that zone's offset.
 *
 * Every pattern is linear by construction: anchored at word boundaries,
 * bounded repeats, no two unbounded runs over the same characters side by side.
 */

import { DEFAULT_TIME_ZONE } from '../posting.js';
import { isRealDate } from '../zoned-time.js';
import { NUMERIC_DATE, numericOrderIn, numericParts, orderOfParts, orderOfZone, type DateOrder } from './date-order.js';
import { isoOffset, offsetOf, zoneWordIn } from './zone-words.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const WEEKDAY = String.raw`(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
/** A word that starts like a month; {@link monthOf} decides whether it is one ("Januar", "Febuary" yes; "market" no). */
const MONTH = String.raw`((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

/** "Monday 25 April", "the 15th of November, 2021", "25 April 2022", "6 Januar 2020". */
const DAY_MONTH = new RegExp(String.raw`\b${WEEKDAY}?(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH}${YEAR}\b`, 'gi');
/** "Monday, April 25, 2022", "November 15th 2021", "January 24th 2020". */
const MONTH_DAY = new RegExp(String.raw`\b${WEEKDAY}?${MONTH}\s+${DAY}${YEAR}\b`, 'gi');
/** "14-Oct-2020", "10-Dec-24". */
const DAY_MON_YEAR = /\b(\d{1,2})-([a-z]{3,9})-(\d{4}|\d{2})\b/gi;
/** "2025-05-23", optionally with a time; "2025/05/31" and "2025.5.31" (a year first is always year, month, day). */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b|\b(\d{4})([/.])(\d{1,2})\7(\d{1,2})\b/g;

/** Words that make a sentence a statement of the deadline. */
const CUE =
  /\b(?:clos(?:ing|es?)\b|deadline|received\s+(?:no\s+later\s+than|by|before)|applications?\s+(?:must|should)\s+be\s+(?:received|submitted)|submitted\s+(?:by|before)|apply\s+(?:by|before)|no\s+later\s+than|applications?\s+close|(?:applications?|materials)\s+(?:are\s+|is\s+)?due\b|due\s+date|last\s+date\b|application\s+(?:period|window)|accepted\s+from|accepted\s+(?:through|until|till|up\s+to)|(?:deadline|closing\s+date|applications?)\s+(?:(?:has|have)\s+been\s+|is\s+|are\s+)?extended)/i;
/** Talk of applying, which makes "by", "before" or "until" just before a date a deadline ("send your CV … by 16th of January 2023"). */
const APPLYING = /\b(?:appl(?:y|ying|ications?|icants?)|submi(?:t|ts|tted|ssions?)|send|sent|cv|receiv\w*|accept\w*|open)\b/i;
/** A preposition of deadlines and the time words that may sit between it and the date: "by", "before midday on the", "until 5pm on". */
const BY_BEFORE_DATE = /\b(?:by|before|until|than)(?:\s+[\w:.()]+){0,5}?\s*$/i;
/** "Application review will begin on …", "begin reviewing applications …": a soft deadline. */
const REVIEW_START = /\b(?:begin(?:s|ning)?\s+(?:to\s+)?review\w*|review\w*(?:\s+\w+){0,3}?\s+(?:begin\w*|start\w*|commenc\w*))\b/i;
/** A deadline that replaces one stated before it: "extended to 15 June", "new closing date", "now closes". */
const EXTENDED = /\b(?:extended|postponed|new\s+(?:closing\s+date|deadline)|now\s+(?:closes?|closing))\b/i;
/** What joins the two dates of a range: a dash, "to", "until". */
const RANGE = /^\s{0,3}(?:[–—-]|to|until|till)\s{0,3}$/i;
/** No deadline, and the page says so. */
const OPEN_ENDED =
  /\buntil\s+(?:(?:the|a|all)\s+)?(?:(?:positions?|posts?|roles?|vacanc(?:y|ies)|jobs?|places?)\s+(?:is|are|has\s+been|have\s+been)\s+)?filled\b|\buntil\s+(?:a\s+)?suitable\s+candidates?\s+(?:is|are|has\s+been)\s+(?:found|appointed|identified)\b|\b(?:no\s+(?:fixed\s+)?(?:closing\s+date|deadline)|rolling\s+(?:basis|deadline|admissions?|applications?|review|intake))\b/i;
/** Dates that are never deadlines, when their words come just before them. */
const NOT_DEADLINE = /\b(?:interviews?|start(?:ing|s)?|commenc\w*|updated|posted|published|fixed[- ]term|held)\b[^.]*$/i;
/**
 * Words that make a date the post's own term, not a closing date, when they
 * come between the talk of applying and a bare "until" or "by" ("applications
 * are welcome for a post funded until 31 March 2027"). Only for that weak cue:
 * under "closing date" or "deadline" the date is the deadline whatever else
 * the sentence says of the contract.
 */
const TERM_OF_POST = /\b(?:funded|funding|runs?|lasts?|ends?|tenable|duration|contract|appointment|employment|position\s+is\s+for|post\s+is\s+for)\b/i;

/**
 * Why a reading may be wrong, or what shaped it: data for the element and
 * the CLI to word from their strings table.
 */
export type DeadlineReason =
  /** The year was not written; the occurrence nearest `now` was taken. */
  | { code: 'year-inferred'; year: number }
  /** A numeric date that reads both ways ("4/08/2024"); `other` is the reading not taken (ISO date). */
  | { code: 'day-month-order'; read: DateOrder; other: string }
  /** "midnight on D" read as the end of D, or "12:00am" as its start. */
  | { code: 'midnight'; read: 'end-of-day' | 'start-of-day' }
  /** The sentence named a zone ("UK time", "CEST"): the time is read there, not in the posting's zone. */
  | { code: 'zone-word'; word: string; timeZone: string }
  /** The date is when review begins ("We will begin reviewing applications March 5"): a soft deadline. */
  | { code: 'review-start' };

/** Codes that call for a warning on the card (`part="deadline-warning"`); a zone word does not. */
export const UNSURE_CODES: ReadonlySet<DeadlineReason['code']> = new Set(['year-inferred', 'day-month-order', 'midnight', 'review-start']);

/** A deadline found in text. */
export interface DeadlineFound {
  /**
   * ISO 8601: a wall time ("2021-11-15T12:00"), a time with the offset of a
   * zone the sentence named ("2026-04-12T23:59+02:00"), or a date
   * ("2025-05-23") that closes at its end — in {@link timeZone} when set.
   */
  closes: string;
  /** The words that stated it, as written. */
  text: string;
  /** True when the year was not written and was inferred (also a `year-inferred` reason). */
  yearInferred: boolean;
  /** Codes with values: what is unsure ({@link UNSURE_CODES}) and what shaped the reading. */
  reasons: DeadlineReason[];
  /** The IANA zone the sentence named ("UK time" → Europe/London): the card should read and show the deadline there. */
  timeZone?: string;
}

/** A page that says there is no deadline: "until the position is filled", "on a rolling basis". */
export interface OpenEnded {
  code: 'until-filled' | 'rolling';
  /** The sentence that said so. */
  text: string;
}

export interface DeadlineReading {
  deadlines: DeadlineFound[];
  /** Set when no deadline is stated and the text says applications stay open. */
  openEnded?: OpenEnded;
}

export interface DeadlineOptions {
  /** The posting's zone (default Europe/London): it sets the order of numeric dates ("4/08/2024") nothing else settles, and a time in a zone the text names carries an offset when this zone would read it differently. */
  timeZone?: string;
  /** The order of numeric dates, when the caller knows it from the whole page ({@link numericOrderIn}). */
  order?: DateOrder;
}

/** The time of day in a deadline sentence, "HH:MM", or undefined. "Midnight" is "24:00". */
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
  // Not a price ("£17.19") nor part of a numeric date ("13.08.2024").
  m = /(?<![£$€.,\d])\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?!\s*(?:am|pm)|[.:/]\d)/.exec(s);
  if (m) return `${m[1]?.padStart(2, '0')}:${m[2]}`;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Edit distance of at most one, a swap of neighbours counting as one ("Febuary", "Decmber", "Octobre"). */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, y: string): boolean => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) ||
    rest(a.slice(i), b.slice(i + 1)) ||
    rest(a.slice(i + 1), b.slice(i)) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)))
  );
}

/** The month a word names (1–12): a prefix of its name ("Sept", "Januar") or, from four letters, a near miss of exactly one name. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const prefixOf = MONTH_NAMES.flatMap((name, i) => (name.startsWith(w) ? [i + 1] : []));
  if (prefixOf.length === 1) return prefixOf[0];
  if (w.length < 4) return undefined;
  const near = MONTH_NAMES.flatMap((name, i) => (nearlyEqual(w, name) ? [i + 1] : []));
  return near.length === 1 ? near[0] : undefined;
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
  /** For a numeric date that reads both ways: the reading not taken. */
  order?: { read: DateOrder; other: { month: number; day: number }; settled: boolean };
}

function datesIn(text: string, order: { order: DateOrder; settled: boolean }): DateMatch[] {
  const found: DateMatch[] = [];
  const weekday = (w: string | undefined): number | undefined =>
    w === undefined ? undefined : WEEKDAYS.indexOf(w.slice(0, 3).toLowerCase());
  // Characters already read as part of a date: the earlier pattern wins (linear, where a search of the list would not be).
  const taken = new Uint8Array(text.length);
  const add = (index: number, length: number, match: Omit<DateMatch, 'index' | 'length'>): void => {
    if (taken[index] || taken[index + length - 1]) return;
    taken.fill(1, index, index + length);
    found.push({ index, length, ...match });
  };
  for (const m of text.matchAll(ISO_DATE)) {
    if (m[6]) add(m.index, m[0].length, { year: Number(m[6]), month: Number(m[8]), day: Number(m[9]) });
    else add(m.index, m[0].length, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4] ? `${m[4]}:${m[5]}` : undefined });
  }
  for (const m of text.matchAll(DAY_MON_YEAR)) {
    const month = monthOf(m[2] ?? '');
    const y = m[3] ?? '';
    if (month) add(m.index, m[0].length, { day: Number(m[1]), month, year: y.length === 2 ? 2000 + Number(y) : Number(y) });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [first, second, year] = numericParts(m);
    const own = orderOfParts(first, second);
    const read = own ?? order.order;
    const [day, month] = read === 'day-first' ? [first, second] : [second, first];
    const ambiguous = !own && first !== second;
    add(m.index, m[0].length, {
      day,
      month,
      year,
      ...(ambiguous ? { order: { read, other: { month: day, day: month }, settled: order.settled } } : {}),
    });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(m[3] ?? '');
    if (month) add(m.index, m[0].length, { weekday: weekday(m[1]), day: Number(m[2]), month, year: m[4] ? Number(m[4]) : undefined });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(m[2] ?? '');
    if (month) add(m.index, m[0].length, { weekday: weekday(m[1]), month, day: Number(m[3]), year: m[4] ? Number(m[4]) : undefined });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Sentences of a paragraph: split after . ! ? before a capital (not after "Dr.", "Prof.", an initial …), and at line ends. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|No|Nos|vs|etc|approx|e\.g|i\.e|[ap]\.m|[A-Z])\.)(?<=[.!?])\s+(?=[A-Z(*_"“])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Where the words that make `date` a deadline start, and whether they only promise a review; undefined when nothing does. */
/** What a sentence says once, read before its dates (so a sentence of many dates stays linear). */
interface SentenceCues {
  cue: RegExpExecArray | null;
  review: RegExpExecArray | null;
  openEnded: RegExpExecArray | null;
  /** Where talk of applying starts, or -1. */
  applying: number;
}

function cuesOf(sentence: string): SentenceCues {
  return { cue: CUE.exec(sentence), review: REVIEW_START.exec(sentence), openEnded: OPEN_ENDED.exec(sentence), applying: sentence.search(APPLYING) };
}

function cueFor(sentence: string, cues: SentenceCues, date: DateMatch): { index: number; review: boolean } | undefined {
  // The date just after "review will begin" is when review begins, whatever else the sentence says.
  const { review, cue, applying } = cues;
  if (review && review.index < date.index && date.index - review.index - review[0].length <= 40) {
    return cues.openEnded ? undefined : { index: review.index, review: true };
  }
  if (cue) return { index: cue.index, review: false };
  const before = sentence.slice(Math.max(0, date.index - 48), date.index);
  const by = BY_BEFORE_DATE.exec(before);
  if (by) {
    const index = date.index - before.length + by.index;
    // The applying comes first: "send your CV … by D", not "you will be contacted by D … a full application";
    // and nothing between them makes D the post's own term.
    if (applying >= 0 && applying < index && !TERM_OF_POST.test(sentence.slice(Math.max(applying, index - NOT_DEADLINE_REACH), index))) return { index, review: false };
  }
  return undefined;
}

/** How far before a date its words can make it another kind of date ("interviews will be held on …"). */
const NOT_DEADLINE_REACH = 160;

function deadlineOf(sentence: string, date: DateMatch, now: number, review: boolean, postingZone: string): DeadlineFound | undefined {
  let year = date.year;
  const yearInferred = year === undefined;
  year ??= nearestYear(date.month, date.day, date.weekday, now);
  if (year === undefined || !isRealDate(year, date.month, date.day)) return undefined;
  // "Monday 16 April 2024" that is not a Monday: trust neither.
  if (date.weekday !== undefined && weekdayOf(year, date.month, date.day) !== date.weekday && !yearInferred) return undefined;
  const reasons: DeadlineReason[] = [];
  if (yearInferred) reasons.push({ code: 'year-inferred', year });
  if (date.order && !date.order.settled) {
    const { month, day } = date.order.other;
    reasons.push({ code: 'day-month-order', read: date.order.read, other: isRealDate(year, month, day) ? isoDate(year, month, day) : '' });
  }
  if (review) reasons.push({ code: 'review-start' });
  const time = date.time ?? timeOfDay(sentence);
  const day = isoDate(year, date.month, date.day);
  if (time === '24:00') reasons.push({ code: 'midnight', read: 'end-of-day' });
  else if (time === '00:00' && /\b12(?:[.:]00)?\s*a\.?m\b/i.test(sentence)) reasons.push({ code: 'midnight', read: 'start-of-day' });
  const zone = zoneWordIn(sentence);
  if (zone) reasons.push({ code: 'zone-word', word: zone.word, timeZone: zone.timeZone });
  let closes = time === undefined || time === '24:00' ? day : `${day}T${time}`;
  if (zone && closes.length > 10) {
    // The offset is written only when the posting's zone would read the wall time differently.
    const [hour, minute] = (time ?? '').split(':').map(Number);
    const wall = { year, month: date.month, day: date.day, hour: hour ?? 0, minute: minute ?? 0 };
    const offset = offsetOf(zone, wall);
    if (offset !== offsetOf({ word: '', timeZone: postingZone }, wall)) closes += isoOffset(offset);
  }
  return { closes, text: sentence, yearInferred, reasons, ...(zone ? { timeZone: zone.timeZone } : {}) };
}

/**
 * A numeric date that reads both ways is settled when the same text states
 * one of its readings in words ("8/01/2026" … "Closing January 8th, 2026").
 */
function settleByWords(found: DeadlineFound[]): void {
  const worded = new Set(found.filter((f) => !f.reasons.some((r) => r.code === 'day-month-order')).map((f) => f.closes.slice(0, 10)));
  for (const f of found) {
    const i = f.reasons.findIndex((r) => r.code === 'day-month-order');
    const reason = f.reasons[i];
    if (reason?.code !== 'day-month-order') continue;
    if (worded.has(f.closes.slice(0, 10))) f.reasons.splice(i, 1);
    else if (worded.has(reason.other)) {
      f.closes = reason.other + f.closes.slice(10);
      f.reasons.splice(i, 1);
    }
  }
}

/** A line that is only a deadline's label: "Deadline", "Closing date:", "Application deadline". */
function isCueLabel(line: string): boolean {
  const words = line.replace(/[*_:.]/g, ' ').trim();
  return words.length > 0 && words.split(/\s+/).length <= 3 && CUE.test(words) && datesIn(words, { order: 'day-first', settled: true }).length === 0;
}

/**
 * Every deadline stated in `text` (plain text, emphasis already removed), in
 * order, and whether the text says applications stay open instead. `now`
 * settles years that were not written.
 */
export function readDeadlines(text: string, now: number, options: DeadlineOptions = {}): DeadlineReading {
  const settledOrder = options.order ?? numericOrderIn(text);
  const order = { order: settledOrder ?? orderOfZone(options.timeZone), settled: settledOrder !== undefined };
  const deadlines: DeadlineFound[] = [];
  /** Deadlines that replace earlier ones ({@link EXTENDED}): they come first. */
  const replacing = new Set<DeadlineFound>();
  let openEnded: OpenEnded | undefined;
  let label = '';
  for (const line of sentences(text)) {
    // A label on its own line ("Deadline", "**Closing date:**", a heading) states the date under it.
    const sentence = label ? `${label}: ${line}` : line;
    label = isCueLabel(line) ? line.replace(/[\s:.*_]+$/, '') : '';
    if (label) continue;
    if (/^\s*last\s+updated\b/i.test(sentence)) continue;
    const cues = cuesOf(sentence);
    const dates = [...datesIn(sentence, order)];
    // "The post runs from 1 October 2025 …, closing date 15 June 2025": a date
    // before the cue counts only when none follows it.
    const cueAt = cues.cue?.index ?? -1;
    const afterCue = cueAt >= 0 && dates.some((d) => d.index > cueAt);
    const candidates = afterCue ? dates.filter((d) => d.index > cueAt) : dates;
    for (const [i, first] of candidates.entries()) {
      // "01.03.2024 – 31.03.2024", "1 March to 31 March 2024": a range of days to apply in ends at its second date (dates are in order).
      const next = candidates[i + 1];
      const date = next && RANGE.test(sentence.slice(first.index + first.length, next.index)) ? next : first;
      const cue = cueFor(sentence, cues, date);
      if (!cue) continue;
      // Words between the cue (or, for a date before it, the sentence's start) and the date that make it another kind of date.
      const from = Math.max(date.index > cue.index ? cue.index : 0, date.index - NOT_DEADLINE_REACH);
      if (NOT_DEADLINE.test(sentence.slice(from, date.index))) continue;
      const found = deadlineOf(sentence, date, now, cue.review, options.timeZone ?? DEFAULT_TIME_ZONE);
      if (!found) continue;
      deadlines.push(found);
      if (EXTENDED.test(sentence)) replacing.add(found);
      break;
    }
    const open = cues.openEnded;
    if (open && !openEnded) openEnded = { code: /^rolling/i.test(open[0]) ? 'rolling' : 'until-filled', text: sentence };
  }
  settleByWords(deadlines);
  // "Deadline 30 May … extended to 15 June": the last extension is the deadline.
  const latest = [...replacing].at(-1);
  if (latest) deadlines.splice(0, deadlines.length, latest, ...deadlines.filter((d) => d !== latest));
  return deadlines.length > 0 || !openEnded ? { deadlines } : { deadlines, openEnded };
}

/**
 * Every deadline stated in `text` (plain text, emphasis already removed), in
 * order. `now` settles years that were not written.
 */
export function findDeadlines(text: string, now: number, options: DeadlineOptions = {}): DeadlineFound[] {
  return readDeadlines(text, now, options).deadlines;
}
