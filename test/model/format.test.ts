import { expect } from '@open-wc/testing';
import { parseDeadline } from '../../src/model/deadline.js';
import {
  formatClosedSince,
  formatCountdown,
  formatDate,
  formatDuration,
  formatFunding,
  formatDeadline,
  formatPositions,
  formatSalary,
} from '../../src/model/format.js';
import type { Deadline } from '../../src/model/posting.js';
import { sameWords } from '../helpers.js';

const deadline = (text: string, zone = 'Europe/London'): Deadline => {
  const r = parseDeadline(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('format', () => {
  describe('formatDeadline', () => {
    const cases: [string, string, string, string, string, string][] = [
      // name, closes, posting zone, visitor zone, main, local
      ['the seed, for a visitor in London', '2021-11-15T12:00', 'Europe/London', 'Europe/London', 'Closes 12:00 GMT, Monday, 15 November 2021', ''],
      ['the seed, for a visitor in Shanghai', '2021-11-15T12:00', 'Europe/London', 'Asia/Shanghai', 'Closes 12:00 GMT, Monday, 15 November 2021', '20:00 your time'],
      ['the seed, for a visitor in Tokyo, a day later', '2021-11-15T20:00', 'Europe/London', 'Asia/Tokyo', 'Closes 20:00 GMT, Monday, 15 November 2021', '05:00, Tuesday 16 November your time'],
      ['the seed, for a visitor in UTC (same clock in winter)', '2021-11-15T12:00', 'Europe/London', 'UTC', 'Closes 12:00 GMT, Monday, 15 November 2021', ''],
      ['summer in London is BST', '2022-08-08T12:00', 'Europe/London', 'Europe/London', 'Closes 12:00 BST, Monday, 8 August 2022', ''],
      ['summer, for a visitor in UTC', '2022-08-08T12:00', 'Europe/London', 'UTC', 'Closes 12:00 BST, Monday, 8 August 2022', '11:00 your time'],
      ['New York, for a visitor in Kolkata', '2021-11-15T12:00', 'America/New_York', 'Asia/Kolkata', 'Closes 12:00 GMT-5, Monday, 15 November 2021', '22:30 your time'],
      ['a date only, for a visitor in London', '2025-05-23', 'Europe/London', 'Europe/London', 'Closes Friday, 23 May 2025', ''],
      ['a date only, for a visitor in Tokyo', '2025-05-23', 'Europe/London', 'Asia/Tokyo', 'Closes Friday, 23 May 2025', 'until 08:00, Saturday 24 May your time'],
    ];
    for (const [name, closes, zone, visitor, main, local] of cases) {
      it(name, () => {
        const text = formatDeadline(deadline(closes, zone), { locale: 'en-GB', visitorTimeZone: visitor, closed: false });
        expect(sameWords(text.main, main)).to.equal(true, text.main);
        expect(sameWords(text.local, local)).to.equal(true, text.local);
      });
    }

    it('says Closed, and gives no local time, once closed', () => {
      const text = formatDeadline(deadline('2021-11-15T12:00'), { locale: 'en-GB', visitorTimeZone: 'Asia/Shanghai', closed: true });
      expect(text).to.deep.equal({ main: 'Closed 12:00 GMT, Monday, 15 November 2021', local: '' });
    });

    it('follows the language', () => {
      const fr = formatDeadline(deadline('2021-11-15T12:00'), { locale: 'fr', visitorTimeZone: 'Europe/London', closed: false });
      expect(fr.main).to.contain('lundi 15 novembre 2021');
      const de = formatDeadline(deadline('2021-11-15T12:00'), { locale: 'de', visitorTimeZone: 'Europe/London', closed: false });
      expect(de.main).to.contain('Montag, 15. November 2021');
    });
  });

  describe('formatCountdown', () => {
    const cases: [Parameters<typeof formatCountdown>[0], string, string][] = [
      [{ days: 10, hours: 3 }, 'en', '10 days, 3 hours left'],
      [{ days: 1, hours: 0 }, 'en', '1 day left'],
      [{ hours: 5, minutes: 12 }, 'en', '5 hours, 12 minutes left'],
      [{ minutes: 12, seconds: 5 }, 'en', '12 minutes, 5 seconds left'],
      [{ minutes: 0, seconds: 9 }, 'en', '9 seconds left'],
      [{ minutes: 5, seconds: 0 }, 'en', '5 minutes left'],
      // The last part of a second, rounded down like every other moment.
      [{ minutes: 0, seconds: 0 }, 'en', '0 seconds left'],
    ];
    for (const [remaining, locale, expected] of cases) {
      it(expected, () => {
        expect(formatCountdown(remaining, locale)).to.equal(expected);
      });
    }
    it('uses the language for the duration', () => {
      expect(formatCountdown({ days: 10, hours: 3 }, 'de')).to.contain('10 Tage');
    });
  });

  describe('formatDuration', () => {
    type DurationFormatter = { format(d: object): string };
    const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => DurationFormatter }).DurationFormat;
    const durations = [{ days: 2, hours: 3 }, { days: 1, hours: 0 }, { hours: 1, minutes: 5 }, { minutes: 3, seconds: 9 }, { minutes: 0, seconds: 1 }, { days: 11, hours: 21 }];
    const locales = ['en-GB', 'en-US', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'ru', 'uk', 'ar', 'he', 'fa', 'hi', 'zh', 'ja', 'ko', 'th', 'tr', 'cy'];

    it('says what Intl.DurationFormat says, in every language, where the engine has it', function () {
      if (!DurationFormat) this.skip();
      const differ = locales.flatMap((locale) =>
        durations
          .map((d) => [locale, JSON.stringify(d), formatDuration(d, locale), new DurationFormat(locale, { style: 'long' }).format(d)])
          .filter(([, , ours, theirs]) => ours !== theirs),
      );
      expect(differ).to.deep.equal([]);
    });

    it("joins units the language's way", () => {
      expect(formatDuration({ days: 2, hours: 3 }, 'en-GB')).to.equal('2 days, 3 hours');
      // French separates the number from its unit with a no-break space.
      expect(formatDuration({ days: 2, hours: 3 }, 'fr').replace(/\s/g, ' ')).to.equal('2 jours et 3 heures');
    });
  });

  describe('formatClosedSince', () => {
    const closes = Date.parse('2021-11-15T12:00:00Z');
    const cases: [number, string][] = [
      [5 * 365 * 86_400_000 + 1000, 'Applications closed 5 years ago'],
      [40 * 86_400_000, 'Applications closed last month'],
      [3 * 86_400_000, 'Applications closed 3 days ago'],
      [86_400_000, 'Applications closed yesterday'],
      [2 * 3_600_000, 'Applications closed 2 hours ago'],
      [0, 'Applications closed this minute'],
    ];
    for (const [after, expected] of cases) {
      it(expected, () => {
        expect(formatClosedSince(closes, closes + after, 'en')).to.equal(expected);
      });
    }
  });

  it('counts posts', () => {
    expect(formatPositions(2, 'en')).to.equal('2 posts');
    expect(formatPositions(1, 'en')).to.equal('1 post');
    expect(formatPositions(1200, 'en')).to.equal('1,200 posts');
  });

  describe('formatSalary', () => {
    it('shows the words when given', () => {
      expect(formatSalary({ text: 'Grade 7: £33,309 - £35,326 per annum', min: 1, currency: 'GBP' }, 'en-GB')).to.equal(
        'Grade 7: £33,309 - £35,326 per annum',
      );
    });
    it('formats a range with its period', () => {
      expect(formatSalary({ min: 33309, max: 35326, currency: 'GBP', period: 'year' }, 'en-GB')).to.equal('£33,309 – £35,326 per year');
    });
    it('formats one figure', () => {
      expect(formatSalary({ min: 20, max: 20, currency: 'USD', period: 'hour' }, 'en-US')).to.equal('$20 per hour');
    });
    it('keeps pence when given', () => {
      expect(formatSalary({ min: 12.5, currency: 'GBP' }, 'en-GB')).to.equal('£12.50');
    });
  });

  it('says who funds the post', () => {
    expect(formatFunding('EPSRC')).to.equal('Funded by EPSRC');
    expect(formatFunding('Funded by the EPSRC')).to.equal('Funded by the EPSRC');
    expect(formatFunding("Schmidt Science AI2050 fellowship")).to.equal('Schmidt Science AI2050 fellowship');
  });

  it('formats a posted date', () => {
    expect(formatDate('2021-11-01', 'en-GB')).to.equal('1 November 2021');
  });
});
