import { expect } from '@open-wc/testing';
import { timedAgainst } from '../../helpers.js';
import {
  findDeadlines,
  monthOf,
  nearestYear,
  readDeadlines,
  sentences,
  timeOfDay,
  UNSURE_CODES,
  type DeadlineReason,
} from '../../../src/model/markdown/deadline-text.js';

const NOW = Date.parse('2022-03-01T12:00:00Z');

describe('findDeadlines reads deadlines as UK universities write them', () => {
  const cases: [string, string | null, boolean?][] = [
    ['Only applications received before midday on the 15th November 2021 can be considered.', '2021-11-15T12:00'],
    ['Only online applications received before midday on Monday 25 April can be considered.', '2022-04-25T12:00', true],
    ['Only applications received before 12.00 midday on 8 August 2022 will be considered.', '2022-08-08T12:00'],
    ['The closing date is 12 noon (UK time) on Friday 23 September 2022.', '2022-09-23T12:00'],
    ['Applications must be received by 12:00 on 4th April 2024.', '2024-04-04T12:00'],
    ['Applications must be submitted by 5pm on 1 May 2022.', '2022-05-01T17:00'],
    ['Closing 23rd May 2025', '2025-05-23'],
    ['Closing: 30th April', '2022-04-30', true],
    ['Closing date: 5 September 2025', '2025-09-05'],
    ['Deadline: 2025-05-23', '2025-05-23'],
    ['Deadline: 2025-05-23 12:00', '2025-05-23T12:00'],
    ['Deadline: 2025/05/23', '2025-05-23'],
    ['Deadline\n23 May 2025', '2025-05-23'],
    ['Closing date:\n23rd May 2025, 5pm', '2025-05-23T17:00'],
    ['Deadline\nThe post starts on 23 May 2025', null],
    ['Due date: 1 June 2025', '2025-06-01'],
    ['Applications are due March 3, 2025.', '2025-03-03'],
    ['Applications will be accepted through May 5, 2025.', '2025-05-05'],
    ['Last date for receipt of applications: 12 July 2025', '2025-07-12'],
    ['Interviews are due to take place on 5 May 2025.', null],
    ['Apply by 5:00 p.m. ET on May 2, 2025.', '2025-05-02T17:00-04:00'],
    ['Materials are due May 1, 2025.', '2025-05-01'],
    ['Last date to apply: 15 July 2025', '2025-07-15'],
    ['Applications are accepted from 1 to 31 March 2025.', '2025-03-31'],
    ['Application period: 01.03.2025 – 31.03.2025', '2025-03-31'],
    ['Application window: 1 March 2025 to 31 March 2025.', '2025-03-31'],
    ['Deadline: 30 May 2025 - interviews on 10 June 2025', '2025-05-30'],
    ['Closing date 2025.5.23 at 17:00', '2025-05-23T17:00'],
    ['The closing date for applications is midday on Monday 15 April 2024 and interviews will be held on Monday 10 June 2024.', '2024-04-15T12:00'],
    ['Only online applications received before midday on 5th January, 2026 can be considered.', '2026-01-05T12:00'],
    ['Only applications received before midday on the 15th of November 2021 can be considered.', '2021-11-15T12:00'],
    ['Applications close at midnight on November 15, 2021.', '2021-11-15'],
    ['Last updated: 30th April 2025', null],
    ['Interviews will be held on 10 June 2024.', null],
    ['The post is fixed-term from the 1st September 2025 - 28 Feb 2027.', null],
    ['The post is funded by EPSRC and is fixed-term to the 30th September 2026.', null],
    ['We expect the successful candidate to start on 1 October 2022.', null],
    ['The post runs from 1 October 2025 to 30 September 2027, closing date 15 June 2025.', '2025-06-15'],
    ['Applications are welcome for a post funded until 31 March 2027.', null],
    ['Applications are welcome until 31 March 2027.', '2027-03-31'],
    ['12 noon on Friday 23 September 2022 is the closing date.', '2022-09-23T12:00'],
  ];
  for (const [sentence, closes, yearInferred] of cases) {
    it(`${JSON.stringify(sentence)} → ${closes}`, () => {
      const found = findDeadlines(sentence, NOW);
      expect(found[0]?.closes ?? null).to.equal(closes);
      if (closes) expect(found[0]?.yearInferred).to.equal(yearInferred === true);
    });
  }

  it('finds emphasis already stripped, in a paragraph of several sentences', () => {
    const text = 'You will be required to upload a CV. Only online applications received before midday on 7th January 2026 can be considered. The Department holds an Athena Swan award.';
    expect(findDeadlines(text, NOW).map((d) => d.text)).to.deep.equal([
      'Only online applications received before midday on 7th January 2026 can be considered.',
    ]);
  });
});

