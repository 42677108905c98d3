import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { POSTING_FIELDS } from '../src/model/from-json.js';
import { DAY, part, SEED_CLOSES, useClock } from './helpers.js';

// The model's fuzzing (test/model/fuzz.test.ts) proves the readers never
// throw; this proves the card: a valid vacancy (a title and a deadline) with
// any optional field of any type always settles into a card with its title
// or a clear error — never "Loading vacancy…" for good, never blank.

const TITLE = 'Research Engineer';
const CLOSES = '2021-11-15T12:00';

/** Keys and words that name something on Object.prototype, or that a table lookup may trip on. */
const inherited = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__');
/** Dates of the right shape that are not dates: month 31, 30 February, a leap day in a common year, day 0. */
const unreal = fc.constantFrom('2024-31-01', '2021-02-30', '2023-02-29', '2021-00-10', '2021-11-00', '2021-02-30T12:00', '0000-00-00', '9999-99-99', '+275760-09-13');
const value = fc.oneof(
  inherited,
  unreal,
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.anything(),
  fc.record({ min: fc.oneof(fc.double(), fc.integer()), max: fc.oneof(fc.double(), fc.integer()), currency: fc.oneof(fc.constantFrom('GBP', 'XXX', 'ABC', 'gbp'), fc.string()), period: fc.oneof(inherited, fc.string()) }, { requiredKeys: [] }),
  fc.record({ name: fc.oneof(inherited, fc.string()), email: fc.oneof(inherited, fc.constantFrom('a@b.org', 'x?cc=evil@b.org', 'a@b.c'), fc.string()) }, { requiredKeys: [] }),
  fc.array(fc.oneof(inherited, fc.string(), fc.anything()), { maxLength: 4 }),
);
const OPTIONAL = POSTING_FIELDS.filter((f) => f !== 'title' && f !== 'closes');
/** Optional fields of the posting format, with any value. */
const optional = fc.dictionary(fc.oneof(fc.constantFrom(...OPTIONAL), inherited), value, { maxKeys: 6 });
/** The same as schema.org, where other names lead to the same readers (`unitText` to a salary's period …). */
const schemaOrg = fc
  .record(
    {
      baseSalary: fc.oneof(value, fc.record({ currency: fc.constantFrom('GBP', 'EUR'), value: fc.record({ minValue: fc.integer(), maxValue: fc.integer(), unitText: fc.oneof(inherited, fc.string()) }) })),
      datePosted: fc.oneof(unreal, value),
      employmentType: value,
      hiringOrganization: value,
      jobLocation: value,
      identifier: value,
      totalJobOpenings: value,
      description: value,
      url: value,
    },
    { requiredKeys: [] },
  )
  .map((fields) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title: TITLE, validThrough: CLOSES, ...fields }));
const postings = fc.oneof(
  optional.map((fields) => ({ ...fields, title: TITLE, closes: CLOSES })),
  schemaOrg,
);

/** What a settled card shows: its title, or an error saying what is wrong. */
function settled(el: JobPosting, events: string[]): string | undefined {
  if (el.state === 'loading' || el.getAttribute('state') !== el.state) return `state is ${el.state}, attribute ${el.getAttribute('state')}`;
  if (events.length !== 1) return `events fired: ${events.join(', ') || 'none'}`;
  if (el.state === 'error') {
    const error = el.error ?? '';
    return events[0] === 'job-posting-error' && error.trim().length > 'Error: '.length ? undefined : `error without a message: "${error}"`;
  }
  const title = part(el, 'title')?.textContent?.trim();
  return title === TITLE && events[0] === 'job-posting-load' ? undefined : `title "${title}", event ${events[0]}`;
}

describe('fuzzing the element (fast-check)', function () {
  // Hundreds of cards: slower engines need longer than mocha's default.
  this.timeout(120_000);
  beforeEach(() => {
    useClock(SEED_CLOSES - 2 * DAY, { timers: true });
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
  });

  it('a valid vacancy with 200 random sets of optional fields always settles into its title or a clear error', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    await fc.assert(
      fc.asyncProperty(postings, async (posting) => {
        const el = document.createElement('job-posting');
        const events: string[] = [];
        for (const type of ['job-posting-load', 'job-posting-error']) el.addEventListener(type, () => events.push(type));
        el.posting = posting;
        host.append(el);
        let failure: string | undefined;
        try {
          await el.loadComplete;
          failure = settled(el, events);
        } catch (error) {
          failure = `loadComplete rejected: ${String(error)}`;
        } finally {
          el.remove();
        }
        if (failure) throw new Error(failure);
      }),
      { numRuns: 200 },
    );
  });

  it('a list of such vacancies (as inline JSON) always settles, each card with its title or a clear error', async () => {
    // JSON, so only JSON values: 50 lists of up to three vacancies.
    const jsonOptional = fc.dictionary(fc.oneof(fc.constantFrom(...OPTIONAL), inherited), fc.oneof(inherited, unreal, fc.jsonValue({ maxDepth: 2 }), fc.record({ currency: fc.constant('GBP'), min: fc.nat(), period: inherited })), { maxKeys: 5 });
    const list = fc.array(jsonOptional.map((fields) => ({ ...fields, title: TITLE, closes: CLOSES })), { minLength: 1, maxLength: 3 });
    const host = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    await fc.assert(
      fc.asyncProperty(list, async (vacancies) => {
        const el = document.createElement('job-posting-list');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.text = JSON.stringify(vacancies);
        el.append(script);
        host.append(el);
        try {
          await el.loadComplete;
          expect(el.state).to.equal('ready');
          expect(el.cards.length).to.equal(vacancies.length);
          for (const card of el.cards) {
            expect(card.getAttribute('state')).to.be.oneOf(['closing-soon', 'error']);
            expect(part(card, card.state === 'error' ? 'error' : 'title')?.textContent?.trim()).to.match(/\S/);
          }
        } finally {
          el.remove();
        }
      }),
      { numRuns: 50 },
    );
  });
});
