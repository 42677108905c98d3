import { expect } from '@open-wc/testing';
import { descriptionParagraphs, needsMarkdown } from '../../src/description.js';
import { formatEmploymentType, formatPositions, formatSalary } from '../../src/model/format.js';
import { readPosting, POSTING_FIELDS } from '../../src/model/from-json.js';
import { unescapeHtml } from '../../src/model/html-entities.js';
import { toJsonLd } from '../../src/model/json-ld.js';
import { parseFrontMatter } from '../../src/model/markdown/front-matter.js';
import { readMarkdownPage } from '../../src/model/markdown/read-page.js';
import type { ReadResult } from '../../src/model/posting.js';
import { pickVacancy, vacanciesOf } from '../../src/model/vacancies.js';
import { isWebKit } from '../helpers.js';

// A page we do not control can put anything in any field. Every reader must
// take time in proportion to what it is given: 200 KB of a run built to make
// a backtracking pattern retry (spaces, "<", "]", "in a " …) must not freeze
// the tab. A linear read of 200 KB takes a few milliseconds; the limit is a
// second, a hundred times that, so only superlinear time fails — and the
// patterns that failed took from seconds (quadratic) to hours (cubic).
const SIZE = 200_000;
// Firefox reads link-dense Markdown about three times slower than Chromium: a
// linear read of 200 KB of "Apply [here](…)" took 1.1 s there under CI's load
// (0.33 s in V8), so its bound is two seconds.
const LIMIT_MS = /Firefox/.test(navigator.userAgent) ? 2000 : 1000;
const NOW = Date.parse('2026-11-26T12:00:00Z');

const run = (unit: string, tail = 'x!'): string => unit.repeat(Math.ceil(SIZE / unit.length)) + tail;

/** Runs of each kind that made a pattern of ours retry, and others of the same shapes. */
const cases: [string, string][] = [
  ['spaces', run(' ')],
  ['spaces and tabs', run(' \t')],
  ['blank lines', run('\n')],
  ['spaces then a line break', `${run(' ', '')}\n!`],
  ['"<"', run('<')],
  ['"‹"', run('‹')],
  ['"[" (nested brackets)', run('[')],
  ['"]"', run(']')],
  ['"[](" pairs', run('[](')],
  ['"*"', run('*')],
  ['"_"', run('_')],
  ['"-"', run('-')],
  ['"- " list markers', run('- ')],
  ['dots', run('.')],
  ['digits', run('1')],
  ['"in a " (a heading naming a choice)', run('in a ')],
  ['"@a." (addresses)', run('@a.')],
  ['"a." then "@"', `${run('a.', '')}@`],
  ['"a@" pairs', run('a@')],
  ['"a " words', run('a ')],
  ['"no " words', run('no ')],
  ['"held " before a full stop', `Closing date: ${run('held ', '')}. 15 May 2027`],
  ['"all" and spaces', `all${run(' ')}`],
  ['"these" and spaces', `these${run(' ')}`],
  ['"Grade 1" and spaces', `Grade 1${run(' ')}`],
  ['"Name" and spaces before "<"', `${run(' ', '')}x <`],
  ['"seeking two " words', run('seeking two ')],
  ['"fixed-term" and spaces', `fixed-term${run(' ')}`],
  ['"funded by x" and spaces', `funded by x${run(' ')}y`],
  ['"x1 " counts', run('x1 ')],
  ['":" and spaces', run(': ')],
  ['"<li" openings', run('<li')],
  ['"<!--" openings', run('<!--')],
  ['"<script" openings', run('<script>')],
  ['"&a" references', run('&a')],
  ['"&constructor;"', run('&constructor;')],
  ['"contact a@b." sentences', run('Contact a@b. ')],
  ['"Apply [here](https://a.b/apply). " links', run('Apply [here](https://a.b/apply). ')],
  ['enquiry sentences and mailto links apart', run('Contact us. Write to [q](mailto:a@b.cc). ')],
];

/** Every field of the posting format holding `text` (the object forms of salary and contact too). */
function postings(text: string): [string, unknown][] {
  const each: [string, unknown][] = POSTING_FIELDS.map((field) => [`JSON ${field}`, { title: 'Post', [field]: text }]);
  return [
    ...each,
    ['JSON salary object', { title: 'Post', salary: { min: 1, max: 2, currency: text, period: text, text } }],
    ['JSON contact object', { title: 'Post', contact: { name: text, email: text } }],
    [
      'schema.org JobPosting',
      {
        '@type': 'JobPosting',
        title: text,
        description: text,
        validThrough: text,
        datePosted: text,
        url: text,
        identifier: { value: text },
        hiringOrganization: { name: text },
        jobLocation: { address: { addressLocality: text, addressRegion: text, addressCountry: text } },
        baseSalary: { currency: 'GBP', value: { minValue: 1, maxValue: 2, unitText: text } },
        employmentType: [text],
      },
    ],
  ];
}

/** What the card does with a posting once read: words, description and structured data. */
function show(result: ReadResult): void {
  if (!result.ok) return;
  const p = result.value;
  if (p.salary) formatSalary(p.salary, 'en-GB');
  if (p.employmentType) formatEmploymentType(p.employmentType);
  formatPositions(p.positions, 'en-GB');
  if (p.description) {
    needsMarkdown(p.description);
    descriptionParagraphs(p.description, p.descriptionFormat);
  }
  toJsonLd(p, p.description);
}

