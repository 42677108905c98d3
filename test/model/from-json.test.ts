import { expect } from '@open-wc/testing';
import { toUtcIso } from '../../src/model/deadline.js';
import { readPosting } from '../../src/model/from-json.js';
import type { Posting, ReadResult } from '../../src/model/posting.js';

const seed = {
  title: 'Postdoctoral Research Assistant in Machine Learning',
  positions: 2,
  organization: 'University of Oxford',
  department: 'Department of Engineering Science',
  salary: 'Grade 7: £33,309 - £35,326 per annum',
  closes: '2021-11-15T12:00',
  applyUrl: 'https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_recruitment_id=154006',
  contact: 'philip.torr@eng.ox.ac.uk',
};

const ok = (r: ReadResult): { value: Posting; warnings: string[] } => {
  if (!r.ok) throw new Error(`expected a posting, got the error: ${r.error}`);
  return r;
};
const error = (r: ReadResult): string => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('readPosting (JSON)', () => {
  it('reads the seed vacancy', () => {
    const { value: posting, warnings } = ok(readPosting(seed));
    expect(posting.title).to.equal(seed.title);
    expect(posting.positions).to.equal(2);
    expect(posting.salary).to.deep.equal({ text: seed.salary });
    expect(posting.timeZone).to.equal('Europe/London');
    expect(toUtcIso(posting.deadline?.closesAt ?? NaN)).to.equal('2021-11-15T12:00:00Z');
    expect(posting.applyUrl).to.equal(seed.applyUrl);
    expect(posting.contact).to.deep.equal({ email: 'philip.torr@eng.ox.ac.uk' });
    expect(warnings).to.deep.equal([]);
  });

  describe('the zone for deadlines without an offset', () => {
    const at = (r: ReadResult): string => toUtcIso(ok(r).value.deadline?.closesAt ?? NaN);
    it("is the posting's timeZone first", () => {
      expect(at(readPosting({ ...seed, timeZone: 'America/New_York' }, { timeZone: 'Asia/Tokyo' }))).to.equal('2021-11-15T17:00:00Z');
    });
    it("then the element's time-zone", () => {
      expect(at(readPosting(seed, { timeZone: 'America/New_York' }))).to.equal('2021-11-15T17:00:00Z');
    });
    it('then Europe/London', () => {
      expect(at(readPosting(seed, {}))).to.equal('2021-11-15T12:00:00Z');
    });
    it("ignores a junk element time-zone", () => {
      expect(at(readPosting(seed, { timeZone: 'Nowhere/Land' }))).to.equal('2021-11-15T12:00:00Z');
    });
    it('refuses a junk posting timeZone (a deadline in an unknown zone is unknowable)', () => {
      expect(error(readPosting({ ...seed, timeZone: 'Mars/Base' }))).to.match(/timeZone: "Mars\/Base" is not a time zone/);
    });
  });

  describe('errors that stop the card', () => {
    const cases: [string, unknown, RegExp][] = [
      ['no title', { closes: '2021-11-15' }, /no title: add a "title" field/],
      ['an empty title', { title: '  ' }, /no title/],
      ['a title that is not text', { title: 42 }, /title: expected text, got a number/],
      ['an impossible date', { title: 'T', closes: '2021-02-30T12:00' }, /closes: "2021-02-30T12:00" is not a real date/],
      ['a date that is not ISO', { title: 'T', closes: '15 November 2021' }, /not an ISO 8601 date/],
      ['a deadline as a timestamp', { title: 'T', closes: 1636977600000 }, /closes: expected an ISO 8601 date as text, got a number/],
      ['a deadline as a list', { title: 'T', closes: ['2021-11-15'] }, /closes: expected an ISO 8601 date as text, got a list/],
      ['a list', [seed], /Expected one vacancy as a JSON object, but got a list/],
      ['null', null, /got null/],
      ['text', 'hello', /got a string/],
    ];
    for (const [name, input, message] of cases) {
      it(name, () => {
        expect(error(readPosting(input))).to.match(message);
      });
    }
  });

  describe('fields that are wrong are dropped with a warning', () => {
    const cases: [string, object, RegExp, (p: Posting) => unknown, unknown][] = [
      ['an unknown field', { colour: 'red' }, /Unknown field "colour" is ignored/, (p) => p.title, seed.title],
      ['a javascript: apply link', { applyUrl: 'javascript:alert(1)' }, /applyUrl: "javascript:alert\(1\)" is not an http\(s\) link/, (p) => p.applyUrl, undefined],
      ['a data: apply link', { applyUrl: 'data:text/html,<script>alert(1)</script>' }, /not an http\(s\) link/, (p) => p.applyUrl, undefined],
      ['a mailto: apply link', { applyUrl: 'mailto:jobs@example.org' }, /not an http\(s\) link/, (p) => p.applyUrl, undefined],
      ['positions that are not a number', { positions: 'a few' }, /positions: expected a whole number/, (p) => p.positions, 1],
      ['negative positions', { positions: -1 }, /positions/, (p) => p.positions, 1],
      ['a contact without an email', { contact: 'Philip Torr' }, /contact: "Philip Torr" has no valid email/, (p) => p.contact, undefined],
      ['a salary without a currency', { salary: { min: 1, max: 2 } }, /figures without a currency/, (p) => p.salary, undefined],
      ['a posted date that is not a date', { posted: 'last week' }, /posted: "last week" is not an ISO 8601 date/, (p) => p.posted, undefined],
      ['a posted date with month 31 (Intl would throw on it)', { posted: '2024-31-01' }, /posted: "2024-31-01" is not a real date/, (p) => p.posted, undefined],
      ['a posted date of 30 February (Date.parse would make it 2 March)', { posted: '2021-02-30T09:00' }, /posted: "2021-02-30T09:00" is not a real date/, (p) => p.posted, undefined],
      ['a department that is not text', { department: { name: 'x' } }, /department: expected text, got an object/, (p) => p.department, undefined],
    ];
    for (const [name, patch, warning, get, expected] of cases) {
      it(name, () => {
        const { value: posting, warnings } = ok(readPosting({ ...seed, ...patch }));
        expect(warnings.join('\n')).to.match(warning);
        expect(get(posting)).to.deep.equal(expected);
      });
    }
  });

  it('warns when there is no deadline or no apply link, but shows the card', () => {
    const { value: posting, warnings } = ok(readPosting({ title: 'Research Fellow' }));
    expect(posting.deadline).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'No closing date: add "closes" so candidates know when applications close',
      'No apply link: add "applyUrl"',
    ]);
  });

  it('coerces what is unambiguous, and says so', () => {
    const { value: posting, warnings } = ok(readPosting({ ...seed, positions: 'two', reference: 154006, closes: 20211115 }));
    expect(posting.positions).to.equal(2);
    expect(posting.reference).to.equal('154006');
    expect(toUtcIso(posting.deadline?.closesAt ?? NaN)).to.equal('2021-11-16T00:00:00Z');
    expect(warnings).to.deep.equal([
      'closes: the number 20211115 is read as 2021-11-15; write dates as text',
      'positions: "two" is read as 2; write a number',
    ]);
    expect(ok(readPosting({ ...seed, positions: '3' })).value.positions).to.equal(3);
  });

  it('resolves a relative apply link against the base URL', () => {
    const { value: posting } = ok(readPosting({ ...seed, applyUrl: '../jobs/154006' }, { baseUrl: 'https://www.eng.ox.ac.uk/data/vacancies.json' }));
    expect(posting.applyUrl).to.equal('https://www.eng.ox.ac.uk/jobs/154006');
  });

  describe('contact', () => {
    const cases: [unknown, unknown][] = [
      ['philip.torr@eng.ox.ac.uk', { email: 'philip.torr@eng.ox.ac.uk' }],
      ['mailto:philip.torr@eng.ox.ac.uk', { email: 'philip.torr@eng.ox.ac.uk' }],
      ['Philip Torr <philip.torr@eng.ox.ac.uk>', { name: 'Philip Torr', email: 'philip.torr@eng.ox.ac.uk' }],
      [{ name: 'Philip Torr', email: 'philip.torr@eng.ox.ac.uk' }, { name: 'Philip Torr', email: 'philip.torr@eng.ox.ac.uk' }],
    ];
    for (const [input, expected] of cases) {
      it(JSON.stringify(input), () => {
        expect(ok(readPosting({ ...seed, contact: input })).value.contact).to.deep.equal(expected);
      });
    }
  });

  it('reads a salary given as figures', () => {
    const { value: posting, warnings } = ok(readPosting({ ...seed, salary: { min: 35326, max: 33309, currency: 'gbp', period: 'annum' } }));
    expect(posting.salary).to.deep.equal({ min: 33309, max: 35326, currency: 'GBP', period: 'year' });
    expect(warnings).to.deep.equal(['salary: min is more than max; swapped']);
  });

  it('keeps the description as Markdown text', () => {
    const { value: posting } = ok(readPosting({ ...seed, description: '**Bold** <b>not html</b>' }));
    expect(posting.description).to.equal('**Bold** <b>not html</b>');
    expect(posting.descriptionFormat).to.equal('markdown');
  });
});

