/**
 * Reading a Markdown recruitment page — as labs write them by hand — into
 * vacancies (in the posting's JSON format) and notes.
 *
 * Structure comes from marked's token stream, raw HTML and template tags read
 * into the same tokens. Posts are found by evidence, not by heading alone:
 * candidates are headings, bold lines, list items that lead with a link or
 * bold text, and the front matter; a candidate is a post when its scope states
 * a deadline or an apply link (a heading that names a job may also say the
 * post is open now). A section label ("How to apply", "Open positions") never
 * titles a post that something better names, and the sections of one advert
 * ("About the role", "Applying") stay one post. History ("Previous openings",
 * "Filled") and "coming soon" never become cards. HTML comments are ignored.
 */

import { Lexer, type Token, type Tokens } from 'marked';
import { POSTING_FIELDS } from '../from-json.js';
import { SOURCE_UNSURE, SOURCE_WARNINGS, type Unsure } from '../posting.js';
import { type DeadlineOptions, type DeadlineReason, findDeadlines, sentences, UNSURE_CODES } from './deadline-text.js';
import { numericOrderIn } from './date-order.js';
import { findApplyLink, findContact, isRecruitmentUrl, isSpecificUrl, repairHref, findContract, findFunding, findPositions, findSalary } from './extract.js';
import { inlineText, textBlocks, unescapeHtml, type InlineTag, type TextBlock } from './inline-text.js';
import { boldLineOf, cleanLeadTitle, frontMatterTitle, itemLeadOf, jobLeadOf, leadName, mayName, proseTitle, tableRows, type Lead } from './candidates.js';
import { isComingSoon, isHistory, isLabel, namesJob } from './job-words.js';
import { expandTemplates } from './templates.js';
import { withoutRepeats } from './repeats.js';
import { httpUrl } from '../url.js';
import { slug, UniqueIds, vacancyIdOf } from '../ids.js';
import { quote } from '../quote.js';

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
  /**
   * Why this is a card, for `check --explain` and the playground: where its
   * title came from, and whether its deadline is its own, its group's or the
   * front matter's (absent when none was found).
   */
  found: Found;
}

/**
 * What the reader found for one vacancy, as data for `check --explain` and the
 * playground to word (the model holds no sentences): the title's source, the
 * deadline's source, the apply link and the links it was chosen over (at most
 * {@link MAX_OTHER_LINKS}), and the codes of what it is unsure about.
 */
export interface Found {
  title: TitleSource;
  deadline?: 'own' | 'shared' | 'page' | 'front-matter';
  apply?: { url: string; over: string[] };
  unsure?: (DeadlineReason['code'] | 'shared' | 'page')[];
}

/** Enough other links for an author to see what was passed over, few enough to read. */
export const MAX_OTHER_LINKS = 5;

/** Why a section is a note and not a vacancy: it is history, "coming soon", a "no vacancies" notice, text before the first heading, or has no deadline, apply link or open job title. */
export type NoteReason = 'history' | 'coming-soon' | 'no-vacancies' | 'intro' | 'no-evidence';

/** Where a vacancy's title came from: its heading, the line or item that leads it, the front matter, a sentence, or a label (nothing better). */
export type TitleSource = 'heading' | 'lead' | 'front-matter' | 'prose' | 'label';

/** A visible section that is not a vacancy: an introduction, a student invitation, a "no vacancies" notice. */
export interface MarkdownNote {
  /** The heading, or for text before the first heading its first sentence. */
  title: string;
  /** True for text before the first heading (an introduction, a "Last updated" line): it has no heading of its own. */
  intro?: boolean;
  /** The section's Markdown (without its heading). */
  markdown: string;
  /** Why it is not a vacancy, for `check --explain` and the playground. */
  reason: NoteReason;
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
  /**
   * The posting's zone (the element's `time-zone`), when the front matter
   * names none: numeric dates nothing on the page settles ("4/08/2024") are
   * read month first in the Americas' zones, day first elsewhere.
   */
  timeZone?: string;
  /**
   * The HTML reader (html-blocks.ts, its own chunk): raw HTML in the page is
   * read like Markdown with it. Without it, HTML blocks are skipped.
   */
  html?: HtmlReader;
  /**
   * Whether template tags (Liquid's `{% … %}`, Hugo's `{{< … >}}`) are read
   * as the built site would show them (the default, for a page's source).
   * False for text a site generator has already rendered, such as the Jekyll
   * include's `data-encoding="json"` Markdown: braces left in it are the
   * author's own words.
   */
  templates?: boolean;
}

