import { expect } from '@open-wc/testing';
import { instantOfWallTime, isRealDate, isValidTimeZone, offsetAt, wallTimeAt } from '../../src/model/zoned-time.js';

const HOUR = 3_600_000;

describe('zoned time', () => {
  it('knows real zones and refuses junk', () => {
    expect(isValidTimeZone('Europe/London')).to.equal(true);
    expect(isValidTimeZone('America/New_York')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });

  const offsets: [string, string, number][] = [
    ['Europe/London', '2021-11-15T12:00:00Z', 0],
    ['Europe/London', '2022-08-08T11:00:00Z', 1 * HOUR],
    ['America/New_York', '2021-11-15T12:00:00Z', -5 * HOUR],
    ['America/New_York', '2022-08-08T12:00:00Z', -4 * HOUR],
    ['Asia/Kolkata', '2021-11-15T12:00:00Z', 5.5 * HOUR],
    ['Asia/Kathmandu', '2021-11-15T12:00:00Z', 5.75 * HOUR],
    ['Pacific/Kiritimati', '2021-11-15T12:00:00Z', 14 * HOUR],
  ];
  for (const [zone, at, offset] of offsets) {
    it(`${zone} at ${at} is ${offset / HOUR} h from UTC`, () => {
      expect(offsetAt(Date.parse(at), zone)).to.equal(offset);
    });
  }

  it('reads the wall time in a zone', () => {
    expect(wallTimeAt(Date.parse('2021-11-15T12:00:00.250Z'), 'Asia/Shanghai')).to.deep.equal({
      year: 2021, month: 11, day: 15, hour: 20, minute: 0, second: 0, millisecond: 250,
    });
    expect(wallTimeAt(Date.parse('2021-11-15T00:30:00Z'), 'America/New_York').day).to.equal(14);
  });

  it('turns every wall time of a year back into itself, except those in a gap', () => {
    // Every hour of 2021 in New York: a round trip through the zone is exact.
    const start = Date.parse('2021-01-01T05:00:00Z');
    for (let t = start; t < start + 365 * 24 * HOUR; t += HOUR) {
      const wall = wallTimeAt(t, 'America/New_York');
      const back = instantOfWallTime(wall, 'America/New_York');
      // In the fold the earlier instant is chosen, an hour before the later one.
      expect(back === t || back === t - HOUR, new Date(t).toISOString()).to.equal(true);
    }
  });

  it('knows real dates', () => {
    expect(isRealDate(2024, 2, 29)).to.equal(true);
    expect(isRealDate(2023, 2, 29)).to.equal(false);
    expect(isRealDate(2021, 4, 31)).to.equal(false);
    expect(isRealDate(2021, 0, 1)).to.equal(false);
  });

  it('knows real dates in every shape a reader meets (the one check for JSON, schema.org and Markdown dates)', () => {
    const cases: [number, number, number, boolean][] = [
      [2024, 31, 1, false], // "2024-31-01": day and month swapped
      [2021, 2, 30, false], // would roll over to 2 March
      [2021, 11, 0, false],
      [2021, 13, 1, false],
      [Number.NaN, 1, 1, false],
      [2021, 1.5, 1, false],
      [99, 12, 31, true], // not 1999: Date.UTC's two-digit years are not taken
      [2000, 2, 29, true],
      [1900, 2, 29, false],
    ];
    expect(cases.map(([y, m, d]) => isRealDate(y, m, d))).to.deep.equal(cases.map(([, , , real]) => real));
  });
});
