/**
 * Where a post may start inside a section, and the words that name it:
 * a list item that leads with a link or bold text ("[Title](link) … closes
 * 30 June"), a bold line or bold link line, a front-matter title, or — when
 * nothing names the post — the job named in a prose sentence ("We are
 * seeking a Research Associate to join …").
 *
 * Whether a candidate is a post is decided by its evidence (a deadline, an
 * apply link) in from-markdown.ts; here are only the shapes and the names.
 */

import { Lexer, type Token, type Tokens } from 'marked';
import { numberWord } from '../number-words.js';
import { sentences } from './deadline-text.js';
import { inlineText } from './inline-text.js';
import { isInstitution, isLabel, JOB_TITLE, namesJob } from './job-words.js';

/** What a candidate leads with: its words, and the link they are when they are one. */
export interface Lead {
  text: string;
  href?: string;
  /** The line after a bold lead that ends in a colon ("**Title:** subtitle"). */
  rest?: string;
}

const SPACE = new Set(['space', 'br']);

/**
 * What an inline run leads with: a link (bold or not), or bold text. Leading
 * spaces are skipped; anything else first (plain words) means no lead.
 */
export function leadOf(tokens: Token[] | undefined): Lead | undefined {
  const list = (tokens ?? []).filter((t) => !(t.type === 'text' && (t as Tokens.Text).text.trim() === '') && !SPACE.has(t.type));
  const first = list[0];
  if (!first) return undefined;
  if (first.type === 'link') {
    const link = first as Tokens.Link;
    return { text: inlineText(link.tokens), href: link.href };
  }
  if (first.type === 'strong' || first.type === 'em') {
    const inner = (first as Tokens.Strong).tokens ?? [];
    const link = inner.length === 1 && inner[0]?.type === 'link' ? (inner[0] as Tokens.Link) : undefined;
    const text = inlineText(inner).trim();
    if (first.type === 'em' && !link) return undefined;
    // "**Title:** subtitle" on one line: the title runs on after the colon.
    const after = inlineText(list.slice(1)).split('\n')[0]?.trim() ?? '';
    const rest = /:$/.test(text) && after && !/[.!?]\s/.test(after) && after.length < 160 ? after : undefined;
    return { text, ...(link ? { href: link.href } : {}), ...(rest ? { rest } : {}) };
  }
  return undefined;
}

/**
 * The lead of a paragraph whose first line is all bold (a bold line or bold
 * link line), or that runs on from a bold job's name after a dash or stop
 * ("**Postdoctoral Fellow, Watershed Modelling** – posted 2 October …"),
 * else undefined.
 */
export function boldLineOf(token: Token): Lead | undefined {
  if (token.type !== 'paragraph') return undefined;
  const lead = leadOf((token as Tokens.Paragraph).tokens);
  if (!lead) return undefined;
  const firstLine = token.raw.trim().split('\n')[0]?.trim() ?? '';
  const bold = /^(?:\*\*|__)/.test(firstLine) && /(?:\*\*|__)[.:]?\\?$/.test(firstLine);
  const runIn = RUN_IN.test(firstLine) && namesJob(lead.text);
  return bold || runIn || lead.rest ? lead : undefined;
}

/** A line that opens with bold words and runs on after a dash or a stop: "**Title** – text", "**Title**. Text". */
const RUN_IN = /^(\*\*|__)[^*_\n]{3,200}\1\s?(?:[–—]|--?\s|[.:]\s)/;

/** The lead of a list item (its first paragraph or text). */
export function itemLeadOf(item: Tokens.ListItem): Lead | undefined {
  const first = item.tokens.find((t) => t.type !== 'space');
  return first && (first.type === 'text' || first.type === 'paragraph') ? leadOf((first as Tokens.Text).tokens) : undefined;
}

const COUNT_WORD = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * A count written around a title — "3 x Research Software Engineers",
 * "(Two posts) Research Fellow", "Research Assistant x2", "Research
 * Fellow, 2 posts" — taken out of it.
 */