describe('readPosting (schema.org JobPosting)', () => {
  const job = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Postdoctoral Research Assistant in Machine Learning',
    hiringOrganization: { '@type': 'Organization', name: 'University of Oxford' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Oxford', addressCountry: 'GB' } },
    baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 33309, maxValue: 35326, unitText: 'YEAR' } },
    employmentType: ['FULL_TIME', 'TEMPORARY'],
    datePosted: '2021-10-20T09:00:00Z',
    validThrough: '2021-11-15T12:00:00+00:00',
    url: 'https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_recruitment_id=154006',
    identifier: { '@type': 'PropertyValue', name: 'University of Oxford', value: '154006' },
    description: '<p>Research on <b>continual learning</b>.</p>',
    totalJobOpenings: 2,
  };

  it('maps every field', () => {
    const { value: posting, warnings } = ok(readPosting(job));
    expect(posting).to.deep.include({
      title: job.title,
      organization: 'University of Oxford',
      location: 'Oxford, GB',
      salary: { min: 33309, max: 35326, currency: 'GBP', period: 'year' },
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      posted: '2021-10-20',
      applyUrl: job.url,
      reference: '154006',
      positions: 2,
      description: job.description,
      descriptionFormat: 'html',
    });
    expect(toUtcIso(posting.deadline?.closesAt ?? NaN)).to.equal('2021-11-15T12:00:00Z');
    expect(warnings).to.deep.equal([]);
  });

  it('accepts a full schema.org type URL, a plain-text organisation and a number salary', () => {
    const { value: posting } = ok(
      readPosting({ ...job, '@type': 'https://schema.org/JobPosting', hiringOrganization: 'Oxford', baseSalary: { currency: 'GBP', value: 40000 } }),
    );
    expect(posting.organization).to.equal('Oxford');
    expect(posting.salary).to.deep.equal({ min: 40000, max: 40000, currency: 'GBP' });
  });

  it('drops a datePosted that is not a real date, with a warning, and refuses such a validThrough', () => {
    const { value: posting, warnings } = ok(readPosting({ ...job, datePosted: '2021-02-30' }));
    expect(posting.posted).to.equal(undefined);
    expect(warnings.join('\n')).to.match(/posted: "2021-02-30" is not a real date/);
    expect(error(readPosting({ ...job, validThrough: '2021-02-30' }))).to.match(/closes: "2021-02-30" is not a real date/);
  });

  it('still needs a title', () => {
    const { title: _title, ...untitled } = job;
    expect(error(readPosting(untitled))).to.match(/no title/);
  });
});
