import fc from 'fast-check';
import { parseDeadline } from '../../src/model/deadline.js';
import { readPosting } from '../../src/model/from-json.js';
import { findDeadlines } from '../../src/model/markdown/deadline-text.js';
import { readMarkdown, splitFrontMatter } from '../../src/model/markdown/from-markdown.js';
import type { ReadResult } from '../../src/model/posting.js';
import { explainJsonError } from '../../src/model/json-error.js';
import { isWebKit } from '../helpers.js';

// 10,000 random inputs across the readers: nothing throws, and every result
// is a posting, a note, or an error with a message.
const NOW = Date.parse('2026-11-26T12:00:00Z');
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/;

function wellFormed(r: ReadResult): boolean {
  if (r.ok) return typeof r.value.title === 'string' && r.value.title !== '' && r.warnings.every((w) => typeof w === 'string' && w !== '');
  return typeof r.error === 'string' && r.error.length > 0;
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '\ud800', '<script>', '2021-02-30', 'Europe/London'));
const FIELDS = ['title', 'positions', 'organization', 'department', 'location', 'salary', 'contract', 'hours', 'funding', 'closes', 'timeZone', 'applyUrl', 'contact', 'posted', 'reference', 'description', 'employmentType'];
const posting = fc.dictionary(fc.constantFrom(...FIELDS, '@type', 'validThrough', 'baseSalary', 'hiringOrganization', 'jobLocation', 'x'), fc.oneof(text, fc.anything()), { maxKeys: 12 });

const month = fc.constantFrom('January', 'Feb', 'March', 'april', 'May', 'June', 'July', 'Aug', 'September', 'Oct', 'November', 'december', 'Smarch');
const deadlineSentence = fc
  .tuple(fc.constantFrom('Closing', 'Closing date:', 'Deadline:', 'Only applications received before midday on', 'Last updated:', 'Interviews on', 'The closing date is'), fc.constantFrom('', 'Monday ', 'Tues, ', 'the '), fc.integer({ min: 0, max: 40 }), fc.constantFrom('', 'st', 'th', 'nd'), month, fc.constantFrom('', ' 2021', ', 2026', ' 99999', ' 1900'), fc.constantFrom('', ' at 5pm', ' 12 noon', ' 25:99'))
  .map(([cue, weekday, day, ord, m, year, time]) => `${cue} ${weekday}${day}${ord} ${m}${year}${time}.`);
const line = fc.oneof(
  text,
  deadlineSentence,
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
  fc.tuple(fc.constantFrom('Apply', 'here', 'Job Description', 'x'), fc.constantFrom('https://my.corehr.com/x?p_recruitment_id=1', 'javascript:alert(1)', '[a](b)', '', 'mailto:a@b.c', 'not a url')).map(([t, u]) => `[${t}](${u})`),
  fc.integer({ min: 0, max: 60 }).map((depth) => `${'  '.repeat(depth)}- item`),
  fc.string({ minLength: 2000, maxLength: 6000 }),
  fc.constantFrom('<!--', '-->', '---', '***', '```', '> quote', '| a | b |', '|---|---|', 'Grade 7: £33,309 - £35,326 per annum', 'Informal enquiries: a@b.org', '<img src=x onerror=alert(1)>'),
);
const markdown = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

/**
 * WebKitGTK, driven over WebDriver, reads Markdown several times slower, and
 * its watchdog ends a page that runs a script this long: it reads a sixth as
 * many random documents as the other engines.
 */
const DOCUMENTS = isWebKit ? 500 : 3000;

describe('fuzzing the model (fast-check)', function () {
  // Thousands of cases: slower engines need longer than mocha's default.
  this.timeout(60_000);

  it('readPosting: 3,000 random postings', () => {
    fc.assert(fc.property(fc.oneof(posting, fc.anything()), (input) => wellFormed(readPosting(input, { timeZone: 'Europe/London' }))), { numRuns: 3000 });
  });

  it(`readMarkdown: ${DOCUMENTS.toLocaleString('en-GB')} random documents — long lines, deep lists, comments, hostile links`, () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const { body } = splitFrontMatter(source);
        const doc = readMarkdown(body, { now: NOW });
        for (const v of doc.vacancies) {
          if (!wellFormed(readPosting(v.fields))) return false;
          if (typeof v.id !== 'string' || v.id === '') return false;
        }
        return doc.notes.every((n) => typeof n.title === 'string' && typeof n.markdown === 'string');
      }),
      { numRuns: DOCUMENTS },
    );
  });

  it('findDeadlines: 3,000 random texts give only real ISO dates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, deadlineSentence), { maxLength: 8 }), (parts) => {
        for (const found of findDeadlines(parts.join(' '), NOW)) {
          if (!ISO.test(found.closes)) return false;
          if (!parseDeadline(found.closes, 'Europe/London').ok) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDeadline and explainJsonError: 1,000 random strings', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('Europe/London', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kathmandu'), (value, zone) => {
        const r = parseDeadline(value, zone);
        const explained = explainJsonError(value);
        return (r.ok ? Number.isFinite(r.value.closesAt) : r.error.length > 0) && (explained === undefined || explained.startsWith('The JSON is broken at line '));
      }),
      { numRuns: 1000 },
    );
  });
});