export function takeCount(title: string): { title: string; positions?: number } {
  const count = (word: string): number => numberWord(word) ?? Number(word);
  const lead = LEADING_COUNT.exec(title);
  if (lead?.[1] && /\s$/.test(lead[0])) return { title: title.slice(lead[0].length).trim(), positions: count(lead[1]) };
  const posts = TRAILING_POSTS.exec(title);
  if (posts?.[1] && posts.index > 0) return { title: trimEndOf(title.slice(0, posts.index), ' ,(–—-').trim(), positions: count(posts[1]) };
  const trail = TRAILING_COUNT.exec(title);
  if (trail?.[1] && (trail.index === 0 || /[\s(\[]/.test(title[trail.index - 1] ?? ''))) {
    return { title: trimEndOf(title.slice(0, trail.index), ' ([').trim(), positions: Number(trail[1]) };
  }
  return { title };
}

/** "3 x ", "(Two posts) ": a count, its word, and what separates it from the title. */
const LEADING_COUNT = new RegExp(String.raw`^[\s(\[]{0,3}${COUNT_WORD}\s?(?:[x×]|posts?\b|positions?\b|vacancies\b)[\s)\]:–—-]*`, 'i');
/** ", 2 posts", " – two positions", " (3 vacancies)" at the end. */
const TRAILING_POSTS = new RegExp(String.raw`(?:,|\s[–—-]|\s?\()\s?${COUNT_WORD}\s(?:posts|positions|vacancies|openings|places)\)?$`, 'i');
/** " x2", " (×3)" at the end. */
const TRAILING_COUNT = /[x×]\s?(\d{1,2})[)\]\s]*$/i;

/** `text` without any of `chars` at its end. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** `text` without any of `chars` at its start. */
function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] ?? '')) start++;
  return text.slice(start);
}

/** Stray brackets and punctuation an author left at a title's ends. */
function trimEnds(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const unbalanced = (open: string, close: string): boolean => t.split(open).length < t.split(close).length;
  while (/[\])]$/.test(t) && unbalanced(t.endsWith(']') ? '[' : '(', t.endsWith(']') ? ']' : ')')) t = t.slice(0, -1).trim();
  t = trimEndOf(trimStartOf(t, ' *_:–—-'), ' *_:,;–—-');
  return (t.endsWith('.') ? t.slice(0, -1) : t).trim();
}

/**
 * A title out of the words that lead a candidate: without a count, a closing
 * date ("…, deadline 10 September 2023", "(closes 30 June)", "-- apply by …"),
 * an institution after a separator ("…: University of Hertfordshire"), or a
 * parenthesis of pay or term and what follows it ("(3 years, £33,797 - …)
 * based in …"), and only its first sentence.
 */
export function cleanLeadTitle(text: string): { title: string; positions?: number } {
  const counted = takeCount(text.slice(0, 500).replace(/\s+/g, ' ').trim());
  let t = counted.title;
  t = sentences(t)[0] ?? t;
  // A closing date said after the name: cut at its word, with the separator before it.
  const closing = CLOSING_WORDS.exec(t);
  if (closing && closing.index > 0) t = trimEndOf(t.slice(0, closing.index), ' ,;:(–—-');
  // A parenthesis of pay or term ("(3 years, £33,797 - £40,322)", "(0.8 FTE)") ends the name; "(2 posts)" was read by takeCount.
  for (let open = t.indexOf(' ('); open > 0; open = t.indexOf(' (', open + 1)) {
    const close = t.indexOf(')', open);
    const inside = t.slice(open + 2, close);
    if (close > open && /\d/.test(inside) && PAY_OR_TERM.test(inside) && !inside.includes('(')) {
      t = t.slice(0, open);
      break;
    }
  }
  // "Job opening: Postdoc in X", "Vacancy – Research Fellow": a label before the name goes.
  const label = /^([^:|–—]{2,40})(?:: | [|–—-] )/.exec(t);
  if (label?.[1] && isLabel(label[1]) && namesJob(t.slice(label[0].length))) t = t.slice(label[0].length);
  const parts = t.split(/[,:|] | [–—-] /).map((p) => p.trim());
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && isInstitution(last)) t = trimEndOf(t.slice(0, t.lastIndexOf(last)), ' ,:|–—-');
  return { title: trimEnds(t), ...(counted.positions ? { positions: counted.positions } : {}) };
}