/** A sentence as a lab writes it, the page's zone and day, and what a careful applicant reads: `closes` and the reasons' codes. */
type Case = [sentence: string, zone: string, today: string, closes: string | null, codes?: DeadlineReason['code'][]];

function table(cases: Case[]): void {
  for (const [sentence, zone, today, closes, codes = []] of cases) {
    it(`${JSON.stringify(sentence)} (${zone}, ${today}) → ${closes}${codes.length ? ` [${codes.join(', ')}]` : ''}`, () => {
      const found = findDeadlines(sentence, Date.parse(`${today}T12:00:00Z`), { timeZone: zone })[0];
      expect(found?.closes ?? null).to.equal(closes);
      if (found) expect(found.reasons.map((r) => r.code)).to.deep.equal(codes);
    });
  }
}

describe('findDeadlines reads numeric dates in the order of the page', () => {
  table([
    ['Deadline 14/9/2025', 'Europe/London', '2025-08-01', '2025-09-14'],
    ['Deadline: 3/09/2025', 'Europe/London', '2025-08-01', '2025-09-03', ['day-month-order']],
    ['Deadline@ 22/6/25', 'Europe/London', '2025-06-01', '2025-06-22'],
    ['Closing date: 07/11/2023.', 'Europe/London', '2023-10-20', '2023-11-07', ['day-month-order']],
    ['Closing date: 07/11/2023.', 'Europe/Berlin', '2023-10-20', '2023-11-07', ['day-month-order']],
    ['Closing date: 07/11/2023.', 'Australia/Sydney', '2023-10-20', '2023-11-07', ['day-month-order']],
    ['Closing date: 07/11/2023.', 'America/Chicago', '2023-06-20', '2023-07-11', ['day-month-order']],
    ['Applications close 11/21/2023.', 'Europe/London', '2023-10-20', '2023-11-21'],
    ['Deadline: 7/7/2023', 'America/New_York', '2023-06-20', '2023-07-07'],
    ['Closing date 23.03.2024', 'Europe/Berlin', '2024-03-01', '2024-03-23'],
    ['Deadline: 31/02/2024', 'Europe/London', '2024-02-01', null],
  ]);

  it('lets an unambiguous numeric date elsewhere in the text settle the order', () => {
    const text = 'Deadline 19/5/2025\nDeadline: 2/06/2025';
    const found = findDeadlines(text, Date.parse('2025-05-01T12:00:00Z'), { timeZone: 'Europe/London' });
    expect(found.map((f) => f.closes)).to.deep.equal(['2025-05-19', '2025-06-02']);
    expect(found.flatMap((f) => f.reasons)).to.deep.equal([]);
  });

  it('takes the order the caller settled from the whole page', () => {
    const found = findDeadlines('Deadline: 2/06/2025', Date.parse('2025-01-01T12:00:00Z'), { timeZone: 'Europe/London', order: 'month-first' });
    expect(found[0]?.closes).to.equal('2025-02-06');
    expect(found[0]?.reasons).to.deep.equal([]);
  });

  it('lets the same date written in words settle the order', () => {
    const text = 'We have 2 open posts, closing date 9/02/2026.\nClosing February 9th, 2026';
    const found = findDeadlines(text, Date.parse('2026-01-10T12:00:00Z'), { timeZone: 'America/New_York' });
    expect(found.map((f) => f.closes)).to.deep.equal(['2026-02-09', '2026-02-09']);
    expect(found.flatMap((f) => f.reasons)).to.deep.equal([]);
  });

  it('names the reading not taken', () => {
    const found = findDeadlines('Deadline: 3/09/2025', Date.parse('2025-08-01T12:00:00Z'), { timeZone: 'Europe/London' });
    expect(found[0]?.reasons).to.deep.equal([{ code: 'day-month-order', read: 'day-first', other: '2025-03-09' }]);
  });
});

