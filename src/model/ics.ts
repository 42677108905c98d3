/**
 * "Add to calendar": the deadline as an iCalendar file (RFC 5545) with a
 * reminder a day before and the apply link. Plain text, made in the browser.
 */

import type { Posting } from './posting.js';

/**
 * RFC 5545 §3.1 CONTROL: no content line may hold one (HTAB aside). A page's
 * stray control character — or a CR, which some calendars read as a line
 * break — would otherwise make the file invalid, or start a property the
 * page chose.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * A TEXT value (§3.3.11): backslash, `;` and `,` escaped; every line break
 * (CRLF, LF or a lone CR) written `\n`; other control characters become a
 * space, so the words either side stay apart.
 */
function text(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(CONTROL, ' ');
}

/** A URI or CAL-ADDRESS value (§3.3.3, §3.3.13): no escaping exists there, so control characters are dropped. */
function uri(value: string): string {
  return value.replace(CONTROL, '');
}

/**
 * A parameter value (§3.2): no backslash escaping there — one with `:`, `;`
 * or `,` is quoted instead (`CN="Torr Lab, Oxford"`), and a DQUOTE, which no
 * parameter value may hold, is dropped, as are control characters.
 */
function param(value: string): string {
  const safe = value.replace(/"/g, '').replace(CONTROL, ' ');
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), continuing with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (instant: number): string => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The .ics file for a posting with a deadline; `now` stamps it. */
export function toIcs(posting: Posting, now: number, words: { summary: string; reminder: string; apply: string }): string | undefined {
  const d = posting.deadline;
  if (!d) return undefined;
  const id = `${utc(d.closesAt)}-${posting.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}@job-posting`;
  const start = d.dateOnly && d.date ? `DTSTART;VALUE=DATE:${d.date.replace(/-/g, '')}` : `DTSTART:${utc(d.closesAt)}`;
  const description = [words.apply, posting.applyUrl].filter(Boolean).join(' ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//job-posting//job-posting//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${id}`,
    `DTSTAMP:${utc(now)}`,
    start,
    `SUMMARY:${text(words.summary)}`,
    ...(description ? [`DESCRIPTION:${text(description)}`] : []),
    ...(posting.applyUrl ? [`URL:${uri(posting.applyUrl)}`] : []),
    ...(posting.organization ? [`ORGANIZER;CN=${param(posting.organization)}:${uri(`mailto:${posting.contact?.email ?? 'noreply@invalid'}`)}`] : []),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${text(words.reminder)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