/** A Markdown page with `text` in one place, read by the one path the card and the CLI take. */
function pages(text: string): [string, string][] {
  const yaml = JSON.stringify(text);
  return [
    ['Markdown heading', `### ${text}\n\nClosing date: 15 May 2027. Apply [here](https://a.b/apply).\n`],
    ['Markdown heading over a label line', `### ${text}\n\nFellowship in A:\n\nClosing date: 15 May 2027. Apply [here](https://a.b/apply).\n`],
    ['Markdown body', `### Post\n\n${text}\n\nClosing date: 15 May 2027. Apply [here](https://a.b/apply).\n`],
    ['Markdown whole page', text],
    ['Markdown link text', `### Post\n\nApply [${text}](https://a.b/apply). Closing date: 15 May 2027.\n`],
    ['Markdown link target', `### Post\n\nApply [here](${text}). Closing date: 15 May 2027.\n`],
    ['Markdown deadline sentence', `### Post\n\nClosing date: ${text} 15 May 2027. Apply [here](https://a.b/apply).\n`],
    ['Markdown enquiries sentence', `### Post\n\nInformal enquiries: ${text}. Closing date: 15 May 2027.\n`],
    ...['closes', 'contact', 'salary', 'applyUrl', 'organization', 'timeZone', 'title'].map(
      (key): [string, string] => [`front matter ${key}`, `---\n${key}: ${yaml}\n---\n\n### Post\n\nClosing date: 15 May 2027.\n`],
    ),
  ];
}

function readPage(source: string): void {
  const read = readMarkdownPage(source, { now: NOW, baseUrl: 'https://example.org/jobs/', parseFrontMatter });
  if (!read.ok) return;
  const found = vacanciesOf({ kind: 'markdown', document: read.value });
  pickVacancy(found, 'no such vacancy');
  for (const entry of found.entries) show(readPosting(entry.posting));
}

/** Milliseconds `read` takes. */
function timed(read: () => void): number {
  const start = performance.now();
  read();
  return performance.now() - start;
}

/**
 * WebKitGTK's MiniBrowser, driven over WebDriver, needs more than five minutes
 * for these thousand 200 KB reads, longer than CI can give one file. The
 * patterns are the same code in every engine; Chromium and Firefox run it.
 */

(isWebKit ? describe.skip : describe)('adversarial input: 200 KB runs into every field and reader', function () {
  // A whole case (about thirty reads) must fit, in the slowest engine.
  this.timeout(60_000);

  /** Every reader of `text`, by where the text sits. */
  const readsOf = (text: string): [string, () => void][] => [
    ...postings(text).map(([where, input]): [string, () => void] => [where, () => show(readPosting(input, { baseUrl: 'https://example.org/' }))]),
    ...pages(text).map(([where, source]): [string, () => void] => [where, () => readPage(source)]),
    ['HTML description', () => descriptionParagraphs(text, 'html')],
    ['character references', () => unescapeHtml(text)],
  ];
  // The same readers over 200 KB of prose, timed beside each run: a machine
  // under load slows both, so the bound is a hundred times the prose's time
  // (never under LIMIT_MS), not a wall-clock figure alone.
  const prose = readsOf(run('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '));

  for (const [name, text] of cases) {
    it(`reads ${name} in linear time everywhere`, () => {
      const slow: string[] = [];
      for (const [i, [where, read]] of readsOf(text).entries()) {
        const ms = timed(read);
        const bound = Math.max(LIMIT_MS, 100 * timed(prose[i][1]));
        if (ms > bound) slow.push(`${where}: ${Math.round(ms)} ms (bound ${Math.round(bound)} ms)`);
      }
      expect(slow).to.deep.equal([]);
    });
  }
});

describe('lookup tables read only their own keys', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`salary period "${key}" is dropped with a warning, and the salary still shows`, () => {
      const r = readPosting({ title: 'Post', salary: { min: 1, max: 2, currency: 'GBP', period: key } });
      expect(r.ok && r.value.salary?.period).to.equal(undefined);
      expect(r.ok && r.warnings.some((w) => w.startsWith('salary.period'))).to.equal(true);
      expect(r.ok && formatSalary(r.value.salary ?? {}, 'en-GB')).to.match(/^£1\s?–\s?£2$/);
    });
    it(`schema.org unitText "${key}" is dropped with a warning`, () => {
      const r = readPosting({ '@type': 'JobPosting', title: 'Post', baseSalary: { currency: 'GBP', value: { minValue: 1, unitText: key } } });
      expect(r.ok && r.value.salary).to.deep.equal({ min: 1, currency: 'GBP' });
    });
    it(`positions "${key}" is not read as a number word`, () => {
      const r = readPosting({ title: 'Post', positions: key });
      expect(r.ok && r.value.positions).to.equal(1);
    });
    it(`&${key}; stays as written`, () => {
      expect(unescapeHtml(`a &${key}; b`)).to.equal(`a &${key}; b`);
    });
  }
  it('a salary period set by hand that the table lacks shows the amount alone', () => {
    expect(formatSalary({ min: 5, currency: 'GBP', period: 'constructor' as never }, 'en-GB')).to.equal('£5');
  });
  it('employment type "constructor" is shown as written', () => {
    expect(formatEmploymentType(['constructor', 'FULL_TIME'])).to.equal('constructor · Full-time');
  });
});