describe('findDeadlines reads dates written in words, every way labs write them', () => {
  table([
    ['Closing Date: 21-Nov-2024', 'Europe/London', '2024-11-01', '2024-11-21'],
    ['- Closing date: 3-Feb-25', 'Europe/London', '2025-01-10', '2025-02-03'],
    ['Deadline: February 14th 2021', 'Europe/London', '2021-01-20', '2021-02-14'],
    ['Deadline October 3rd, 2023', 'Europe/Amsterdam', '2023-09-01', '2023-10-03'],
    ['the closing date is May 1st, 2027.', 'Asia/Tokyo', '2027-03-01', '2027-05-01'],
    ['Please apply by September 8, 2022.', 'America/Los_Angeles', '2022-08-01', '2022-09-08'],
    ['Applications open until 2 March 2024.', 'Europe/London', '2024-02-01', '2024-03-02'],
    ['Applications should be received no later than 9 October 2023.', 'Europe/London', '2023-09-01', '2023-10-09'],
    ['apply before 4 July 2024', 'Europe/London', '2024-06-01', '2024-07-04'],
    ['Please apply by 2023-06-30 at the latest.', 'Europe/London', '2023-06-01', '2023-06-30'],
    ['2 x Research Associates (closes 14 July)', 'Europe/London', '2023-06-20', '2023-07-14', ['year-inferred']],
    ['The application deadline is 12 December.', 'Australia/Sydney', '2022-11-20', '2022-12-12', ['year-inferred']],
    ['Deadline: 6 Januar 2020', 'Europe/Berlin', '2019-12-01', '2020-01-06'],
    ['Closing date: 3 Febuary 2021', 'Europe/London', '2021-01-10', '2021-02-03'],
    ['Closing date: 12 Decmber 2021', 'Europe/London', '2021-11-10', '2021-12-12'],
    ['Candidates should email their CV to the PI (pi@example.ac.uk) by 20th of March 2023.', 'Europe/London', '2023-03-01', '2023-03-20'],
    ['Deadline: 30 marks out of 50', 'Europe/London', '2023-03-01', null],
    ['If shortlisted, you will be contacted by 3rd March 2022 and invited to submit a full application.', 'Europe/London', '2022-01-10', null],
    ['The position is funded until 31 March 2027 and applications are welcome.', 'Europe/London', '2026-01-10', null],
  ]);
});

