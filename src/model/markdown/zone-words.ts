/**
 * Time-zone words in deadline sentences: "5pm UK time", "23:59 CEST",
 * "12:00am EST", "11.00pm AEST", "noon AoE".
 *
 * A page that names a zone means that zone, whatever zone the card was
 * given (a Copenhagen post reposted on a UK newsletter, an Australian post on
 * a US lab's site). An abbreviation is a fixed offset, read literally ("CET"
 * in July is still +01:00: the card shows what the page says); a place word
 * ("UK time", "Eastern time") is an IANA zone whose offset depends on the day.
 * Abbreviations that name two zones (CST: China or Central; IST: India,
 * Ireland or Israel) are left out: a wrong zone is worse than none.
 */

import { instantOfWallTime, offsetAt } from '../zoned-time.js';

/** A zone named in the text. */
export interface ZoneWord {
  /** The words as written ("UK time", "CEST"). */
  word: string;
  /** The IANA zone the words stand for, or a representative one for an abbreviation (the end of a date-only deadline is read there). */
  timeZone: string;
  /** Minutes east of UTC for an abbreviation; undefined for a place word, whose offset depends on the day. */
  offset?: number;
}

const ABBREVIATIONS: Record<string, [offset: number, zone: string]> = {
  utc: [0, 'UTC'],
  gmt: [0, 'Etc/GMT'],
  bst: [60, 'Europe/London'],
  wet: [0, 'Europe/Lisbon'],
  west: [60, 'Europe/Lisbon'],
  cet: [60, 'Europe/Paris'],
  cest: [120, 'Europe/Paris'],
  eet: [120, 'Europe/Athens'],
  eest: [180, 'Europe/Athens'],
  est: [-300, 'America/New_York'],
  edt: [-240, 'America/New_York'],
  cdt: [-300, 'America/Chicago'],
  mst: [-420, 'America/Denver'],
  mdt: [-360, 'America/Denver'],
  pst: [-480, 'America/Los_Angeles'],
  pdt: [-420, 'America/Los_Angeles'],
  aest: [600, 'Australia/Sydney'],
  aedt: [660, 'Australia/Sydney'],
  acst: [570, 'Australia/Adelaide'],
  acdt: [630, 'Australia/Adelaide'],
  awst: [480, 'Australia/Perth'],
  nzst: [720, 'Pacific/Auckland'],
  nzdt: [780, 'Pacific/Auckland'],
  jst: [540, 'Asia/Tokyo'],
  kst: [540, 'Asia/Seoul'],
  sgt: [480, 'Asia/Singapore'],
  hkt: [480, 'Asia/Hong_Kong'],
  aoe: [-720, 'Etc/GMT+12'],
};

const PLACES: [RegExp, string][] = [
  [/^(?:uk|british|london|gmt\s*\/\s*bst|bst\s*\/\s*gmt)$/, 'Europe/London'],
  [/^(?:irish|dublin)$/, 'Europe/Dublin'],
  [/^central\s+european(?:\s+summer)?$/, 'Europe/Paris'],
  [/^(?:eastern|et|new\s+york)$/, 'America/New_York'],
  [/^(?:central|ct|chicago)$/, 'America/Chicago'],
  [/^(?:mountain|mt|denver)$/, 'America/Denver'],
  [/^(?:pacific|pt)$/, 'America/Los_Angeles'],
  [/^(?:sydney|canberra|melbourne|aest\s*\/\s*aedt)$/, 'Australia/Sydney'],
  [/^(?:japan|tokyo)$/, 'Asia/Tokyo'],
  [/^(?:singapore)$/, 'Asia/Singapore'],
];

/**
 * Place words: "UK time", "(UK time)", "Eastern Time", "GMT/BST". Each word is
 * bounded, so the pattern is linear: no two unbounded runs over one class meet.
 */
const PLACE = /\b((?:[a-z]+\s+){0,2}?[a-z]+|gmt\s*\/\s*bst|bst\s*\/\s*gmt|aest\s*\/\s*aedt)\s+(?:standard\s+|daylight\s+|summer\s+)?time\b/gi;
/** "11:59 PM PT", "5pm ET": a US zone's letters right after a time (not "CT scan", "ET al."). */
const US_LETTERS = /(?:\d(?:\s?[ap]\.?m\.?)?|noon|midnight)\s{1,3}\(?(ET|CT|MT|PT)\b/gi;
const US_ZONES: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

/** Abbreviations as whole words, upper-case as written ("EST", not "est." in prose). */
const ABBREVIATION = /\b(UTC|GMT|BST|WES?T|CES?T|EES?T|[EMP][SD]T|CDT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|JST|KST|SGT|HKT|AoE)\b/g;

/** The zone a deadline sentence names, if any. */
export function zoneWordIn(sentence: string): ZoneWord | undefined {
  for (const m of sentence.matchAll(PLACE)) {
    const words = (m[1] ?? '').split(/\s+/);
    // "midnight UK time", "Friday Eastern Time": try the last two words, then the last one.
    for (const take of [2, 1]) {
      const place = words.slice(-take).join(' ');
      const zone = PLACES.find(([re]) => re.test(place.toLowerCase()))?.[1];
      if (zone) return { word: place + m[0].slice(m[1]?.length ?? 0), timeZone: zone };
    }
  }
  for (const m of sentence.matchAll(US_LETTERS)) {
    const letters = m[1] ?? '';
    const zone = letters === letters.toUpperCase() ? US_ZONES[letters] : undefined;
    if (zone) return { word: letters, timeZone: zone };
  }
  for (const m of sentence.matchAll(ABBREVIATION)) {
    const found = ABBREVIATIONS[(m[1] ?? '').toLowerCase()];
    if (found) return { word: m[0], timeZone: found[1], offset: found[0] };
  }
  return undefined;
}

/** Minutes east of UTC that `zone` means at this wall time. */
export function offsetOf(zone: ZoneWord, wall: { year: number; month: number; day: number; hour: number; minute: number }): number {
  if (zone.offset !== undefined) return zone.offset;
  const instant = instantOfWallTime({ ...wall, second: 0, millisecond: 0 }, zone.timeZone);
  return Math.round(offsetAt(instant, zone.timeZone) / 60_000);
}

/** "+02:00", "-05:00", "+09:30": an offset as ISO 8601 writes it. */
export function isoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
