/**
 * Reading a Markdown recruitment page — as the lab writes it by hand — into
 * vacancies (in the posting's JSON format) and notes.
 *
 * Structure comes from marked's token stream: each heading that introduces a
 * post is a vacancy, its section running to the next heading of the same or
 * a higher level; a section with neither a deadline nor an apply link is a
 * note. HTML comments are invisible and ignored.
 */

import { Lexer, type Token, type Tokens } from 'marked';
import { POSTING_FIELDS } from '../from-json.js';
import { SOURCE_UNSURE, SOURCE_WARNINGS } from '../posting.js';
import { findDeadlines, sentences } from './deadline-text.js';
import { findApplyLink, findContact, findContract, findFunding, findPositions, findSalary } from './extract.js';
import { inlineText, textBlocks, type TextBlock } from './inline-text.js';
import { UniqueIds, vacancyIdOf } from './ids.js';
import { fill, strings } from '../../strings.js';
import { quote } from '../quote.js';
import { slug } from '../vacancies.js';

/** One vacancy found in a document. */
export interface MarkdownVacancy {
  /** The CoreHR recruitment id when the apply link carries one, else a slug of the title. */
  id: string;
  /** The vacancy in the posting's JSON format, ready for `readPosting` (its warnings under {@link SOURCE_WARNINGS}). */
  fields: Record<string | symbol, unknown>;
  /** The words that stated the deadline, when one was found. */
  closesText?: string;
  /** Guesses that may be wrong, for the page's author. */
  warnings: string[];
}

/** A visible section that is not a vacancy: an introduction, a student invitation, a "no vacancies" notice. */
export interface MarkdownNote {
  /** The heading, or for text before the first heading its first sentence. */
  title: string;
  /** True for text before the first heading (an introduction, a "Last updated" line): it has no heading of its own. */
  intro?: boolean;
  /** The section's Markdown (without its heading). */
  markdown: string;
}

export interface MarkdownDocument {
  vacancies: MarkdownVacancy[];
  notes: MarkdownNote[];
}

export interface MarkdownOptions {
  /** Settles years that were not written: the occurrence nearest this instant. */
  now: number;
  /** Parsed YAML front matter; posting fields in it are defaults for every vacancy. */
  frontMatter?: Record<string, unknown>;
  /** What relative links resolve against. */
  baseUrl?: string;
}

interface Section {
  heading?: Tokens.Heading;
  depth: number;
  own: Token[];
  children: Section[];
}

/** A heading that names several posts: "Fellowships in A or B", "Two Postdoctoral Positions". */
const UMBRELLA = /\b(?:fellowships|positions|posts|vacancies|roles|opportunities)\b/i;

/**
 * "… in A or B" in a one-line heading: what `/\bin\s+.+\s+or\s+.+/` asks, as two
 * scans. The first "in" leaves the most room; " or " must follow it after at
 * least one more character and have one after it. The pattern itself tried
 * every split of the heading and took quadratic time on "in a in a in a …".
 */
function offersChoice(heading: string): boolean {
  const at = /\bin\s/i.exec(heading)?.index;
  if (at === undefined) return false;
  const or = /\sor\s./gi;
  or.lastIndex = at + 4;
  return or.test(heading);
}

/**
 * A sentence about several posts together: "These projects are in collaboration with …".
 * Each alternative ends its own spaces, so no two quantifiers share a run of them.
 */
const SHARED = /\b(?:(?:these|both)\s*|all\s+(?:the\s+)?|each\s+of\s+the\s*)(?:\w+\s+)?(?:projects|posts|positions|fellowships|roles|vacancies)\b/i;

const NO_VACANCIES = /\bno\s+(?:current\s+|open\s+)?(?:vacanc|positions|openings|posts\b)/i;

/** The front matter between `---` lines at the very start, and the body after it. */
export function splitFrontMatter(source: string): { yaml?: string; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  return m ? { yaml: m[1] ?? '', body: source.slice(m[0].length) } : { body: source };
}

function isComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--/.test(token.raw);
}

