// How `npm run corpus` scores a page (scripts/corpus-score.mjs): cards matched
// to labelled vacancies in page order on evidence, what a missing or an extra
// card costs, apply links resolved against the page, deadlines compared as the
// moments they close in the page's zone, and which deadlines count as wrong
// ones shown. The pages and cards are made up here, a few lines each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, closingMoment, resolveUrl, sameDeadline, scorePage } from '../../scripts/corpus-score.mjs';

const FIELDS = ['title', 'closes', 'applyUrl'];
const BASE = 'https://lab.example.ac.uk/jobs/vacancies.md';
const HERE = 'https://lab.example.ac.uk/jobs/';

const ROBOTICS = { title: 'Research Associate in Robotics', closes: '2025-05-22', applyUrl: 'apply/robotics.html' };
const VISION = { title: 'PhD Studentship in Computer Vision', closes: '2025-06-10', applyUrl: 'apply/vision.html' };
const TECH = { title: 'Laboratory Technician', closes: '2025-06-30', applyUrl: 'apply/technician.html' };

/** A labelled page in London with `vacancies`; `more` overrides its other labels. */
const page = (vacancies, more = {}) => ({ file: 'made-up.md', timeZone: 'Europe/London', baseUrl: BASE, vacancies, ...more });

/** The card a browser shows for a labelled vacancy: its apply link as the absolute href the card holds. */
const cardFor = (v, more = {}) => ({ ...v, applyUrl: v.applyUrl == null ? null : new URL(v.applyUrl, BASE).href, ...more });

const HEADING = { title: 'Open positions', closes: null, applyUrl: null };

/** Scores `cards` against `vacancies` on one page (title, deadline, apply link). */
const score = (vacancies, cards, more) => scorePage(page(vacancies, more), { cards, notes: [], state: 'ready' }, FIELDS);

/** Each labelled vacancy's card (1-based, or null) and its wrong fields. */
const matches = (scored) => scored.vacancies.map(({ card, wrong }) => ({ card, wrong }));

/** Whether the field `field` was scored right, one entry per time it was scored. */
const rights = (scored, field) => scored.results.filter((r) => r.field === field).map((r) => r.right);

