import { expect } from '@open-wc/testing';
import { cachedFormatters, clearIntlCache, dateTimeFormat, MAX_FORMATTERS, numberFormat } from '../../src/model/intl-cache.js';

describe('the formatter cache', () => {
  beforeEach(clearIntlCache);
  after(clearIntlCache);

  it('builds each (locale, options) once', () => {
    const a = dateTimeFormat('en-GB', { timeZone: 'Europe/London' });
    expect(dateTimeFormat('en-GB', { timeZone: 'Europe/London' })).to.equal(a);
    expect(dateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo' })).not.to.equal(a);
    expect(cachedFormatters()).to.equal(2);
  });

  it(`keeps at most ${MAX_FORMATTERS}, letting the least recently used go`, () => {
    const options = (i: number): Intl.NumberFormatOptions => ({ minimumIntegerDigits: (i % 21) + 1, maximumFractionDigits: Math.floor(i / 21) });
    const first = numberFormat('en', options(0));
    const second = numberFormat('en', options(1));
    for (let i = 2; i < MAX_FORMATTERS; i++) numberFormat('en', options(i));
    expect(cachedFormatters()).to.equal(MAX_FORMATTERS);
    // Used again, the first is now the most recent: a new formatter pushes out the second instead.
    expect(numberFormat('en', options(0))).to.equal(first);
    numberFormat('fr', {});
    expect(cachedFormatters()).to.equal(MAX_FORMATTERS);
    expect(numberFormat('en', options(0))).to.equal(first);
    expect(numberFormat('en', options(1))).not.to.equal(second);
  });
});
