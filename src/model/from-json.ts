/**
 * Reading a vacancy from JSON — the posting format or a schema.org
 * JobPosting — into a {@link Posting}. Every field is checked: a missing
 * title or an unreadable deadline is an error; anything else that is wrong is
 * dropped with a warning that says what to fix.
 */

import { parseDeadline } from './deadline.js';
import { fromSchemaOrg, isSchemaOrgJobPosting } from './from-schema-org.js';
import type { Contact, Posting, ReadResult, Salary, SalaryPeriod } from './posting.js';
import { numberWord } from './number-words.js';
import { isObject, own } from './own.js';
import { DEFAULT_TIME_ZONE, isUnsure, SOURCE_UNSURE, SOURCE_WARNINGS } from './posting.js';
import { readYamlTime } from './yaml-time.js';
import { quote } from './quote.js';
import { fail, ok } from './result.js';
import { httpUrl } from './url.js';
import { isRealDate, isValidTimeZone } from './zoned-time.js';

/** Where the JSON came from, for reading relative links and default zones. */
export interface ReadOptions {
  /** The zone for deadlines without an offset when the posting names none. Default Europe/London. */
  timeZone?: string;
  /** What relative apply links are resolved against (the `src` URL, or the page). */
  baseUrl?: string;
}

/** The fields of the posting format (JSON, camelCase). */
export const POSTING_FIELDS = [
  'title',
  'positions',
  'organization',
  'department',
  'location',
  'salary',
  'contract',
  'hours',
  'funding',
  'employmentType',
  'closes',
  'timeZone',
  'applyUrl',
  'contact',
  'posted',
  'reference',
  'description',
] as const;

const IGNORED = new Set(['@context', '@type', '$schema']);
// Read with `own()`: a key from the page ("constructor", "__proto__") must not reach Object.prototype.
const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annum: 'year',
};
/**
 * One address: a local part, "@", and a domain with a dot that is neither its
 * first nor its last character. The domain is read up to its first such dot
 * and then to the end, so no part can be split two ways (the earlier
 * `[…]+\.[…]+` backtracked over every dot: quadratic on "a@....").
 */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:][^\s@<>()",;:.]*\.[^\s@<>()",;:]+$/;

const describe = (v: unknown): string =>
  Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Reads one vacancy from an already parsed JSON value. */
export function readPosting(input: unknown, options: ReadOptions = {}): ReadResult {
  if (!isObject(input)) {
    return fail(`Expected one vacancy as a JSON object, but got ${describe(input)}`);
  }
  const schemaOrg = isSchemaOrgJobPosting(input);
  const data = schemaOrg ? fromSchemaOrg(input) : input;
  const warnings: string[] = [];

  if (!schemaOrg) {
    const known = new Set<string>(POSTING_FIELDS);
    for (const key of Object.keys(data)) {
      if (!known.has(key) && !IGNORED.has(key)) warnings.push(`Unknown field ${quote(key)} is ignored`);
    }
  }

  const text = (key: string): string | undefined => {
    const v = data[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string') {
      warnings.push(`${key}: expected text, got ${describe(v)}; ignored`);
      return undefined;
    }
    const t = v.trim();
    return t === '' ? undefined : t;
  };

  const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
  if (title === '') {
    return fail(
      data['title'] === undefined || data['title'] === null || typeof data['title'] === 'string'
        ? 'The vacancy has no title: add a "title" field'
        : `title: expected text, got ${describe(data['title'])}`,
    );
  }

  let timeZone = options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : DEFAULT_TIME_ZONE;
  const zone = text('timeZone');
  if (zone !== undefined) {
    if (!isValidTimeZone(zone)) {
      return fail(`timeZone: ${quote(zone)} is not a time zone this browser knows (use an IANA name such as "Europe/London")`);
    }
    timeZone = zone;
  }

  const posting: Posting = { title, positions: 1, timeZone };

  let closes = data['closes'];
  if (typeof closes === 'number' && /^\d{8}$/.test(String(closes))) {
    // 20211115: a date written as a number; unambiguous as YYYYMMDD.
    const digits = String(closes);
    closes = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
    warnings.push(`closes: the number ${digits} is read as ${String(closes)}; write dates as text`);
  }
  if (closes !== undefined && closes !== null && closes !== '') {
    if (typeof closes !== 'string') {
      return fail(`closes: expected an ISO 8601 date as text, got ${describe(closes)}`);
    }
    const yaml = readYamlTime(closes, timeZone);
    if (yaml) warnings.push(yaml.warning);
    const read = parseDeadline(yaml?.closes ?? closes, timeZone);
    if (!read.ok) return read;
    posting.deadline = read.value;
    const unsure = yaml?.unsure ?? (input as { [SOURCE_UNSURE]?: unknown })[SOURCE_UNSURE];
    if (isUnsure(unsure)) posting.deadline.unsure = unsure;
  }

  const positions = data['positions'];
  if (positions !== undefined && positions !== null) {
    const word = typeof positions === 'string' ? numberWord(positions) : undefined;
    const n = typeof positions === 'string' && /^\s*\d+\s*$/.test(positions) ? Number(positions) : (word ?? positions);
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1) {
      posting.positions = n;
      if (word !== undefined) warnings.push(`positions: ${quote(positions)} is read as ${n}; write a number`);
    } else warnings.push(`positions: expected a whole number of posts, got ${quote(positions)}; ignored`);
  }

  for (const key of ['organization', 'department', 'location', 'contract', 'hours', 'funding', 'reference'] as const) {
    const v = text(key);
    if (v !== undefined) posting[key] = v;
  }

  const salary = readSalary(data['salary'], warnings);
  if (salary) posting.salary = salary;

  const employment = data['employmentType'];
  if (employment !== undefined) {
    const list = (Array.isArray(employment) ? employment : [employment]).filter(
      (e): e is string => typeof e === 'string' && e.trim() !== '',
    );
    if (list.length > 0) posting.employmentType = list.map((e) => e.trim());
    else warnings.push(`employmentType: expected text or a list of text; ignored`);
  }

  const apply = text('applyUrl');
  if (apply !== undefined) {
    const url = httpUrl(apply, options.baseUrl);
    if (url) posting.applyUrl = url;
    else warnings.push(`applyUrl: ${quote(apply)} is not an http(s) link, so no apply link is shown`);
  }

  const contact = readContact(data['contact'], warnings);
  if (contact) posting.contact = contact;

  const posted = text('posted');
  if (posted !== undefined) {
    // The date must be one the calendar has: "2024-31-01" would reach Intl as an invalid date and throw.
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(posted);
    if (!m) warnings.push(`posted: ${quote(posted)} is not an ISO 8601 date; ignored`);
    else if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) warnings.push(`posted: ${quote(posted)} is not a real date; ignored`);
    else posting.posted = `${m[1]}-${m[2]}-${m[3]}`;
  }

  const description = data['description'];
  if (typeof description === 'string' && description.trim() !== '') {
    posting.description = description;
    posting.descriptionFormat = schemaOrg ? 'html' : 'markdown';
  } else if (description !== undefined && description !== null && typeof description !== 'string') {
    warnings.push(`description: expected text, got ${describe(description)}; ignored`);
  }

  const fromSource = (input as { [SOURCE_WARNINGS]?: unknown })[SOURCE_WARNINGS];
  if (Array.isArray(fromSource)) {
    // The source's reader has said what was missing, in its own terms.
    warnings.unshift(...fromSource.filter((w): w is string => typeof w === 'string'));
  } else {
    if (!posting.deadline) warnings.push('No closing date: add "closes" so candidates know when applications close');
    if (!posting.applyUrl && apply === undefined) warnings.push('No apply link: add "applyUrl"');
  }

  return ok(posting, warnings);
}

