import { expect } from '@open-wc/testing';
import { findDeadlines, nearestYear, sentences, timeOfDay } from '../../../src/model/markdown/deadline-text.js';

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
    ['The closing date for applications is midday on Monday 15 April 2024 and interviews will be held on Monday 10 June 2024.', '2024-04-15T12:00'],
    ['Only online applications received before midday on 5th January, 2026 can be considered.', '2026-01-05T12:00'],
    ['Only applications received before midday on the 15th of November 2021 can be considered.', '2021-11-15T12:00'],
    ['Applications close at midnight on November 15, 2021.', '2021-11-15'],
    ['Last updated: 30th April 2025', null],
    ['Interviews will be held on 10 June 2024.', null],
    ['The post is fixed-term from the 1st September 2025 - 28 Feb 2027.', null],
    ['The post is funded by EPSRC and is fixed-term to the 30th September 2026.', null],
    ['We expect the successful candidate to start on 1 October 2022.', null],
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
