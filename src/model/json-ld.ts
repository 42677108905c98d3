/**
 * A posting as schema.org JobPosting JSON-LD, for job search engines, with a
 * warning naming each required property that cannot be filled. Google's
 * required properties: title, description, datePosted, validThrough (when it
 * expires), hiringOrganization, jobLocation; recommended: baseSalary,
 * employmentType, identifier, directApply.
 */

import { toUtcIso } from './deadline.js';
import { vacancyIdOf } from './ids.js';
import type { Posting } from './posting.js';
import { parseSalary } from './salary.js';

const UNIT: Record<string, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };
const UK = /\b(?:oxford|cambridge|london|england|scotland|wales|united kingdom|u\.?k\.?|great britain|gb)\b/i;

function address(location: string | undefined): { locality?: string; country?: string } {
  if (!location) return {};
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts.at(-1) ?? '';
  const country = /^[A-Z]{2}$/.test(last) ? last : UK.test(location) ? 'GB' : undefined;
  const words = (country && /^[A-Z]{2}$/.test(last) ? parts.slice(0, -1) : parts).at(-1) ?? '';
  const locality = words.replace(/^(?:central|north|south|east|west|greater)\s+/i, '').trim();
  return { ...(locality ? { locality } : {}), ...(country ? { country } : {}) };
}

function employmentTypes(p: Posting): string[] | undefined {
  if (p.employmentType?.length) return p.employmentType.map((t) => t.toUpperCase());
  const words = `${p.hours ?? ''} ${p.contract ?? ''} ${p.description ?? ''}`.toLowerCase();
  const types = [];
  if (/\bfull[- ]time\b/.test(words)) types.push('FULL_TIME');
  if (/\bpart[- ]time\b/.test(words)) types.push('PART_TIME');
  if (/\bfixed[- ]term\b|\btemporary\b/.test(words)) types.push('TEMPORARY');
  return types.length ? types : undefined;
}

/** The JSON-LD and what could not be filled. `descriptionHtml` is the sanitised description. */
export function toJsonLd(p: Posting, descriptionHtml: string | undefined): { jsonLd: Record<string, unknown>; warnings: string[] } {
  const warnings: string[] = [];
  const missing = (property: string, hint: string): void => {
    warnings.push(`structured data: "${property}" is required by job search engines; ${hint}`);
  };
  const ld: Record<string, unknown> = { '@context': 'https://schema.org/', '@type': 'JobPosting', title: p.title };

  if (descriptionHtml) ld['description'] = descriptionHtml;
  else missing('description', 'add a "description"');
  if (p.posted) ld['datePosted'] = p.posted;
  else missing('datePosted', 'add "posted" (the date it was advertised)');
  if (p.deadline) ld['validThrough'] = toUtcIso(p.deadline.closesAt);
  else missing('validThrough', 'add "closes"');
  if (p.organization) ld['hiringOrganization'] = { '@type': 'Organization', name: p.organization };
  else missing('hiringOrganization', 'add "organization"');
  const where = address(p.location);
  if (where.locality || where.country) {
    ld['jobLocation'] = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(where.locality ? { addressLocality: where.locality } : {}),
        ...(where.country ? { addressCountry: where.country } : {}),
      },
    };
  }
  if (!where.locality) missing('jobLocation', 'add "location" (e.g. "Oxford, GB")');
  else if (!where.country) missing('jobLocation.address.addressCountry', `add the country to "location" (e.g. "${p.location}, GB")`);

  const figures = p.salary?.currency ? p.salary : p.salary?.text ? parseSalary(p.salary.text) : undefined;
  if (figures?.currency && (figures.min !== undefined || figures.max !== undefined)) {
    ld['baseSalary'] = {
      '@type': 'MonetaryAmount',
      currency: figures.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(figures.min !== undefined ? { minValue: figures.min } : {}),
        ...(figures.max !== undefined ? { maxValue: figures.max } : {}),
        ...(figures.period ? { unitText: UNIT[figures.period] } : {}),
      },
    };
  }
  const types = employmentTypes(p);
  if (types) ld['employmentType'] = types.length === 1 ? types[0] : types;
  const id = vacancyIdOf(p.applyUrl) ?? p.reference;
  if (id) ld['identifier'] = { '@type': 'PropertyValue', name: p.organization ?? 'Reference', value: id };
  // Candidates apply on the recruitment system, not on this page.
  ld['directApply'] = false;
  if (p.applyUrl) ld['url'] = p.applyUrl;
  if (p.positions > 1) ld['totalJobOpenings'] = p.positions;
  return { jsonLd: ld, warnings };
}

/** JSON text safe inside a <script> element: "<" never appears as itself. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
