/**
 * Countdown maths: what is left, which state a posting is in, when the
 * visible text next changes, and which announcement a change deserves.
 * Every function takes `now`; none keeps state.
 */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Under this much time left a posting is "closing soon". */
export const CLOSING_SOON = 72 * HOUR;

/** The host's `state` once the data is read. */
export type DeadlineState = 'open' | 'closing-soon' | 'closed' | 'no-deadline';

/** The two largest units worth showing, rounded down (never overstating the time left). */
export interface Remaining {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/**
 * The finest unit shown for `ms` left: hours at a day or more, minutes under
 * a day, seconds under an hour — or still minutes when `seconds` is false
 * (the visitor prefers reduced motion).
 */
export function finestUnit(ms: number, seconds = true): number {
  if (ms >= DAY) return HOUR;
  if (ms >= HOUR || !seconds) return MINUTE;
  return SECOND;
}

/**
 * What is left before `closesAt`, in the two units the card shows: days and
 * hours (a day or more), hours and minutes (under a day), minutes and seconds
 * (under an hour; minutes alone when `seconds` is false). Null once closed.
 */
export function remainingAt(closesAt: number, now: number, seconds = true): Remaining | null {
  const ms = closesAt - now;
  if (!(ms > 0)) return null;
  if (ms >= DAY) return { days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) };
  if (ms >= HOUR) return { hours: Math.floor(ms / HOUR), minutes: Math.floor((ms % HOUR) / MINUTE) };
  if (!seconds) return { minutes: Math.floor(ms / MINUTE) };
  return { minutes: Math.floor(ms / MINUTE), seconds: Math.floor((ms % MINUTE) / SECOND) };
}

/** The posting's state at `now`. */
export function stateAt(closesAt: number | undefined, now: number): DeadlineState {
  if (closesAt === undefined) return 'no-deadline';
  const ms = closesAt - now;
  if (!(ms > 0)) return 'closed';
  return ms < CLOSING_SOON ? 'closing-soon' : 'open';
}

/**
 * The first instant after `now` at which the countdown text, the state or an
 * announcement can change; null once closed. Boundaries are whole units
 * before the deadline, so wake-ups line up with the clock's seconds,
 * minutes and hours when the deadline does.
 */
export function nextChangeAt(closesAt: number, now: number, seconds = true): number | null {
  const ms = closesAt - now;
  if (!(ms > 0)) return null;
  const unit = finestUnit(ms, seconds);
  // Under a second left, the next change is the closing itself.
  if (ms < unit) return closesAt;
  // Shown values are rounded down, so they change the moment the time left
  // drops below the current whole number of units.
  return now + (ms % unit) + 1;
}

/** An announcement worth making once. */
export type Announcement = 'day-left' | 'hour-left' | 'closed';

/**
 * The announcement due when the time left moves from `before` to `after` ms
 * (a tick, or a jump after sleep). Only the most urgent threshold crossed is
 * announced; none when nothing was crossed.
 */
export function announcementFor(before: number, after: number): Announcement | null {
  if (before > 0 && after <= 0) return 'closed';
  if (before > HOUR && after <= HOUR && after > 0) return 'hour-left';
  if (before > DAY && after <= DAY && after > HOUR) return 'day-left';
  return null;
}
