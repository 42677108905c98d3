import { expect } from '@open-wc/testing';
import { numericOrderIn, orderOfParts, orderOfZone } from '../../../src/model/markdown/date-order.js';

describe('orderOfParts', () => {
  const cases: [number, number, string | undefined][] = [
    [13, 8, 'day-first'],
    [8, 13, 'month-first'],
    [4, 8, undefined],
    [7, 7, undefined],
  ];
  for (const [first, second, order] of cases) {
    it(`${first}/${second} → ${order}`, () => expect(orderOfParts(first, second)).to.equal(order));
  }
});

describe('numericOrderIn', () => {
  it('is settled by an unambiguous date', () => expect(numericOrderIn('Deadline 19/5/2025. Deadline 2/06/2025')).to.equal('day-first'));
  it('is settled the other way by a month-first date', () => expect(numericOrderIn('Closes 5/19/2025')).to.equal('month-first'));
  it('is not settled by ambiguous dates alone', () => expect(numericOrderIn('Deadline 2/06/2025')).to.equal(undefined));
  it('is not settled when the page contradicts itself', () => expect(numericOrderIn('19/5/2025 and 5/19/2025')).to.equal(undefined));
  it('reads dotted dates only with a four-digit year', () => expect(numericOrderIn('version 13.1.24')).to.equal(undefined));
});

describe('orderOfZone', () => {
  const cases: [string | undefined, string][] = [
    ['Europe/London', 'day-first'],
    ['Europe/Amsterdam', 'day-first'],
    ['Australia/Sydney', 'day-first'],
    ['Asia/Singapore', 'day-first'],
    ['America/New_York', 'month-first'],
    ['America/Los_Angeles', 'month-first'],
    [undefined, 'day-first'],
  ];
  for (const [zone, order] of cases) {
    it(`${zone} → ${order}`, () => expect(orderOfZone(zone)).to.equal(order));
  }
});
