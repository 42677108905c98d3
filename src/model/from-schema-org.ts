/**
 * A schema.org `JobPosting` mapped onto the posting's JSON fields, so one
 * validator reads both. Unknown schema.org properties are ignored.
 */

import { isObject, own } from './own.js';

type Json = Record<string, unknown>;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const nameOf = (v: unknown): unknown => (isObject(v) ? v['name'] : v);

/** Whether `value` declares itself a schema.org JobPosting. */
export function isSchemaOrgJobPosting(value: Json): boolean {
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /^(?:https?:\/\/schema\.org\/)?JobPosting$/.test(t));
}

function address(place: unknown): unknown {
  const p = first(place);
  const addr = isObject(p) ? (p['address'] ?? p['name']) : p;
  if (!isObject(addr)) return addr;
  const country = nameOf(addr['addressCountry']);
  const parts = [addr['addressLocality'], addr['addressRegion'], country].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
  return parts.length > 0 ? parts.join(', ') : undefined;
}

const UNITS: Record<string, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function salary(base: unknown): unknown {
  if (!isObject(base)) return base;
  const value = base['value'];
  const out: Json = { currency: base['currency'] };
  if (typeof value === 'number') {
    out['min'] = value;
    out['max'] = value;
  } else if (isObject(value)) {
    out['min'] = value['minValue'] ?? value['value'];
    out['max'] = value['maxValue'] ?? value['value'];
    const unit = value['unitText'];
    if (typeof unit === 'string') out['period'] = own(UNITS, unit.toUpperCase()) ?? unit.toLowerCase();
  }
  return out;
}

function identifier(id: unknown): unknown {
  if (isObject(id)) return id['value'] ?? id['name'];
  return id;
}

/** The posting fields a JobPosting carries. */
export function fromSchemaOrg(job: Json): Json {
  const fields: Json = {
    title: job['title'] ?? job['name'],
    organization: nameOf(job['hiringOrganization']),
    location: address(job['jobLocation']),
    salary: salary(job['baseSalary']),
    closes: job['validThrough'],
    applyUrl: job['url'],
    posted: job['datePosted'],
    reference: identifier(job['identifier']),
    description: job['description'],
    positions: job['totalJobOpenings'],
    employmentType: job['employmentType'],
    timeZone: job['timeZone'],
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return fields;
}