describe('matching cards to labelled vacancies', () => {
  it('aligns in page order, so a spurious first card does not make the later cards wrong', () => {
    const scored = score([ROBOTICS, VISION, TECH], [HEADING, cardFor(ROBOTICS), cardFor(VISION), cardFor(TECH)]);
    assert.deepEqual(matches(scored), [
      { card: 2, wrong: [] },
      { card: 3, wrong: [] },
      { card: 4, wrong: [] },
    ]);
    assert.deepEqual(scored.extraCards, [1]);
  });

  it('pairs a card with a vacancy on any one kind of evidence, and never without any', () => {
    const labels = [{ ...ROBOTICS, applyUrl: new URL(ROBOTICS.applyUrl, BASE).href }];
    const cases = [
      ['half the title words agree', { title: 'Research Associate', closes: '2025-07-01', applyUrl: null }, [[0, 0]]],
      ['the same deadline', { title: 'Postdoc', closes: '2025-05-22', applyUrl: null }, [[0, 0]]],
      ['the same apply link', { title: 'Postdoc', closes: null, applyUrl: `${HERE}apply/robotics.html` }, [[0, 0]]],
      ['fewer than half the title words agree, nothing else', { title: 'Research Software Engineer', closes: '2025-07-01', applyUrl: `${HERE}apply/rse.html` }, []],
    ];
    for (const [evidence, card, pairs] of cases) {
      assert.deepEqual(align(labels, [card], 'Europe/London'), pairs, evidence);
    }
  });

  it('prefers the alignment with the most evidence', () => {
    // The heading shares the first post's deadline, but the card after it shares its title, deadline and link too.
    const labels = [ROBOTICS, VISION].map((v) => cardFor(v));
    const cards = [{ ...HEADING, closes: '2025-05-22' }, cardFor(ROBOTICS), cardFor(VISION)];
    assert.deepEqual(align(labels, cards, 'Europe/London'), [
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('what a missing or an extra card costs', () => {
  it('a labelled vacancy with no card loses every field, and the count', () => {
    const scored = score([ROBOTICS, VISION], [cardFor(ROBOTICS)]);
    assert.deepEqual(matches(scored), [
      { card: 1, wrong: [] },
      { card: null, wrong: FIELDS },
    ]);
    for (const field of FIELDS) assert.deepEqual(rights(scored, field), [true, false], field);
    assert.deepEqual(rights(scored, 'count'), [false]);
    assert.equal(scored.fieldsRight, 3);
    assert.equal(scored.fields, 7);
    assert.equal(scored.allRight, false);
  });

  it('an extra card loses only the count', () => {
    const extra = { title: 'Summer Internship', closes: null, applyUrl: null };
    const scored = score([ROBOTICS, VISION], [cardFor(ROBOTICS), extra, cardFor(VISION)]);
    assert.deepEqual(scored.extraCards, [2]);
    assert.deepEqual(
      scored.results.filter((r) => !r.right),
      [{ field: 'count', right: false }],
    );
    assert.equal(scored.fieldsRight, scored.fields - 1);
    assert.equal(scored.allRight, false);
  });

  it('a page is all right when every vacancy has its card and there is no other', () => {
    const scored = score([ROBOTICS, VISION], [cardFor(ROBOTICS), cardFor(VISION)]);
    assert.equal(scored.allRight, true);
    assert.equal(scored.fieldsRight, 7);
  });
});

describe('apply links', () => {
  it('resolves a labelled link against the page before comparing', () => {
    const cases = [
      ['relative to the page', 'apply/robotics.html', `${HERE}apply/robotics.html`, true],
      ['up from the page', '../apply.html', 'https://lab.example.ac.uk/apply.html', true],
      ['from the site root', '/hr/apply?id=7', 'https://lab.example.ac.uk/hr/apply?id=7', true],
      ['absolute', 'https://jobs.example.com/7', 'https://jobs.example.com/7', true],
      ['relative, but the card goes elsewhere', 'apply/robotics.html', 'https://lab.example.ac.uk/apply/robotics.html', false],
    ];
    for (const [how, labelled, shown, right] of cases) {
      const scored = score([{ ...ROBOTICS, applyUrl: labelled }], [{ ...ROBOTICS, applyUrl: shown }]);
      assert.deepEqual(rights(scored, 'applyUrl'), [right], how);
    }
  });

  it('resolveUrl follows a link as the browser would, and leaves none as none', () => {
    assert.equal(resolveUrl('apply/x.html', BASE), `${HERE}apply/x.html`);
    assert.equal(resolveUrl(null, BASE), null);
  });
});

describe('deadlines, as the moments they close in the page zone', () => {
  it('a date closes at the end of that day in the zone', () => {
    assert.equal(closingMoment('2025-05-22', 'Europe/London'), Date.parse('2025-05-22T23:00:00Z'));
    assert.equal(closingMoment('2025-01-22', 'Europe/London'), Date.parse('2025-01-23T00:00:00Z'));
    assert.equal(closingMoment('2025-05-22', 'America/New_York'), Date.parse('2025-05-23T04:00:00Z'));
    assert.equal(closingMoment('2025-05-22T12:00:00+01:00', 'Europe/London'), Date.parse('2025-05-22T11:00:00Z'));
    assert.equal(closingMoment(null, 'Europe/London'), null);
  });

  it('a label instant ending a day agrees with a card showing that date, and no other', () => {
    const cases = [
      ['summer, the instant ending 22 May in London', '2025-05-22T23:00:00Z', 'Europe/London', '2025-05-22', true],
      ['the same, written with its offset', '2025-05-23T00:00:00+01:00', 'Europe/London', '2025-05-22', true],
      ['winter, the instant ending 22 January in London', '2025-01-23T00:00:00Z', 'Europe/London', '2025-01-22', true],
      ['the instant ending 22 May in New York', '2025-05-23T04:00:00Z', 'America/New_York', '2025-05-22', true],
      ['the instant ending 22 May in London, on a New York page', '2025-05-22T23:00:00Z', 'America/New_York', '2025-05-22', false],
      ['the day before', '2025-05-22T23:00:00Z', 'Europe/London', '2025-05-21', false],
      ['the day after', '2025-05-22T23:00:00Z', 'Europe/London', '2025-05-23', false],
      ['noon that day, not its end', '2025-05-22T11:00:00Z', 'Europe/London', '2025-05-22', false],
      ['the same date', '2025-05-22', 'Europe/London', '2025-05-22', true],
      ['none labelled, none shown', null, 'Europe/London', null, true],
      ['none labelled, one shown', null, 'Europe/London', '2025-05-22', false],
      ['one labelled, none shown', '2025-05-22', 'Europe/London', null, false],
    ];
    for (const [how, labelled, zone, shown, same] of cases) {
      assert.equal(sameDeadline(shown, labelled, zone), same, how);
      const vacancy = { ...ROBOTICS, closes: labelled };
      const scored = score([vacancy], [cardFor(vacancy, { closes: shown })], { timeZone: zone });
      assert.deepEqual(rights(scored, 'closes'), [same], how);
    }
  });
});

describe('wrong deadlines shown, counted apart from the fields', () => {
  const summer = { ...ROBOTICS, closes: '2025-05-22T23:00:00Z' };
  const cases = [
    {
      how: 'a matched card showing another deadline',
      vacancies: [summer],
      cards: [cardFor(summer, { closes: '2025-05-29' })],
      wrong: [{ card: summer.title, shown: '2025-05-29', labelled: summer.closes }],
    },
    {
      how: 'a card showing a deadline where the label has none',
      vacancies: [{ ...ROBOTICS, closes: null }],
      cards: [cardFor(ROBOTICS, { closes: '2025-06-01' })],
      wrong: [{ card: ROBOTICS.title, shown: '2025-06-01', labelled: null }],
    },
    {
      how: 'an extra card showing a date no labelled vacancy has',
      vacancies: [summer],
      cards: [cardFor(summer, { closes: '2025-05-22' }), { title: 'Summer Internship', closes: '2025-07-01', applyUrl: null }],
      wrong: [{ card: 'Summer Internship', shown: '2025-07-01', labelled: null, extra: true }],
    },
    {
      how: 'an extra card showing a date a labelled vacancy has',
      vacancies: [summer],
      cards: [cardFor(summer, { closes: '2025-05-22' }), { ...HEADING, closes: '2025-05-22' }],
      wrong: [],
    },
    {
      how: 'a card showing no deadline (it loses the field instead)',
      vacancies: [summer],
      cards: [cardFor(summer, { closes: null })],
      wrong: [],
    },
    {
      how: 'a card showing the labelled day',
      vacancies: [summer],
      cards: [cardFor(summer, { closes: '2025-05-22' })],
      wrong: [],
    },
  ];
  for (const { how, vacancies, cards, wrong } of cases) {
    it(`${wrong.length ? 'counts' : 'does not count'} ${how}`, () => {
      const scored = score(vacancies, cards);
      const shown = scored.wrongDeadlines.map(({ card, shown, labelled, extra }) => ({ card, shown, labelled, ...(extra ? { extra } : {}) }));
      assert.deepEqual(shown, wrong);
      for (const w of scored.wrongDeadlines) assert.equal(w.file, 'made-up.md');
    });
  }

  it('a card showing no deadline loses the closes field', () => {
    const scored = score([ROBOTICS], [cardFor(ROBOTICS, { closes: null })]);
    assert.deepEqual(matches(scored), [{ card: 1, wrong: ['closes'] }]);
    assert.deepEqual(scored.wrongDeadlines, []);
  });
});
