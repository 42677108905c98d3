/**
 * What the card already shows, left out of a vacancy's description so that
 * no fact is said twice: a paragraph that is only the salary (the card's
 * facts show it), or only a link to the apply address with "Apply here"
 * words (the Apply button). A paragraph that says anything more stays whole,
 * so nothing that only the lab's words carry is lost ("Please upload a
 * covering letter …" beside the deadline).
 */

import type { Token, Tokens } from 'marked';
import { inlineText, type FoundLink } from './inline-text.js';

/** What a card shows of a vacancy outside its description. */
export interface Shown {
  /** The salary as written in the text (SalaryFigures.text). */
  salary?: string;
  /** The apply link, as the reader resolved it. */
  applyUrl?: string;
  /** A link's href as the reader resolves apply links. */
  resolve: (href: string) => string | null;
}

// Words an "Apply here" line is made of, besides its link.
const APPLY_LINE = /^(?:please|click|apply|applications?|here|now|online|via|at|to|the|this|for|form|link|post|position|job|vacancy|and|more|details|information|[.,:;!()\s–-])*$/i;

/** `tokens` without the paragraphs that only repeat `shown`. */
export function withoutRepeats(tokens: Token[], shown: Shown): Token[] {
  return tokens.filter((token) => {
    if (token.type !== 'paragraph') return true;
    const links: FoundLink[] = [];
    const text = inlineText((token as Tokens.Paragraph).tokens, { list: links, at: 0 }).trim();
    if (shown.salary && text.includes(shown.salary) && /^[\s.,;:()]*$/.test(text.replace(shown.salary, ''))) return false;
    if (shown.applyUrl && links.length === 1 && links[0] && shown.resolve(links[0].href) === shown.applyUrl && /\bappl/i.test(text)) {
      return !APPLY_LINE.test(text.replace(links[0].text, ''));
    }
    return true;
  });
}
