/** The card's words for a posting's fields, worked out once per reading and language rather than on every tick. */

import { errorMessage } from './load/load-error.js';
import { capitalize, formatDate, formatEmploymentType, formatFunding, formatPositions, formatSalary } from './model/format.js';
import type { Posting } from './model/posting.js';
import { fill, strings } from './strings.js';

/** The card's words for a posting's fields, and why any field was left out. */
export interface Words {
  meta: string[];
  facts: string[];
  warnings: string[];
}

export const NO_WORDS: Words = { meta: [], facts: [], warnings: [] };

/**
 * A field its formatter cannot word (a lookup table or Intl refusing a value
 * the reader let through) is left out with a warning naming it, so no
 * optional field can blank the card.
 */
export function wordsFor(p: Posting, locale: string | undefined): Words {
  const warnings: string[] = [];
  const word = (field: string, make: () => string): string => {
    try {
      return make();
    } catch (error) {
      warnings.push(`${field}: could not be shown (${errorMessage(error)}); left out`);
      return '';
    }
  };
  const { salary, employmentType, posted } = p;
  const meta = [
    p.positions > 1 ? word('positions', () => formatPositions(p.positions, locale)) : '',
    p.organization,
    p.department,
    p.location,
  ].filter((m): m is string => Boolean(m));
  const facts = [
    salary ? word('salary', () => formatSalary(salary, locale)) : '',
    p.contract ? capitalize(p.contract) : '',
    p.hours ? capitalize(p.hours) : '',
    employmentType ? word('employmentType', () => formatEmploymentType(employmentType)) : '',
    p.funding ? formatFunding(p.funding) : '',
    p.reference ? fill(strings.reference, { reference: p.reference }) : '',
    posted ? word('posted', () => fill(strings.posted, { date: formatDate(posted, locale) })) : '',
  ].filter(Boolean);
  return { meta, facts, warnings };
}

/** The informal-enquiries contact as shown: "Name (email)", or the email alone. */
export function contactName(contact: NonNullable<Posting['contact']>): string {
  return contact.name ? `${contact.name} (${contact.email})` : contact.email;
}
