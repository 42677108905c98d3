import { expect } from '@open-wc/testing';
import {
  announcementFor,
  DAY,
  HOUR,
  MINUTE,
  nextChangeAt,
  remainingAt,
  SECOND,
  stateAt,
} from '../../src/model/countdown.js';

const closes = Date.parse('2021-11-15T12:00:00Z');

describe('countdown', () => {
  describe('remainingAt shows the two largest units, rounded down', () => {
    const cases: [string, number, ReturnType<typeof remainingAt>][] = [
      ['10 days 3 hours 20 minutes left', 10 * DAY + 3 * HOUR + 20 * MINUTE, { days: 10, hours: 3 }],
      ['exactly a day', DAY, { days: 1, hours: 0 }],
      ['a millisecond under a day', DAY - 1, { hours: 23, minutes: 59 }],
      ['5 hours 12 minutes 30 seconds', 5 * HOUR + 12 * MINUTE + 30 * SECOND, { hours: 5, minutes: 12 }],
      ['exactly an hour', HOUR, { hours: 1, minutes: 0 }],
      ['59 minutes 59.9 seconds', HOUR - 100, { minutes: 59, seconds: 59 }],
      ['12 minutes 5 seconds', 12 * MINUTE + 5 * SECOND, { minutes: 12, seconds: 5 }],
      ['half a second', 500, { minutes: 0, seconds: 0 }],
      ['the closing instant itself', 0, null],
      ['after closing', -5 * SECOND, null],
    ];
    for (const [name, left, expected] of cases) {
      it(name, () => {
        expect(remainingAt(closes, closes - left)).to.deep.equal(expected);
      });
    }
  });

  describe('stateAt', () => {
    const cases: [string, number | undefined, number, string][] = [
      ['no deadline', undefined, 0, 'no-deadline'],
      ['more than 72 hours left', closes, closes - 72 * HOUR - 1, 'open'],
      ['exactly 72 hours left is closing soon', closes, closes - 72 * HOUR + 1, 'closing-soon'],
      ['a second left', closes, closes - SECOND, 'closing-soon'],
      ['at the deadline it is closed', closes, closes, 'closed'],
      ['years later', closes, closes + 5 * 365 * DAY, 'closed'],
    ];
    for (const [name, at, now, expected] of cases) {
      it(`${name}: ${expected}`, () => {
        expect(stateAt(at, now)).to.equal(expected);
      });
    }
  });

  describe('nextChangeAt wakes exactly when the shown text changes', () => {
    const cases: [string, number, number][] = [
      ['days shown: at the next whole hour before the deadline', 10 * DAY + 3 * HOUR + 20 * MINUTE, 20 * MINUTE + 1],
      ['on an hour boundary: just after it', 2 * DAY, 1],
      ['hours shown: at the next whole minute', 5 * HOUR + 12 * MINUTE + 30 * SECOND, 30 * SECOND + 1],
      ['minutes shown: at the next whole second', 12 * MINUTE + 5 * SECOND + 250, 251],
      ['the last half second: at closing', 500, 500],
    ];
    for (const [name, left, delay] of cases) {
      it(name, () => {
        const now = closes - left;
        const next = nextChangeAt(closes, now);
        expect(next).to.equal(now + delay);
        // The text really changes then, and not a millisecond before.
        expect(remainingAt(closes, (next as number) - 1)).to.deep.equal(remainingAt(closes, now));
        expect(remainingAt(closes, next as number)).not.to.deep.equal(remainingAt(closes, now));
      });
    }
    it('is null once closed', () => {
      expect(nextChangeAt(closes, closes)).to.equal(null);
      expect(nextChangeAt(closes, closes + DAY)).to.equal(null);
    });
    it('walks down from three days to closing one change at a time', () => {
      let now = closes - 3 * DAY - 30 * MINUTE;
      let wakes = 0;
      for (let next = nextChangeAt(closes, now); next !== null; next = nextChangeAt(closes, now)) {
        expect(next).to.be.greaterThan(now);
        now = next;
        wakes++;
      }
      // 49 hourly wakes above a day (72h30m → 24h), 23*60 minute wakes above an hour, 3600 second wakes, 1 to close.
      expect(wakes).to.equal(49 + 23 * 60 + 3600);
      expect(now).to.equal(closes);
    });
  });

  describe('announcementFor says each threshold once', () => {
    const cases: [string, number, number, string | null][] = [
      ['nothing crossed', 3 * DAY, 3 * DAY - HOUR, null],
      ['24 hours left', DAY + 1, DAY - 1, 'day-left'],
      ['1 hour left', HOUR + 1, HOUR - 1, 'hour-left'],
      ['closed', 1, -1, 'closed'],
      ['a sleep across both thresholds gives only the latest', 2 * DAY, 30 * MINUTE, 'hour-left'],
      ['a sleep past the deadline says closed', 2 * DAY, -HOUR, 'closed'],
      ['already closed', -1, -2, null],
      ['a clock set back gives nothing', HOUR - 1, DAY + 5, null],
    ];
    for (const [name, before, after, expected] of cases) {
      it(name, () => {
        expect(announcementFor(before, after)).to.equal(expected);
      });
    }
  });
});