function buildTree(tokens: Token[]): Section {
  const root: Section = { depth: 0, own: [], children: [] };
  const stack: Section[] = [root];
  for (const token of tokens) {
    if (isComment(token)) continue;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      while ((stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
      const section: Section = { heading, depth: heading.depth, own: [], children: [] };
      (stack.at(-1) ?? root).children.push(section);
      stack.push(section);
    } else {
      (stack.at(-1) ?? root).own.push(token);
    }
  }
  return root;
}

/** Every token of a section below its heading, sub-headings included. */
function contentOf(section: Section): Token[] {
  return [...section.own, ...section.children.flatMap((c) => [c.heading as Token, ...contentOf(c)])];
}

function markdownOf(tokens: Token[]): string {
  return tokens.map((t) => t.raw).join('').trim();
}

const APPLY_IN_HEADING = /^\s*(?:apply(?:\s+(?:here|now|online))?|here)\s*$/i;

/** The heading as a title: no numbering, colon, count suffix or "Apply here" link. */
export function cleanTitle(heading: Tokens.Heading): { title: string; positions?: number; link?: string } {
  let link: string | undefined;
  const kept = heading.tokens.filter((t) => {
    if (t.type !== 'link') return true;
    const l = t as Tokens.Link;
    link ??= l.href;
    return !APPLY_IN_HEADING.test(inlineText(l.tokens));
  });
  let title = inlineText(kept).replace(/\s+/g, ' ').trim();
  // Spaces are single here, so the bounded runs below lose nothing; unbounded,
  // `\s*[(\[]?\s*[x×]` split a run of spaces every way (cubic).
  title = title.replace(/^(?:#\s?)?\d+\s?[.):]?\s/, '').replace(/[:–—-]\s?$/, '').trim();
  let positions: number | undefined;
  const count = /[(\[]?\s?[x×]\s?(\d{1,4})\s?[)\]]?$/i.exec(title);
  if (count?.[1]) {
    positions = Number(count[1]);
    title = title.slice(0, count.index).trim();
  }
  return { title, ...(positions ? { positions } : {}), ...(link ? { link } : {}) };
}

function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}

interface Signals {
  blocks: TextBlock[];
  deadlines: ReturnType<typeof findDeadlines>;
  applyUrl?: string;
}

/** Reads a Markdown document (front matter already split off and parsed). */
export function readMarkdown(body: string, options: MarkdownOptions): MarkdownDocument {
  const tokens = Lexer.lex(body, { gfm: true });
  const root = buildTree(tokens);
  const defaults: Record<string, unknown> = {};
  const fm = options.frontMatter ?? {};
  for (const key of POSTING_FIELDS) if (key !== 'title' && fm[key] !== undefined) defaults[key] = fm[key];

  const signals = (list: Token[], heading?: Tokens.Heading): Signals => {
    const blocks = textBlocks(list);
    const headingBlocks = heading ? textBlocks([heading]) : [];
    const applyUrl = (heading && cleanTitle(heading).link && findApplyLink(headingBlocks.map((b) => ({ ...b, links: b.links.map((l) => ({ ...l, text: 'Apply' })) })), options.baseUrl)) || findApplyLink(blocks, options.baseUrl);
    return { blocks, deadlines: findDeadlines(blocks.map((b) => b.text).join('\n'), options.now), ...(applyUrl ? { applyUrl } : {}) };
  };
  const hasSignal = (s: Signals): boolean =>
    s.deadlines.length > 0 || s.applyUrl !== undefined || defaults['closes'] !== undefined || defaults['applyUrl'] !== undefined;

  const doc: MarkdownDocument = { vacancies: [], notes: [] };
  const ids = new UniqueIds();

  const addVacancy = (heading: string, content: Token[], s: Signals, extra: { positions?: number } = {}): void => {
    const warnings: string[] = [];
    // "### One Year Fellowships in A or B" over a first line "Fellowship in A :":
    // the heading names several posts and the line names this one.
    const label = /^([^.!?:\n]{3,100}?)\s*:\s*$/.exec(s.blocks[0]?.text.split('\n')[0] ?? '')?.[1];
    const title = label && (UMBRELLA.test(heading) || offersChoice(heading)) ? label.trim() : heading;
    const fields: Record<string | symbol, unknown> = { ...defaults, title, [SOURCE_WARNINGS]: warnings };
    const [first, ...others] = s.deadlines;
    const sharedAt = s.blocks.findIndex((b) => SHARED.test(b.text));
    const deadlineAt = first ? s.blocks.findIndex((b) => b.text.includes(first.text)) : -1;
    let closesText: string | undefined;
    if (first) {
      fields['closes'] = first.closes;
      closesText = first.text;
      if (first.yearInferred) {
        warnings.push(`${quote(title)}: the closing date ${quote(first.text)} gives no year; read as ${first.closes.slice(0, 4)}`);
        fields[SOURCE_UNSURE] = fill(strings.unsureYear, { year: first.closes.slice(0, 4) });
      }
      const different = others.filter((o) => o.closes !== first.closes);
      if (different.length > 0) {
        warnings.push(`${quote(title)}: ${different.length + 1} different closing dates (${[first, ...different].map((d) => d.closes).join(', ')}); the first is used`);
      }
    } else if (defaults['closes'] === undefined) {
      warnings.push(`${quote(title)}: no closing date found; write e.g. "Only applications received before midday on 15 November 2021 can be considered"`);
    }
    if (s.applyUrl) fields['applyUrl'] = s.applyUrl;
    else if (defaults['applyUrl'] === undefined) warnings.push(`${quote(title)}: no apply link found; add e.g. "Apply [here](https://…)"`);
    const positions = extra.positions ?? findPositions(s.blocks);
    if (positions && positions > 1) fields['positions'] = positions;
    const salary = findSalary(s.blocks);
    if (salary && defaults['salary'] === undefined) fields['salary'] = salary;
    const contact = findContact(s.blocks);
    if (contact && defaults['contact'] === undefined) fields['contact'] = contact;
    const contract = findContract(s.blocks);
    if (contract && defaults['contract'] === undefined) fields['contract'] = contract;
    const funding = findFunding(s.blocks);
    if (funding && defaults['funding'] === undefined) fields['funding'] = funding;
    const description = markdownOf(content);
    if (description) fields['description'] = description;
    const id = ids.take(vacancyIdOf(s.applyUrl) ?? (slug(title) || `vacancy-${doc.vacancies.length + 1}`));
    doc.vacancies.push({ id, fields, ...(closesText ? { closesText } : {}), warnings });
    // A closing date stated after a sentence about several posts ("These projects …")
    // also closes the posts just before this one that state none.
    if (first && sharedAt >= 0 && sharedAt < deadlineAt) {
      for (let i = doc.vacancies.length - 2; i >= 0; i--) {
        const earlier = doc.vacancies[i];
        if (!earlier || earlier.fields['closes'] !== defaults['closes'] || earlier.closesText) break;
        earlier.fields['closes'] = first.closes;
        earlier.fields[SOURCE_UNSURE] = fill(strings.unsureShared, { title });
        earlier.closesText = first.text;
        const kept = earlier.warnings.filter((w) => !w.includes('no closing date found'));
        earlier.warnings.length = 0;
        earlier.warnings.push(...kept);
        earlier.warnings.push(`${quote(earlier.fields['title'])}: no closing date of its own; took ${quote(first.text)} from ${quote(title)}`);
      }
    }
  };

  const visit = (section: Section): void => {
    const heading = section.heading as Tokens.Heading;
    const { title, positions } = cleanTitle(heading);
    const content = contentOf(section);
    const whole = signals(content, heading);
    if (NO_VACANCIES.test(title) || !hasSignal(whole)) {
      doc.notes.push({ title, markdown: markdownOf(content) });
      return;
    }
    // An umbrella heading over several posts: each post is its own vacancy.
    const posts = section.children.filter((c) => hasSignal(signals(contentOf(c), c.heading)));
    if (posts.length >= 2) {
      const own = signals(section.own, heading);
      if (hasSignal(own)) addVacancy(title, section.own, own, positions ? { positions } : {});
      for (const child of section.children) visit(child);
      return;
    }
    addVacancy(title, content, whole, positions ? { positions } : {});
  };

  const intro = signals(root.own);
  if (root.children.length === 0) {
    // No headings: the whole page is one vacancy if it states one, else a note.
    if (hasSignal(intro) && !NO_VACANCIES.test(intro.blocks.map((b) => b.text).join(' '))) {
      const fmTitle = typeof fm['title'] === 'string' ? fm['title'].trim() : '';
      addVacancy(fmTitle || 'Vacancy', root.own, intro);
    } else if (intro.blocks.length > 0) {
      doc.notes.push({ title: firstSentence(intro.blocks[0]?.text ?? ''), intro: true, markdown: markdownOf(root.own) });
    }
    return doc;
  }
  if (intro.blocks.length > 0) {
    doc.notes.push({ title: firstSentence(intro.blocks[0]?.text ?? ''), intro: true, markdown: markdownOf(root.own) });
  }
  for (const section of root.children) visit(section);
  // Vacancies first, in document order; notes after them.
  return doc;
}
