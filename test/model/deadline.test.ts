import { expect } from '@open-wc/testing';
import { machineReadable, parseDeadline, toUtcIso } from '../../src/model/deadline.js';

const closesAt = (text: string, zone = 'Europe/London'): string => {
  const r = parseDeadline(text, zone);
  if (!r.ok) throw new Error(r.error);
  return toUtcIso(r.value.closesAt);
};

describe('parseDeadline', () => {
  describe('reads the closing instant', () => {
    const cases: [string, string, string, string][] = [
      ['the seed: midday London in winter is 12:00Z', '2021-11-15T12:00', 'Europe/London', '2021-11-15T12:00:00Z'],
      ['midday London in summer is 11:00Z', '2022-08-08T12:00', 'Europe/London', '2022-08-08T11:00:00Z'],
      ['seconds and fractions are kept', '2021-11-15T11:59:59.5', 'Europe/London', '2021-11-15T11:59:59.500Z'],
      ['a space may stand for T', '2021-11-15 12:00', 'Europe/London', '2021-11-15T12:00:00Z'],
      ['Z is UTC whatever the zone', '2022-08-08T12:00:00Z', 'Europe/London', '2022-08-08T12:00:00Z'],
      ['a +01:00 offset', '2021-11-15T12:00:00+01:00', 'Europe/London', '2021-11-15T11:00:00Z'],
      ['a -0500 offset', '2021-11-15T12:00-0500', 'Europe/London', '2021-11-15T17:00:00Z'],
      ['an hour-only offset', '2021-11-15T12:00+05', 'Europe/London', '2021-11-15T07:00:00Z'],
      ['New York wall time in winter', '2021-11-15T12:00', 'America/New_York', '2021-11-15T17:00:00Z'],
      ['a half-hour zone', '2021-11-15T12:00', 'Asia/Kolkata', '2021-11-15T06:30:00Z'],
      ['a 45-minute zone', '2021-11-15T12:00', 'Asia/Kathmandu', '2021-11-15T06:15:00Z'],
      ['UTC+14', '2021-11-15T12:00', 'Pacific/Kiritimati', '2021-11-14T22:00:00Z'],
      ['UTC-12 (Etc/GMT+12)', '2021-11-15T12:00', 'Etc/GMT+12', '2021-11-16T00:00:00Z'],
    ];
    for (const [name, text, zone, expected] of cases) {
      it(`${name}: ${text} in ${zone} → ${expected}`, () => {
        expect(closesAt(text, zone)).to.equal(expected);
      });
    }
  });

  describe('at daylight-saving changes (Temporal "compatible")', () => {
    const cases: [string, string, string, string][] = [
      ['London, clocks back: 01:30 happens twice, the earlier is taken', '2021-10-31T01:30', 'Europe/London', '2021-10-31T00:30:00Z'],
      ['London, clocks back: 00:59 BST is before the fold', '2021-10-31T00:59', 'Europe/London', '2021-10-30T23:59:00Z'],
      ['London, clocks back: 02:00 is GMT again', '2021-10-31T02:00', 'Europe/London', '2021-10-31T02:00:00Z'],
      ['London, clocks forward: 01:30 never happens, moved on by the hour', '2022-03-27T01:30', 'Europe/London', '2022-03-27T01:30:00Z'],
      ['London, clocks forward: 01:00 is 02:00 BST', '2022-03-27T01:00', 'Europe/London', '2022-03-27T01:00:00Z'],
      ['London, clocks forward: 02:00 BST exists', '2022-03-27T02:00', 'Europe/London', '2022-03-27T01:00:00Z'],
      ['New York, clocks back: 01:30 twice, the earlier (EDT)', '2021-11-07T01:30', 'America/New_York', '2021-11-07T05:30:00Z'],
      ['New York, clocks forward: 02:30 never happens → 03:30 EDT', '2021-03-14T02:30', 'America/New_York', '2021-03-14T07:30:00Z'],
      ['New York, clocks forward: 03:00 EDT exists', '2021-03-14T03:00', 'America/New_York', '2021-03-14T07:00:00Z'],
    ];
    for (const [name, text, zone, expected] of cases) {
      it(name, () => {
        expect(closesAt(text, zone)).to.equal(expected);
      });
    }
  });

  describe('a date without a time closes at the end of that day in the zone', () => {
    const cases: [string, string, string][] = [
      ['2021-11-15', 'Europe/London', '2021-11-16T00:00:00Z'],
      ['2025-05-23', 'Europe/London', '2025-05-23T23:00:00Z'],
      ['2021-10-30', 'Europe/London', '2021-10-30T23:00:00Z'],
      ['2021-10-31', 'Europe/London', '2021-11-01T00:00:00Z'],
      ['2021-11-15', 'America/New_York', '2021-11-16T05:00:00Z'],
      ['2021-12-31', 'Europe/London', '2022-01-01T00:00:00Z'],
      ['2024-02-29', 'Europe/London', '2024-03-01T00:00:00Z'],
    ];
    for (const [text, zone, expected] of cases) {
      it(`${text} in ${zone} → ${expected}`, () => {
        const r = parseDeadline(text, zone);
        expect(r.ok).to.equal(true);
        if (!r.ok) return;
        expect(toUtcIso(r.value.closesAt)).to.equal(expected);
        expect(r.value.dateOnly).to.equal(true);
        expect(machineReadable(r.value)).to.equal(text);
      });
    }
  });

  it('keeps the zone and the words it was given', () => {
    const r = parseDeadline(' 2021-11-15T12:00 ', 'America/New_York');
    expect(r.ok && r.value.timeZone).to.equal('America/New_York');
    expect(r.ok && r.value.source).to.equal('2021-11-15T12:00');
    expect(r.ok && r.value.dateOnly).to.equal(false);
    expect(r.ok && machineReadable(r.value)).to.equal('2021-11-15T17:00:00Z');
  });

  describe('refuses what it cannot read for certain', () => {
    const cases: [string, RegExp][] = [
      ['15/11/2021', /not an ISO 8601 date/],
      ['next Monday', /not an ISO 8601 date/],
      ['2021-02-30', /not a real date/],
      ['2021-13-01', /not a real date/],
      ['2023-02-29', /not a real date/],
      ['2021-11-15T25:00', /not a real time/],
      ['2021-11-15T12:60', /not a real time/],
      ['2021-11-15+01:00', /offset but no time/],
      ['2021-11-15T12:00+25:00', /impossible offset/],
      ['', /not an ISO 8601 date/],
    ];
    for (const [text, message] of cases) {
      it(`"${text}"`, () => {
        const r = parseDeadline(text, 'Europe/London');
        expect(r.ok).to.equal(false);
        expect(r.ok ? '' : r.error).to.match(message);
      });
    }
  });
});