function readSalary(value: unknown, warnings: string[]): Salary | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { text: value.trim() };
  if (!isObject(value)) {
    warnings.push(`salary: expected text or {min, max, currency, period}, got ${describe(value)}; ignored`);
    return undefined;
  }
  const salary: Salary = {};
  for (const key of ['min', 'max'] as const) {
    const v = value[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) salary[key] = v;
    else if (v !== undefined) warnings.push(`salary.${key}: expected a number, got ${quote(v)}; ignored`);
  }
  if (salary.min !== undefined && salary.max !== undefined && salary.min > salary.max) {
    warnings.push('salary: min is more than max; swapped');
    [salary.min, salary.max] = [salary.max, salary.min];
  }
  const currency = value['currency'];
  if (typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency.trim())) salary.currency = currency.trim().toUpperCase();
  else if (currency !== undefined) warnings.push(`salary.currency: expected an ISO 4217 code such as "GBP"; ignored`);
  const period = value['period'];
  const known = typeof period === 'string' ? own(PERIODS, period.trim().toLowerCase()) : undefined;
  if (known) salary.period = known;
  else if (period !== undefined) warnings.push(`salary.period: expected hour, day, week, month or year; ignored`);
  if (typeof value['text'] === 'string' && value['text'].trim() !== '') salary.text = value['text'].trim();
  if (salary.min === undefined && salary.max === undefined && salary.text === undefined) return undefined;
  if (salary.currency === undefined && salary.text === undefined) {
    warnings.push('salary: figures without a currency are not shown; add "currency"');
    return undefined;
  }
  return salary;
}

function readContact(value: unknown, warnings: string[]): Contact | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let name: unknown;
  let email: unknown;
  if (typeof value === 'string') {
    const named = nameAndAddress(value);
    if (named) ({ name, email } = named);
    else email = value;
  } else if (isObject(value)) {
    name = value['name'];
    email = value['email'];
  }
  const address = typeof email === 'string' ? email.trim().replace(/^mailto:/i, '') : '';
  if (!EMAIL.test(address)) {
    warnings.push(`contact: ${quote(value)} has no valid email address; ignored`);
    return undefined;
  }
  const contact: Contact = { email: address };
  if (typeof name === 'string' && name.trim() !== '') contact.name = name.trim();
  return contact;
}

/**
 * "Name <address>" split in two, read as `/^\s*(.*?)\s*<([^>]+)>\s*$/`
 * would read it (the name on one line, the address the text between the
 * last "<" before the closing ">" and it) but by index: that pattern
 * backtracks cubically, and 4,000 spaces took 11 s.
 */
function nameAndAddress(value: string): { name: string; email: string } | undefined {
  const t = value.trim();
  if (t.length < 3 || !t.endsWith('>')) return undefined;
  // The address holds no ">": it opens at the first "<" after the ">" before the closing one.
  const open = t.indexOf('<', t.lastIndexOf('>', t.length - 2) + 1);
  if (open < 0 || open > t.length - 3) return undefined;
  const name = t.slice(0, open).trimEnd();
  if (/[\n\r\u2028\u2029]/.test(name)) return undefined;
  return { name, email: t.slice(open + 1, -1) };
}