/** What the reader needs of html-blocks.ts. */
export interface HtmlReader {
  htmlToMarkdown(html: string): string;
  inlineTag(raw: string): InlineTag | undefined;
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
 * A sentence about several posts together: "These projects are in collaboration with …".
 * Each alternative ends its own spaces, so no two quantifiers share a run of them.
 */
const SHARED = /\b(?:(?:these|both)\s*|all\s+(?:the\s+)?|each\s+of\s+the\s*)(?:\w+\s+)?(?:projects|posts|positions|fellowships|roles|vacancies)\b/i;

const NO_VACANCIES = /\bno\s+(?:current\s+|open\s+)?(?:vacanc|positions|openings|posts\b)/i;

/**
 * Words that say a post named by its heading is open now, when it states
 * neither a deadline nor an apply link ("we are currently looking for new PhD
 * students", "Now open for applications", "Two PhD scholarships are
 * available"). A standing invitation ("prospective postdocs should contact …",
 * "we are looking for candidates with …", "we are seeking fellowship
 * applicants") is not.
 */
const OPEN_NOW = /\b(?:currently\s+(?:looking|seeking|recruiting|advertising|hiring)|now\s+open|open\s+for\s+applications|invites?\s+applications|applications\s+are\s+(?:now\s+)?invited|(?:positions?|posts?|studentships?|scholarships?|fellowships?|vacanc(?:y|ies))\s+(?:is|are)\s+(?:now\s+)?available)\b/i;

/** Front-matter keys that state the deadline or the apply link under other names (Jekyll and Hugo themes). */
const DEADLINE_KEYS = ['deadline', 'closing_date', 'closingdate', 'closing', 'appldate', 'application_deadline', 'apply_by', 'applyby', 'expirydate', 'expiry_date', 'valid_through', 'validthrough'];
const LINK_KEYS = ['apply_url', 'applyurl', 'apply', 'apply_link', 'application_url', 'application_link', 'link', 'url', 'external_link', 'job_url'];
/** Front-matter text that may state the deadline in words ("subtitle: Deadline 11th December 2019"). */
const TEXT_KEYS = ['summary', 'subtitle', 'excerpt', 'description'];

/**
 * The front matter at the very start — YAML between `---` lines (Jekyll,
 * Hugo) or TOML between `+++` lines (Hugo) — and the body after it.
 */
export function splitFrontMatter(source: string): { yaml?: string; toml?: string; body: string } {
  const m = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!m) return { body: source };
  const toml = m[1] === '+++';
  const rest = source.slice(m[0].length);
  // The closing fence is the first line that is only the fence (an empty front matter closes at once).
  const fence = toml ? /^\+\+\+[ \t]*(?:\r?\n|$)/m : /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const end = fence.exec(rest);
  if (!end) return { body: source };
  const text = rest.slice(0, end.index).replace(/\r?\n$/, '');
  const body = rest.slice(end.index + end[0].length);
  return toml ? { toml: text, body } : { yaml: text, body };
}

function isComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--/.test(token.raw);
}

/** Gives each inline HTML tag under `tokens` what it means to the text reader (`tag`). */
function readInlineTags(tokens: Token[], html: HtmlReader): void {
  for (const token of tokens) {
    if (token.type === 'html' && !(token as Tokens.HTML).block) {
      const tag = html.inlineTag((token as Tokens.HTML).text);
      if (tag) (token as { tag?: InlineTag }).tag = tag;
    }
    const t = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (t.tokens) readInlineTags(t.tokens, html);
    if (t.items) readInlineTags(t.items, html);
    for (const cell of [...(t.header ?? []), ...(t.rows ?? []).flat()]) readInlineTags(cell.tokens, html);
  }
}