/** What a parenthesis of figures after a name is about: pay or the term of the post. */
const PAY_OR_TERM = /[£$€]|\b(?:years?|months?|fte|grade|salary|p\.?a|per\s+annum|fixed[- ]term|full[- ]time|part[- ]time)\b/i;

/** Words that start a closing date written after a name. */
const CLOSING_WORDS = /\b(?:deadline|closing(?: date)?|closes|apply by|applications? close)\b/i;

/**
 * A front-matter title as the post's name: entities decoded by the caller;
 * a label or institution on one side of " | ", " - " or ": " is dropped
 * ("Job advertisement - Post-doctoral Research Fellow", "Postdoc in
 * philosophy of AI | University of Florida"). A label alone names nothing.
 */
export function frontMatterTitle(title: string): string | undefined {
  const t = title.slice(0, 300).replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const parts = t.split(/ \| | [–—-] |: /);
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    const drop = (s: string): boolean => isLabel(s) || isInstitution(s);
    if (drop(a) && !drop(b)) return trimEnds(b);
    if (drop(b) && !drop(a)) return trimEnds(a);
    if (drop(a) && drop(b)) return undefined;
  }
  return isLabel(t) || isInstitution(t) ? undefined : trimEnds(t);
}

/** A sentence that announces a post: "We are seeking a …", "recruiting a …", "looking to hire a …", "We have two open …". */
const ANNOUNCES = /\b(?:seek(?:ing|s)?|recruit(?:ing|s)?|hir(?:e|ing)|looking\s+for|advertising(?:\s+for)?|invites?\s+applications\s+for|we\s+have|there\s+(?:is|are)|offering)\s+(?:an?|one|two|three|four|five|several|multiple|the)\s+(?:open\s+|new\s+|funded\s+|fully[- ]funded\s+)?/i;
/**
 * Where a post's name ends in running text: "… to start in 2022", "… to
 * join …", "… who will …", "… in collaboration with …", "… based in …", "(i.e. …)", ", …".
 */