describe('findDeadlines reads times, midnight and the zones the text names', () => {
  table([
    ['The deadline for applications is 14th March 2022 at 5pm UK time.', 'Europe/London', '2022-02-01', '2022-03-14T17:00', ['zone-word']],
    ['The deadline for applications is 14th June 2022 at 5pm UK time.', 'America/New_York', '2022-05-01', '2022-06-14T17:00+01:00', ['zone-word']],
    ['Applications must be submitted by midnight UK time on the 9th of June 2023.', 'Europe/London', '2023-06-01', '2023-06-09', ['midnight', 'zone-word']],
    ['The deadline for applications is midday 12 September 2025.', 'Europe/London', '2025-08-01', '2025-09-12T12:00'],
    ['Application deadline: 3 May 2026 at 23:59 CEST.', 'Europe/London', '2026-04-01', '2026-05-03T23:59+02:00', ['zone-word']],
    ['Application deadline: 3 February 2026 at 23:59 CET.', 'Europe/Copenhagen', '2026-01-01', '2026-02-03T23:59', ['zone-word']],
    ['Apply by January 10, 2025, 12:00am EST for full consideration.', 'America/New_York', '2024-12-01', '2025-01-10T00:00', ['midnight', 'zone-word']],
    ['Apply by January 10, 2025, 12:00am EST for full consideration.', 'Europe/London', '2024-12-01', '2025-01-10T00:00-05:00', ['midnight', 'zone-word']],
    ['Applications close 20 August 2023, 11.00pm AEST.', 'Europe/London', '2023-08-01', '2023-08-20T23:00+10:00', ['zone-word']],
    ['Deadline: 1 March 2024, 5pm PST', 'Europe/London', '2024-02-01', '2024-03-01T17:00-08:00', ['zone-word']],
    ['Closing date: 4 April 2024 at 12 noon (UK time)', 'Europe/London', '2024-03-01', '2024-04-04T12:00', ['zone-word']],
    ['Deadline: 15 May 2024, 23:59 AoE', 'Europe/London', '2024-05-01', '2024-05-15T23:59-12:00', ['zone-word']],
    ['Applications close at midnight on 2 October 2023.', 'Europe/London', '2023-09-01', '2023-10-02', ['midnight']],
    ['Closing date: 13.08.2024', 'Europe/Berlin', '2024-07-01', '2024-08-13'],
  ]);

  it('gives the zone the text named, for the card to read and show the deadline in', () => {
    const [found] = findDeadlines('Applications must be submitted by midnight UK time on the 9th of June 2023.', Date.parse('2023-06-01T00:00:00Z'), { timeZone: 'America/New_York' });
    expect(found?.timeZone).to.equal('Europe/London');
    expect(found?.reasons).to.deep.include({ code: 'zone-word', word: 'UK time', timeZone: 'Europe/London' });
  });
});

describe('readDeadlines tells an open-ended post from a dated one', () => {
  const NOW_2022 = Date.parse('2022-01-01T12:00:00Z');
  it('says "until filled" when that is all the text says', () => {
    const reading = readDeadlines('We will review applications until the positions are filled.', NOW_2022);
    expect(reading).to.deep.equal({ deadlines: [], openEnded: { code: 'until-filled', text: 'We will review applications until the positions are filled.' } });
  });
  it('says "rolling" for applications on a rolling basis', () => {
    expect(readDeadlines('Applications are considered on a rolling basis.', NOW_2022).openEnded?.code).to.equal('rolling');
  });
  it('reads a review start followed by "until filled" as no deadline', () => {
    const reading = readDeadlines('Application review will begin on 20 February 2022 and continue until the position is filled.', NOW_2022);
    expect(reading.deadlines).to.deep.equal([]);
    expect(reading.openEnded?.code).to.equal('until-filled');
  });
  it('reads a review start that asks for applications by then as a soft deadline, with a reason', () => {
    const [found] = findDeadlines('We will begin reviewing applications April 9, 2021, so please apply by then.', NOW_2022, { timeZone: 'America/New_York' });
    expect(found?.closes).to.equal('2021-04-09');
    expect(found?.reasons).to.deep.equal([{ code: 'review-start' }]);
  });
  it('reads "apply by then" after the review date as the same soft deadline', () => {
    const [found] = findDeadlines('Please apply by 9 April 2021, when review of applications begins.', NOW_2022);
    expect(found?.closes).to.equal('2021-04-09');
    expect(found?.reasons).to.deep.equal([]);
  });
  it('keeps a stated closing date over a later "until filled"', () => {
    const text = 'Closing date: 17/01/2022. Review of applications will begin immediately and will continue until the position is filled.';
    const reading = readDeadlines(text, NOW_2022, { timeZone: 'Europe/London' });
    expect(reading.deadlines.map((d) => d.closes)).to.deep.equal(['2022-01-17']);
    expect(reading.openEnded).to.equal(undefined);
  });
});

describe('reasons', () => {
  it('are codes with values, and say which call for a warning', () => {
    const [found] = findDeadlines('Closing: 30th April', Date.parse('2022-03-01T12:00:00Z'));
    expect(found?.reasons).to.deep.equal([{ code: 'year-inferred', year: 2022 }]);
    expect([...UNSURE_CODES].sort()).to.deep.equal(['day-month-order', 'midnight', 'review-start', 'year-inferred']);
  });
});

