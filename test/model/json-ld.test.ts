import { expect } from '@open-wc/testing';
import { readPosting } from '../../src/model/from-json.js';
import { jsonForScript, toJsonLd } from '../../src/model/json-ld.js';
import type { Posting } from '../../src/model/posting.js';
import { seed } from '../helpers.js';

const posting = (input: object): Posting => {
  const r = readPosting(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

// Google's documented properties for job postings.
const REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'];
const RECOMMENDED = ['validThrough', 'baseSalary', 'employmentType', 'identifier', 'directApply'];

describe('toJsonLd', () => {
  const full = posting({ ...seed, location: 'Central Oxford', posted: '2021-10-20' });

  it('fills every required and recommended property of the seed', () => {
    const { jsonLd, warnings } = toJsonLd(full, '<p>Continual learning.</p>');
    expect(warnings).to.deep.equal([]);
    for (const key of [...REQUIRED, ...RECOMMENDED]) expect(jsonLd, key).to.have.property(key);
    expect(jsonLd).to.deep.include({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Postdoctoral Research Assistant in Machine Learning',
      datePosted: '2021-10-20',
      validThrough: '2021-11-15T12:00:00Z',
      directApply: false,
      url: seed.applyUrl,
      totalJobOpenings: 2,
      employmentType: 'TEMPORARY',
    });
    expect(jsonLd['hiringOrganization']).to.deep.equal({ '@type': 'Organization', name: 'University of Oxford' });
    expect(jsonLd['jobLocation']).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Oxford', addressCountry: 'GB' } });
    expect(jsonLd['baseSalary']).to.deep.equal({
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', minValue: 33309, maxValue: 35326, unitText: 'YEAR' },
    });
    expect(jsonLd['identifier']).to.deep.equal({ '@type': 'PropertyValue', name: 'University of Oxford', value: '154006' });
  });

  it('names each required property it cannot fill', () => {
    const { warnings } = toJsonLd(posting({ title: 'Research Engineer', location: 'Remote-ish' }), undefined);
    expect(warnings).to.deep.equal([
      'structured data: "description" is required by job search engines; add a "description"',
      'structured data: "datePosted" is required by job search engines; add "posted" (the date it was advertised)',
      'structured data: "validThrough" is required by job search engines; add "closes"',
      'structured data: "hiringOrganization" is required by job search engines; add "organization"',
      'structured data: "jobLocation.address.addressCountry" is required by job search engines; add the country to "location" (e.g. "Remote-ish, GB")',
    ]);
  });

  it('reads a country code at the end of the location', () => {
    const { jsonLd } = toJsonLd(posting({ ...seed, location: 'Zürich, CH' }), '<p>x</p>');
    expect(jsonLd['jobLocation']).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Zürich', addressCountry: 'CH' } });
  });

  it('writes JSON that cannot close its script element', () => {
    expect(jsonForScript({ title: '</script><script>alert(1)</script>' })).to.equal('{"title":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