const NAME_ENDS = / (?:to (?:start|join|begin|commence|take\s+up|help|support|lead|be\s+based)|who|which|that|where|(?:in collaboration |jointly |together )?with|starting|based|from|as (?:a|an|part)|on a|for (?:a|an|the|up|one|two)\b)\b| ?[(,;:!?]|\.(?:\s|$)| [–—-] /i;

/**
 * The post named in prose, for a post with no title line: from the job word
 * after "seeking a", "recruiting a", "looking to hire a" to where the name
 * ends ("…to start in 2022", "(i.e. …)"). A name in lower case is given
 * capitals, as a title is written.
 */
export function proseTitle(text: string): string | undefined {
  const announce = ANNOUNCES.exec(text.slice(0, 20_000));
  if (!announce) return undefined;
  const after = (text.slice(announce.index + announce[0].length, announce.index + announce[0].length + 300).split('\n')[0] ?? '').replace(/\s+/g, ' ');
  const job = JOB_TITLE.exec(after);
  if (!job || job.index > 60) return undefined;
  const from = after.slice(job.index);
  const end = NAME_ENDS.exec(from.slice(job[0].length));
  const name = trimEnds(end ? from.slice(0, job[0].length + end.index) : from);
  if (!name || name.split(' ').length > 16) return undefined;
  return name === name.toLowerCase() && name.split(' ').length <= 4 ? name.replace(/\b\w/g, (c) => c.toUpperCase()) : name;
}

/** How many words may come before the job word in a name that opens a list item. */
const MAX_WORDS_BEFORE_JOB = 6;
/** Where a name that opens a list item ends: as in prose, and at any "to" clause ("PhD studentship in X to use …"), since an item's opening words name the post and its sentence goes on to describe it. */
const ITEM_NAME_ENDS = new RegExp(String.raw`${NAME_ENDS.source}| to [a-z]+\b`, 'i');

/**
 * The lead of a list item that opens with the name of a job in plain words
 * ("PhD studentship in the Crick's PhD programme to use …"): the name, up
 * to where its clause ends. Items that open otherwise ("Excellent
 * programming skills") have none.
 */
export function jobLeadOf(item: Tokens.ListItem): Lead | undefined {
  const first = item.tokens.find((t) => t.type !== 'space');
  if (!first || (first.type !== 'text' && first.type !== 'paragraph')) return undefined;
  const text = (inlineText((first as Tokens.Text).tokens).split('\n')[0]?.slice(0, 400) ?? '').replace(/\s+/g, ' ');
  const job = JOB_TITLE.exec(text);
  // The job's name opens the item: at most a few words ("Joint Crick-UCL PhD studentship") before its job word.
  if (!job || text.slice(0, job.index).split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_JOB) return undefined;
  const end = ITEM_NAME_ENDS.exec(text.slice(job.index + job[0].length));
  const name = trimEnds(end ? text.slice(0, job.index + job[0].length + end.index) : text);
  return name.split(' ').length <= 12 ? { text: name } : undefined;
}

/** A bold line that is a sentence ("**Here is the position description:**", "**Are you a graduate …?**"), not a name. */
const SENTENCE = /\b(?:is|are|was|we|you|our|your|here|this|please|will)\b|[?!]\s*$/i;

/**
 * The rows of a table of posts, each as a candidate: its first cell leads
 * (a link, bold text, or a job's name), and its scope is the row written as
 * "Header: cell" paragraphs, so "Closing date | 5 May 2025" reads as a
 * deadline and "Details | [Advert](…)" as a link beside its header.
 */
export function tableRows(table: Tokens.Table): { lead: Lead; tokens: Token[] }[] {
  const out: { lead: Lead; tokens: Token[] }[] = [];
  for (const row of table.rows) {
    const first = row[0];
    if (!first) continue;
    const words = inlineText(first.tokens).trim();
    const lead = leadOf(first.tokens) ?? (namesJob(words) ? { text: words } : undefined);
    if (!lead) continue;
    const markdown = row
      .map((cell, i) => {
        const header = inlineText(table.header[i]?.tokens).trim();
        return header ? `${header}: ${cell.text}` : cell.text;
      })
      .join('\n\n');
    out.push({ lead, tokens: Lexer.lex(markdown, { gfm: true }) });
  }
  return out;
}

/** A field label that introduces the post's name: "**Position:** Research Fellow", "**Job title:** …". */
const NAME_FIELD = /^(?:position|post|role|job(?:\s+title)?|title|vacancy|opening)\s*:$/i;

/** The name a lead gives: its words (and the rest of a "Title:" line), or what follows a name field. */
export function leadName(lead: Lead): { title: string; positions?: number } {
  if (lead.rest && NAME_FIELD.test(lead.text.trim())) return cleanLeadTitle(lead.rest);
  return cleanLeadTitle(lead.rest ? `${lead.text} ${lead.rest}` : lead.text);
}

/** Whether a lead may be a post's name (not a label such as "**Description**" or "**Contact:**"). */
export function mayName(lead: Lead): boolean {
  const text = lead.text.trim();
  if (lead.rest && NAME_FIELD.test(text)) return namesJob(lead.rest);
  if (text.length <= 2 || isLabel(text) || /^(?:https?:|www\.)/i.test(text)) return false;
  // "**Deadline:** 5 May", "**Salary: £36,000**": a field, not a name.
  const field = /^([^:]{1,30}):/.exec(text)?.[1];
  if (field && field.trim().split(/\s+/).length <= 3 && !namesJob(field)) return false;
  if (CLOSING_WORDS.exec(text)?.index === 0) return false;
  if (lead.href !== undefined || namesJob(text)) return text.length < 400;
  // A bold line that names no job and links nowhere names a project when it is a title's length; a short one is a pseudo-heading ("**Timeline**").
  const words = `${text} ${lead.rest ?? ''}`.trim().split(/\s+/).length;
  return text.length < 200 && words >= 4 && words < 24 && !SENTENCE.test(text);
}
