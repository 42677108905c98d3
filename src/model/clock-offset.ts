/**
 * How far the device's clock is from the server's, measured from a response's
 * `Date` header (plus `Age`, when a cache served it). No DOM: the caller reads
 * the headers and the device's clock and passes them in.
 */

import { MINUTE, SECOND } from './countdown.js';

/** Under this, the device's clock is used as it is: a fetch and the header's 1 s steps make smaller offsets noise. */
export const CLOCK_THRESHOLD = 2 * MINUTE;

/**
 * The offset, in ms, to add to the device's clock to read the server's:
 * (Date + Age) − the device's time at the midpoint of `sentAt` (request
 * started) and `receivedAt` (response headers arrived), both device times.
 * The header is whole seconds, rounded down, so the result may be up to a
 * second (plus half the round trip) short; the threshold dwarfs that. 0 when
 * the offset is under {@link CLOCK_THRESHOLD} either way, or when `date` is
 * missing or not the IMF-fixdate servers send ("Sun, 06 Nov 1994 08:49:37
 * GMT": it must read back the same, so nothing else is guessed at), or `age`
 * is given but not whole seconds.
 */
export function clockOffset(date: string | null, age: string | null, sentAt: number, receivedAt: number): number {
  const server = Date.parse(date as string);
  const aged = Number(age);
  const offset = new Date(server).toUTCString() === date && aged >= 0 && aged % 1 === 0 ? server + aged * SECOND - (sentAt + receivedAt) / 2 : 0;
  return Math.abs(offset) >= CLOCK_THRESHOLD ? offset : 0;
}
