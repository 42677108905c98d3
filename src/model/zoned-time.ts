/**
 * Wall-clock time in an IANA time zone, converted to and from instants with
 * Intl alone (Temporal is missing in some engines). No offset tables.
 */

import { dateTimeFormat, memo } from './intl-cache.js';

/** A calendar date and wall-clock time, months counted from 1. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY = 86_400_000;

/** Whether `zone` is a time zone this browser knows. */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  try {
    dateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch for a wall time read as if it were UTC. */
export function wallTimeAsUtc(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

/** The wall time in `zone` at `instant`. */
export function wallTimeAt(instant: number, zone: string): WallTime {
  return { ...wallTimes(`${instant}|${zone}`, () => computeWallTime(instant, zone)) };
}

const wallTimes = memo<WallTime>(512);

function computeWallTime(instant: number, zone: string): WallTime {
  const parts = dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era.startsWith('B') ? 1 - get('year') : get('year');
  return {
    year,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
export function offsetAt(instant: number, zone: string): number {
  return wallTimeAsUtc(wallTimeAt(instant, zone)) - instant;
}

/**
 * The instant at which the wall clocks in `zone` show `wall`.
 *
 * Follows Temporal's "compatible" disambiguation: a wall time that happens
 * twice (clocks go back) gives the earlier instant; one that never happens
 * (clocks go forward) is moved forward by the length of the gap.
 */
export function instantOfWallTime(wall: WallTime, zone: string): number {
  const asUtc = wallTimeAsUtc(wall);
  const before = offsetAt(asUtc - DAY, zone);
  const after = offsetAt(asUtc + DAY, zone);
  const candidates = [before, after]
    .map((offset) => asUtc - offset)
    .filter((instant) => instant + offsetAt(instant, zone) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: read the wall time with the offset in force before the gap,
  // which lands the same distance past the transition.
  return asUtc - before;
}

/** Whether a year, month and day form a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The calendar date after the given one. */
export function nextDay(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day + 1);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