describe('monthOf', () => {
  const cases: [string, number | undefined][] = [
    ['January', 1], ['Januar', 1], ['Sept', 9], ['sept.', 9], ['Febuary', 2], ['Octobre', 10], ['Decmber', 12],
    ['Ma', undefined], ['market', undefined], ['maybe', undefined], ['Jule', undefined], ['decision', undefined],
  ];
  for (const [word, month] of cases) {
    it(`${word} → ${month}`, () => expect(monthOf(word)).to.equal(month));
  }
});

describe('nearestYear', () => {
  it('takes the occurrence nearest now', () => {
    expect(nearestYear(4, 30, undefined, Date.parse('2025-03-24T00:00:00Z'))).to.equal(2025);
    expect(nearestYear(1, 5, undefined, Date.parse('2025-12-17T00:00:00Z'))).to.equal(2026);
    expect(nearestYear(12, 20, undefined, Date.parse('2026-01-03T00:00:00Z'))).to.equal(2025);
  });
  it('agrees with the weekday given', () => {
    // Monday 25 April: 2022 (and 2016, 2033).
    expect(nearestYear(4, 25, 1, Date.parse('2024-01-01T00:00:00Z'))).to.equal(2022);
  });
});

describe('timeOfDay', () => {
  const cases: [string, string | undefined][] = [
    ['before midday on', '12:00'],
    ['12 noon (UK time)', '12:00'],
    ['by 5pm on', '17:00'],
    ['by 9.30 a.m. on', '09:30'],
    ['by 17:00 on', '17:00'],
    ['at midnight on', '24:00'],
    ['12:00am EST', '00:00'],
    ['11.00pm AEST', '23:00'],
    ['at 23:59 CEST', '23:59'],
    ['rate £17.19 an hour, closing 5 May', undefined],
    ['Closing date 23.03.2024', undefined],
    ['on the 15th November 2021', undefined],
  ];
  for (const [text, time] of cases) {
    it(`${text} → ${time}`, () => expect(timeOfDay(text)).to.equal(time));
  }
});

describe('sentences', () => {
  it('does not split after titles and initials', () => {
    expect(sentences('Informal enquiries may be addressed to Dr. Yangchen Pan. Apply by 1 May.')).to.deep.equal([
      'Informal enquiries may be addressed to Dr. Yangchen Pan.',
      'Apply by 1 May.',
    ]);
  });
});

describe('findDeadlines on hostile text', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  /** The same reader on prose as long as `text`. */
  const prose = (text: string) => () => findDeadlines('we study vision and learning '.repeat(Math.ceil(text.length / 29)), now);
  it('reads a 160 000-character run of dates without a cue in linear time', () => {
    const text = '1 january '.repeat(16_000);
    let found: unknown;
    const { ms, bound } = timedAgainst(() => (found = findDeadlines(text, now)), prose(text), 1500);
    expect(found).to.deep.equal([]);
    expect(ms).to.be.below(bound);
  });
  it('reads a long run of "by" dates with no talk of applying in linear time', () => {
    const text = 'We will reply by 1 March, '.repeat(12_000);
    let found: unknown;
    const { ms, bound } = timedAgainst(() => (found = findDeadlines(text, now)), prose(text), 1500);
    expect(found).to.deep.equal([]);
    expect(ms).to.be.below(bound);
  });
});

describe('an extended deadline replaces the one before it', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');
  it('"extended to" a later date comes first, whatever order the page gives', () => {
    const found = findDeadlines('Deadline: 30 May 2025.\nThe deadline has been extended to 15 June 2025.', now);
    expect(found.map((d) => d.closes)).to.deep.equal(['2025-06-15', '2025-05-30']);
  });
  it('the last of several extensions wins', () => {
    const found = findDeadlines('Closing date: 30 May 2025.\nApplications extended to 15 June 2025.\nThe deadline has been extended again, to 30 June 2025.', now);
    expect(found[0]?.closes).to.equal('2025-06-30');
  });
  it('"extended from" the old date keeps the new one the sentence states first', () => {
    expect(findDeadlines('Closing date: 30 May 2025 (extended from 1 May 2025)', now)[0]?.closes).to.equal('2025-05-30');
  });
});