/** marked's tokens for a page, with template tags expanded and raw HTML read into the same tokens. */
function lexPage(body: string, html?: HtmlReader, templates = true): Token[] {
  const tokens = Lexer.lex(templates ? expandTemplates(body) : body, { gfm: true });
  if (!html) return tokens;
  const read = tokens.flatMap((t) => (t.type === 'html' && !isComment(t) ? Lexer.lex(html.htmlToMarkdown(t.raw), { gfm: true }) : [t]));
  readInlineTags(read, html);
  return read;
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
  // A post's tokens come without marked's 'space' tokens: every block is parted by a blank
  // line again, or "…partner.\n\nWith Prof. …" would run together as one paragraph.
  return tokens
    .filter((t) => t.type !== 'space')
    // trimEnd, not /\n+$/: that rescans a long run of blank lines inside a code block from each of them.
    .map((t) => t.raw.trimEnd())
    .join('\n\n')
    .trim();
}

const APPLY_IN_HEADING = /^\s*(?:apply(?:\s+(?:here|now|online))?|here)\s*$/i;

/** The heading as a title: no numbering, colon, count, "Apply here" link, closing date or trailing institution. */
export function cleanTitle(heading: Tokens.Heading): { title: string; positions?: number; link?: string } {
  let link: string | undefined;
  const kept = heading.tokens.filter((t) => {
    if (t.type !== 'link') return true;
    const l = t as Tokens.Link;
    link ??= l.href;
    return !APPLY_IN_HEADING.test(inlineText(l.tokens));
  });
  // "### 2. Title" and "### 2 Title" are numbered; "### 2 x Title" is counted (takeCount reads it).
  const text = inlineText(kept).replace(/\s+/g, ' ').trim().replace(/^(?:#\s*)?\d+\s*(?:[.):]\s+|\s(?![x×]\s))/, '');
  const { title, positions } = cleanLeadTitle(text);
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

type DeadlineFound = ReturnType<typeof findDeadlines>[number];

/** A post found on the page, before it is written out as a vacancy. */
interface Post {
  title: string;
  from: TitleSource;
  tokens: Token[];
  s: Signals;
  positions?: number;
  /** A closing date stated for a group of posts (a category heading or line), for a post that states none. */
  shared?: DeadlineFound;
}

/** A candidate inside a run of tokens: its lead, its scope, and the category line above it. */
interface Candidate {
  lead: Lead;
  tokens: Token[];
  category?: Token[];
}

/**
 * The candidates in a run of tokens, and the tokens that belong to none.
 * A bold line's scope runs to the next candidate or heading; a list item's is
 * the item. A bold line over a list of candidates is their category. History
 * ("Previous openings", "Filled") and "coming soon" parts are left out, up to
 * the next heading.
 */
function scan(list: Token[]): { candidates: Candidate[]; rest: Token[]; live: Token[] } {
  const candidates: Candidate[] = [];
  const rest: Token[] = [];
  const live: Token[] = [];
  let current: Candidate | undefined;
  let category: Token[] | undefined;
  /** The depth of the history heading being skipped (7 for a bold line: to the next heading), or 0. */
  let skipping = 0;
  const past = (text: string): boolean => isHistory(text) || isComingSoon(text);
  list.forEach((token, i) => {
    if (token.type === 'heading') {
      const { depth, text } = token as Tokens.Heading;
      current = undefined;
      category = undefined;
      if (skipping && depth > skipping) return;
      skipping = past(text) ? depth : 0;
      if (!skipping) rest.push(token);
      if (!skipping) live.push(token);
      return;
    }
    if (skipping || token.type === 'space') return;
    const bold = boldLineOf(token);
    if (bold && past(bold.text)) {
      skipping = 7;
      current = undefined;
      return;
    }
    live.push(token);
    if (bold) {
      const next = list.slice(i + 1).find((t) => t.type !== 'space');
      if (!bold.href && next?.type === 'list' && (next as Tokens.List).items.some((item) => itemLeadOf(item))) {
        category = [token];
        current = undefined;
        rest.push(token);
        return;
      }
      if (mayName(bold)) {
        current = { lead: bold, tokens: [token] };
        candidates.push(current);
        return;
      }
    }
    if (token.type === 'list') {
      const items = (token as Tokens.List).items;
      const leads = items.map((item) => itemLeadOf(item) ?? jobLeadOf(item));
      if (leads.some((l) => l && mayName(l))) {
        items.forEach((item, k) => {
          const lead = leads[k];
          if (lead && mayName(lead) && !past(item.text)) candidates.push({ lead, tokens: item.tokens, ...(category ? { category } : {}) });
        });
        current = undefined;
        category = undefined;
        return;
      }
    }
    if (token.type === 'table') {
      const rows = tableRows(token as Tokens.Table).filter((r) => mayName(r.lead));
      if (rows.length > 0) {
        candidates.push(...rows.map((r) => ({ ...r, ...(category ? { category } : {}) })));
        current = undefined;
        category = undefined;
        return;
      }
    }
    (current ? current.tokens : rest).push(token);
  });
  return { candidates, rest, live };
}

/** The facts the front matter states under Jekyll's and Hugo's names: the post's name, a deadline, an apply link. */
function frontMatterFacts(fm: Record<string, unknown>, now: number, dates: DeadlineOptions, baseUrl?: string): { title?: string; deadline?: DeadlineFound; applyUrl?: string } {
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
  const out: { title?: string; deadline?: DeadlineFound; applyUrl?: string } = {};
  const title = text(fm['title']);
  const named = title ? frontMatterTitle(unescapeHtml(title)) : undefined;
  if (named) out.title = named;
  for (const key of DEADLINE_KEYS) {
    const value = text(fm[key])?.trim();
    if (!value) continue;
    // Read by the same grammar as the text, so "2019-08-31", "31 August 2019" and "31/08/2019" all count.
    const found = findDeadlines(`Deadline: ${value}`, now, dates)[0];
    if (found) {
      out.deadline = found;
      break;
    }
  }
  if (!out.deadline) {
    for (const key of TEXT_KEYS) {
      const found = findDeadlines(text(fm[key]) ?? '', now, dates)[0];
      if (found) {
        out.deadline = found;
        break;
      }
    }
  }
  for (const key of LINK_KEYS) {
    const url = httpUrl(text(fm[key]) ?? '', baseUrl);
    if (url && /^https?:/.test(text(fm[key]) ?? '')) {
      out.applyUrl = url;
      break;
    }
  }
  return out;
}

/** Reads a Markdown document (front matter already split off and parsed). */
export function readMarkdown(body: string, options: MarkdownOptions): MarkdownDocument {
  const root = buildTree(lexPage(body, options.html, options.templates));
  const defaults: Record<string, unknown> = {};
  const fm = options.frontMatter ?? {};
  for (const key of POSTING_FIELDS) if (key !== 'title' && fm[key] !== undefined) defaults[key] = fm[key];
  // Numeric dates are read in one order on the whole page: the order a date
  // such as "13/8/2024" settles anywhere on it, else the posting's zone's.
  const zone = typeof fm['timeZone'] === 'string' ? fm['timeZone'] : options.timeZone;
  const order = numericOrderIn(body);
  const dates: DeadlineOptions = { ...(zone ? { timeZone: zone } : {}), ...(order ? { order } : {}) };
  const deadlinesIn = (text: string): DeadlineFound[] => findDeadlines(text, options.now, dates);
  const page = frontMatterFacts(fm, options.now, dates, options.baseUrl);

  const signals = (list: Token[], link?: string): Signals => {
    const blocks = textBlocks(list);
    const own = link ? findApplyLink([{ text: 'Apply', links: [{ href: link, text: 'Apply', context: 'Apply', offset: 0, autolink: false }] }], options.baseUrl) : undefined;
    const applyUrl = own ?? findApplyLink(blocks, options.baseUrl);
    return { blocks, deadlines: deadlinesIn(blocks.map((b) => b.text).join('\n')), ...(applyUrl ? { applyUrl } : {}) };
  };
  const hasSignal = (s: Signals): boolean =>
    s.deadlines.length > 0 || s.applyUrl !== undefined || defaults['closes'] !== undefined || defaults['applyUrl'] !== undefined;
  /** A section's signals with the closing date its heading states, when its text states none. */
  const withHeading = (s: Signals, heading: Tokens.Heading): Signals =>
    s.deadlines.length > 0 ? s : { ...s, deadlines: deadlinesIn(inlineText(heading.tokens)) };
  const textOf = (s: Signals): string => s.blocks.map((b) => b.text).join('\n');
  /** A candidate's own evidence: a deadline, an apply link in its words, or a lead link into a recruitment system. */
  const candidateSignals = (c: Candidate): Signals | undefined => {
    const leadUrl = c.lead.href ? httpUrl(repairHref(c.lead.href), options.baseUrl) : null;
    const lead = leadUrl && isRecruitmentUrl(leadUrl) && isSpecificUrl(leadUrl) ? c.lead.href : undefined;
    const s = signals(c.tokens, lead);
    const inWords = findApplyLink(s.blocks.map((b) => ({ ...b, links: b.links.filter((l) => l.href !== c.lead.href) })), options.baseUrl);
    if (s.deadlines.length > 0 || lead || inWords) return c.lead.href && !lead && !inWords ? signals(c.tokens, c.lead.href) : s;
    return undefined;
  };

  const doc: MarkdownDocument = { vacancies: [], notes: [] };
  const ids = new UniqueIds();
  const introDeadlines = root.children.length > 0 ? signals(root.own).deadlines : [];
  // One closing date stated before the first heading ("Both posts close on 30 June") is the posts' below that state none.
  const introDeadline = new Set(introDeadlines.map((d) => d.closes)).size === 1 ? introDeadlines[0] : undefined;
  const pageDeadline = page.deadline ?? introDeadline;

  const addVacancy = ({ title: heading, from, tokens: content, s, positions: counted, shared }: Post): void => {
    const warnings: string[] = [];
    // "### One Year Fellowships in A or B" over a first line "Fellowship in A:":
    // the heading names several posts and the line names this one.
    const label = /^([^.!?:\n]{3,100}?)\s*:\s*$/.exec(s.blocks[0]?.text.split('\n')[0] ?? '')?.[1];
    const title = label && UMBRELLA.test(heading) ? label.trim() : heading;
    const fields: Record<string | symbol, unknown> = { ...defaults, title, [SOURCE_WARNINGS]: warnings };
    const [own, ...others] = s.deadlines;
    const first = own ?? (defaults['closes'] === undefined ? (shared ?? pageDeadline) : undefined);
    const sharedAt = s.blocks.findIndex((b) => SHARED.test(b.text));
    const deadlineAt = own ? s.blocks.findIndex((b) => b.text.includes(own.text)) : -1;
    let closesText: string | undefined;
    if (first) {
      fields['closes'] = first.closes;
      closesText = first.text;
      const unsure = unsureOf(first) ?? (first === introDeadline ? ({ code: 'page' } as const) : undefined);
      if (unsure) fields[SOURCE_UNSURE] = unsure;
      if (first.yearInferred) warnings.push(`${quote(title)}: the closing date ${quote(first.text)} gives no year; read as ${first.closes.slice(0, 4)}`);
      for (const reason of first.reasons) {
        const advice = adviceFor(reason);
        if (advice) warnings.push(`${quote(title)}: ${quote(first.text)}: ${advice}`);
      }
      // "midnight UK time" on a date: the date closes at its end in the zone the text named.
      if (first.timeZone && DATE_ONLY.test(first.closes) && defaults['timeZone'] === undefined) fields['timeZone'] = first.timeZone;
      if (!own) warnings.push(`${quote(title)}: no closing date of its own; took ${quote(first.text)} from ${first === page.deadline ? 'the front matter' : first === introDeadline ? 'the introduction' : 'the posts\' heading'}`);
      // The front matter and the page's introduction disagree ("Deadline 11th December 2019" above, "December 11th 2020" below): say so.
      const other = first === page.deadline ? introDeadlines.find((d) => d.closes !== first.closes) : undefined;
      if (other) warnings.push(`${quote(title)}: the front matter closes ${first.closes} but the text says ${quote(other.text)}; the front matter is used`);
      const different = others.filter((o) => o.closes !== first.closes);
      if (different.length > 0) {
        warnings.push(`${quote(title)}: ${different.length + 1} different closing dates (${[first, ...different].map((d) => d.closes).join(', ')}); the first is used`);
      }
    } else if (defaults['closes'] === undefined) {
      warnings.push(`${quote(title)}: no closing date found; write e.g. "Only applications received before midday on 15 November 2021 can be considered"`);
    }
    const applyUrl = s.applyUrl ?? (defaults['applyUrl'] === undefined ? page.applyUrl : undefined);
    if (applyUrl) fields['applyUrl'] = applyUrl;
    else if (defaults['applyUrl'] === undefined) warnings.push(`${quote(title)}: no apply link found; add e.g. "Apply [here](https://…)"`);
    const positions = counted ?? findPositions(s.blocks);
    if (positions && positions > 1) fields['positions'] = positions;
    const salary = findSalary(s.blocks);
    if (salary && defaults['salary'] === undefined) fields['salary'] = salary;
    const contact = findContact(s.blocks);
    if (contact && defaults['contact'] === undefined) fields['contact'] = contact;
    const contract = findContract(s.blocks);
    if (contract && defaults['contract'] === undefined) fields['contract'] = contract;
    const funding = findFunding(s.blocks);
    if (funding && defaults['funding'] === undefined) fields['funding'] = funding;
    // What the card shows as facts and as its Apply button is not said again in the description.
    const description = markdownOf(withoutRepeats(content, { ...(salary ? { salary: salary.text } : {}), ...(applyUrl ? { applyUrl } : {}), resolve: (href) => httpUrl(repairHref(href), options.baseUrl) }));
    if (description) fields['description'] = description;
    const id = ids.take(vacancyIdOf(applyUrl) ?? (slug(title) || `vacancy-${doc.vacancies.length + 1}`));
    const deadline = own ? 'own' : !first ? undefined : first === page.deadline ? 'front-matter' : first === introDeadline ? 'page' : 'shared';
    const over = applyUrl ? otherLinks(s.blocks, applyUrl, options.baseUrl) : [];
    const unsure: NonNullable<Found['unsure']> = first
      ? [...(first.yearInferred ? ['year-inferred' as const] : []), ...first.reasons.map((r) => r.code).filter((c) => UNSURE_CODES.has(c) && c !== 'year-inferred'), ...(first === introDeadline ? ['page' as const] : [])]
      : [];
    const found: Found = { title: from, ...(deadline ? { deadline } : {}), ...(applyUrl ? { apply: { url: applyUrl, over } } : {}), ...(unsure.length ? { unsure } : {}) };
    doc.vacancies.push({ id, fields, ...(closesText ? { closesText } : {}), warnings, found });
    // A closing date stated after a sentence about several posts ("These projects …")
    // also closes the posts just before this one that state none.
    // The sentence must be in the deadline's paragraph or the one just before it.
    if (own && sharedAt >= 0 && sharedAt <= deadlineAt && deadlineAt - sharedAt <= 1) {
      for (let i = doc.vacancies.length - 2; i >= 0; i--) {
        const earlier = doc.vacancies[i];
        if (!earlier || earlier.fields['closes'] !== defaults['closes'] || earlier.closesText) break;
        earlier.fields['closes'] = own.closes;
        earlier.fields[SOURCE_UNSURE] = { code: 'shared', title } satisfies Unsure;
        earlier.closesText = own.text;
        earlier.found.deadline = 'shared';
        earlier.found.unsure = [...(earlier.found.unsure ?? []), 'shared'];
        const kept = earlier.warnings.filter((w) => !w.includes('no closing date found'));
        earlier.warnings.length = 0;
        earlier.warnings.push(...kept);
        earlier.warnings.push(`${quote(earlier.fields['title'])}: no closing date of its own; took ${quote(own.text)} from ${quote(title)}`);
      }
    }
  };

  /**
   * The posts in one scope (a section, or the whole page): several
   * candidates with evidence under a label are several posts, sharing the
   * scope's closing date when they state none; else the scope is one post if
   * it has evidence, named by its heading unless that is a label — then by
   * the one candidate that names it, `fallback` (the front-matter title), or
   * the job named in its prose.
   */
  const readScope = (tokens: Token[], heading: { title?: string; positions?: number; link?: string; text?: string }, fallback?: string): Post[] => {
    // A closing date in the heading ("PhD studentships (closing date 9 January)") closes what is under it.
    const headingDeadlines = heading.text ? deadlinesIn(heading.text) : [];
    const { candidates, rest, live } = scan(tokens);
    const found = candidates.flatMap((c) => {
      const s = candidateSignals(c);
      return s ? [{ c, s }] : [];
    });
    const labelled = heading.title === undefined || isLabel(heading.title);
    // Several posts under a label, an umbrella heading, or each with its own apply link.
    const ownLinks = new Set(found.map(({ s }) => s.applyUrl));
    if (found.length >= 2 && (labelled || UMBRELLA.test(heading.title ?? '') || (ownLinks.size === found.length && !ownLinks.has(undefined)))) {
      const scopeDeadline = signals(rest).deadlines[0] ?? headingDeadlines[0];
      return found.map(({ c, s }) => ({
        ...leadName(c.lead),
        from: 'lead' as const,
        tokens: c.tokens,
        s,
        shared: (c.category ? signals(c.category).deadlines[0] : undefined) ?? scopeDeadline,
      }));
    }
    const whole = signals(live, heading.link);
    if (whole.deadlines.length === 0) whole.deadlines = headingDeadlines;
    const single = found.length === 1 ? found[0] : undefined;
    // The one post named in the scope: its own link is the apply link.
    if (single?.s.applyUrl) whole.applyUrl = single.s.applyUrl;
    const open = heading.title !== undefined && namesJob(heading.title) && OPEN_NOW.test(textOf(whole));
    if (!hasSignal(whole) && !open) return [];
    const named = !labelled ? { title: heading.title ?? '', ...(heading.positions ? { positions: heading.positions } : {}) } : undefined;
    const prose = proseTitle(textOf(whole));
    const firstHeading = live.find((t): t is Tokens.Heading => t.type === 'heading');
    // "## Vacancies" over one "### Research Fellow in …": the heading below the label names the post.
    const below = labelled ? live.filter((t): t is Tokens.Heading => t.type === 'heading').map(cleanTitle).find((h) => !isLabel(h.title) && namesJob(h.title)) : undefined;
    const title: { title: string; positions?: number; from: TitleSource } = (named && { ...named, from: 'heading' }) ??
      (below && { title: below.title, ...(below.positions ? { positions: below.positions } : {}), from: 'heading' }) ??
      (single && { ...leadName(single.c.lead), from: 'lead' }) ??
      (fallback !== undefined ? { title: fallback, from: 'front-matter' } : undefined) ??
      (prose !== undefined ? { title: prose, from: 'prose' } : undefined) ?? { title: heading.title ?? (firstHeading ? cleanTitle(firstHeading).title : 'Vacancy'), from: 'label' };
    return [{ ...title, tokens: live, s: whole }];
  };

  /** Whether a heading names a post: not a label, and a job word or evidence of its own. */
  const namesPost = (section: Section): boolean => {
    const { title, link } = cleanTitle(section.heading as Tokens.Heading);
    if (isLabel(title) || isHistory(title) || isComingSoon(title)) return false;
    const s = withHeading(signals(section.own, link), section.heading as Tokens.Heading);
    return namesJob(title) || s.deadlines.length > 0 || s.applyUrl !== undefined;
  };
  const allSections = (s: Section): Section[] => s.children.flatMap((c) => [c, ...allSections(c)]);

  const visit = (section: Section): void => {
    const heading = section.heading as Tokens.Heading;
    const cleaned = cleanTitle(heading);
    const content = contentOf(section);
    const past = isHistory(cleaned.title) || isComingSoon(cleaned.title);
    const whole = withHeading(signals(content, cleaned.link), heading);
    const open = namesJob(cleaned.title) && OPEN_NOW.test(textOf(whole));
    if (past || NO_VACANCIES.test(cleaned.title) || (!hasSignal(whole) && !open)) {
      const reason = past ? pastReason(cleaned.title) : NO_VACANCIES.test(cleaned.title) ? 'no-vacancies' : 'no-evidence';
      doc.notes.push({ title: cleaned.title, markdown: markdownOf(content), reason });
      return;
    }
    // An umbrella heading over several posts: each post is its own vacancy.
    const posts = section.children.filter((c) => {
      const t = cleanTitle(c.heading as Tokens.Heading);
      const s = withHeading(signals(contentOf(c), t.link), c.heading as Tokens.Heading);
      return !isHistory(t.title) && (hasSignal(s) || (namesJob(t.title) && OPEN_NOW.test(textOf(s))));
    });
    if (posts.length >= 2) {
      const own = signals(section.own, cleaned.link);
      if (own.applyUrl !== undefined) for (const post of readScope(section.own, { ...cleaned, text: heading.text })) addVacancy(post);
      for (const child of section.children) visit(child);
      return;
    }
    const found = readScope(content, { ...cleaned, text: heading.text });
    if (found.length === 0) doc.notes.push({ title: cleaned.title, markdown: markdownOf(content), reason: 'no-evidence' });
    for (const post of found) addVacancy(post);
  };

  const introNote = (): void => {
    const intro = textBlocks(root.own);
    if (intro.length > 0) doc.notes.push({ title: firstSentence(intro[0]?.text ?? ''), intro: true, markdown: markdownOf(root.own), reason: 'intro' });
  };

  // No heading names a post: the page is one scope (an advert in sections
  // such as "About the role" and "How to apply", or a list of posts under
  // labels), named by its front matter when nothing in it names the post.
  if (!allSections(root).some(namesPost)) {
    const all = [...root.own, ...root.children.flatMap((c) => [c.heading as Token, ...contentOf(c)])];
    const none = NO_VACANCIES.test(`${page.title ?? ''} ${textBlocks(all).map((b) => b.text).join(' ').slice(0, 2000)}`) && !scan(all).candidates.length;
    const posts = none ? [] : readScope(all, {}, page.title);
    if (posts.length > 0) {
      for (const post of posts) addVacancy(post);
      // Beside several posts, a section that states nothing of its own (an invitation to students) is a note; history always is.
      const note = (section: Section): void => {
        const cleaned = cleanTitle(section.heading as Tokens.Heading);
        if (isHistory(cleaned.title) || isComingSoon(cleaned.title)) {
          doc.notes.push({ title: cleaned.title, markdown: markdownOf(contentOf(section)), reason: pastReason(cleaned.title) });
          return;
        }
        const quiet = posts.length > 1 && textBlocks(section.own).length > 0 && !hasSignal(signals(section.own, cleaned.link)) && !scan(section.own).candidates.length;
        if (quiet) doc.notes.push({ title: cleaned.title, markdown: markdownOf(section.own), reason: 'no-evidence' });
        section.children.forEach(note);
      };
      root.children.forEach(note);
      return doc;
    }
    // A post the front matter states (a name, and a deadline or an apply link): the body, if any, describes it (a Jekyll or Hugo post per job).
    if (!none && page.title && (page.deadline || page.applyUrl)) {
      addVacancy({ title: page.title, from: 'front-matter', tokens: all, s: signals(all) });
      return doc;
    }
    if (root.children.length === 0) {
      introNote();
      return doc;
    }
  }
  introNote();
  for (const section of root.children) visit(section);
  // Vacancies first, in document order; notes after them.
  return doc;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A history or "coming soon" heading's reason code. */
function pastReason(title: string): NoteReason {
  return isHistory(title) ? 'history' : 'coming-soon';
}

/** The web links in a scope other than the chosen apply link, once each, in document order, capped for reading. */
function otherLinks(blocks: TextBlock[], chosen: string, baseUrl: string | undefined): string[] {
  const out = new Set<string>();
  for (const b of blocks) {
    for (const l of b.links) {
      const url = httpUrl(repairHref(l.href), baseUrl);
      if (url && url !== chosen) out.add(url);
      if (out.size >= MAX_OTHER_LINKS) return [...out];
    }
  }
  return [...out];
}

/** What the card should say it is unsure of in a deadline: an inferred year first, then the first unsure reason. */
function unsureOf(found: DeadlineFound): Unsure | undefined {
  if (found.yearInferred) return { code: 'year-inferred', year: Number(found.closes.slice(0, 4)) };
  for (const reason of found.reasons) {
    if (reason.code === 'day-month-order') return { code: reason.code, other: reason.other };
    if (reason.code === 'midnight' || reason.code === 'review-start') return reason;
  }
  return undefined;
}

/** What the page's author should know of an unsure reading, and how to settle it; undefined when nothing is unsure. */
function adviceFor(reason: DeadlineReason): string | undefined {
  switch (reason.code) {
    case 'day-month-order':
      return `numbers that read both ways; read ${reason.read === 'day-first' ? 'day' : 'month'} first${reason.other ? `, not as ${reason.other}` : ''}: write the month in words`;
    case 'midnight':
      return reason.read === 'end-of-day' ? 'midnight: read as the end of that day; write e.g. "23:59 on 22 May" to be exact' : '12:00am: read as the start of that day';
    case 'review-start':
      return 'the day review of applications begins, not a closing date; shown as the deadline';
    default:
      return undefined;
  }
}
