/**
 * Facts read out of a vacancy's text: the apply link, salary, contact,
 * contract, funding and number of posts. Each takes the section's text
 * blocks and returns what it found, or undefined.
 */

import { numberWord } from '../number-words.js';
import { parseSalary, type SalaryFigures } from '../salary.js';
import { httpUrl } from '../url.js';
import { sentences } from './deadline-text.js';
import type { FoundLink, TextBlock } from './inline-text.js';

/** Link words that say "apply": "Apply", "Apply now", "Online application", "application submission link". */
const APPLY_TEXT = /^\s*(?:apply(?:\s+(?:here|now|online|today))?|application\s+form|online\s+application)\s*[.!:]?\s*$/i;
const APPLY_WORDS = /\bapply\b|\bapplication\s+(?:form|portal|submission|link|system)\b|\bonline\s+application\b/i;
/** Link words that point to the post's page: "here", "click here", "official advert", "more information", "details". */
const HERE_TEXT = /^\s*(?:(?:click\s+)?here|(?:the\s+)?official\s+(?:site|page|website|advert(?:isement)?|job\s+(?:posting|advert)|posting)|this\s+link|link|details|(?:more|further|full)\s+(?:information|details)|(?:know|read|learn)\s+more|advert(?:isement)?|job\s+advert)\b[^[\]]{0,60}$/i;
const APPLY_CONTEXT = /\b(?:appl(?:y|ication|icants?)|refer\s+to|official\s+(?:site|page|website|job)|advert(?:isement)?)\b/i;
/** A bare URL's sentence about applying: "Source and application: https://…" (not "webpage for applicants: …"). */
const BARE_CONTEXT = /\b(?:apply|application|advert(?:isement)?)\b/i;
/** The sentence that states the closing date: its link is the post's. */
const DEADLINE_CONTEXT = /\b(?:deadline|closing\s+date|closes)\b/i;
const RECRUITMENT_URL = /corehr\.com\/|\/jobs?\/|job[-_]?detail|vacanc|recruit(?:ment)?[/.?]|\bjobs\.|apply/i;
/**
 * Recruitment systems and job boards (CoreHR, Jobtrain, Stonefish, tal.net,
 * Oracle CandidateExperience, Workday, iCIMS, Taleo, jobs.ac.uk, university
 * job sites, AcademicTransfer, findaphd, academicjobsonline …), and job pages
 * by their paths.
 */
const RECRUITMENT_HOST =
  /(?:^|\.)(?:corehr\.com|jobtrain\.co\.uk|tal\.net|myworkdayjobs\.com|icims\.com|taleo\.net|jobs\.ac\.uk|academictransfer\.com|findaphd\.com|academicjobsonline\.org|hr-manager\.net|successfactors\.(?:com|eu)|pageuppeople\.com|wcn\.co\.uk)$|^(?:www\.)?(?:jobs?|careers?|vacancies|recruitment|[\w-]{0,40}careers?)[.-]|stonefish/i;
const RECRUITMENT_PATH =
  /\/(?:jobs?|vacanc(?:y|ies)|postings?|studentships?|jobdetail|job[-_]details?)\b|\/careers?\/[\w-]{0,60}(?:job|vacanc)|candidateexperience|erq_jobspec|p_recruitment_id|vacancyid=|jobid=/i;
const JOB_DESCRIPTION = /\bjob\s+description\b|\bfurther\s+particulars\b|\bdownload\b/i;
const DOCUMENT_URL = /\.(?:pdf|docx?|odt|rtf|zip)(?:[?#]|$)/i;

/**
 * Whether `url` points at one thing rather than a site's front page or a
 * list: a path of two or more parts, a query, or a number ("/job/35303/",
 * "?JobId=26354"), not "https://www.jobs.ac.uk/" or "/vacancies/".
 */
export function isSpecificUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return search.length > 1 || /\d/.test(pathname) || pathname.split('/').filter(Boolean).length >= 2;
  } catch {
    return false;
  }
}

/** Whether `url` is a recruitment system's or a job page's. */
export function isRecruitmentUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return RECRUITMENT_HOST.test(parsed.hostname) || RECRUITMENT_PATH.test(`${parsed.pathname}${parsed.search}`.slice(0, 2000));
}

/**
 * A link target as its author meant it: "[url](url2)" pasted as a target
 * means url2, and stray "[", "<" or ">" around a URL are dropped.
 */
export function repairHref(href: string): string {
  const nested = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)$/.exec(href.trim());
  return trimEnds(nested?.[1] ?? href);
}

/**
 * `href` without leading "[", "<" or spaces and trailing "]", ">" or
 * spaces, by index: `/[\]>\s]+$/` restarts at every "]" of a long run and
 * takes quadratic time.
 */
function trimEnds(href: string): string {
  let start = 0;
  let end = href.length;
  while (start < end && /[[<\s]/.test(href.charAt(start))) start++;
  while (end > start && /[\]>\s]/.test(href.charAt(end - 1))) end--;
  return href.slice(start, end);
}

/**
 * The sentence of a block's text around a text offset (a link's), else the
 * whole text. The block is split once, not again for each of its links: a
 * paragraph of ten thousand links took seconds.
 */
function sentencesOf(text: string): (offset: number) => string {
  const spans: { at: number; sentence: string }[] = [];
  let start = 0;
  for (const sentence of sentences(text)) {
    const at = text.indexOf(sentence, start);
    spans.push({ at, sentence });
    start = at + sentence.length;
  }
  return (offset) => {
    // The first sentence that ends at or after the offset, if it starts by then.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const span = spans[mid];
      if (span.at + span.sentence.length < offset) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo];
    return span && span.at <= offset ? span.sentence : text;
  };
}

/**
 * The link a candidate follows to apply: a link that says "Apply", a "here"
 * or "official site" link in a sentence about applying, or a bare
 * recruitment-system URL. Never a job-description download or a mailto.
 */
export function findApplyLink(blocks: TextBlock[], baseUrl?: string): string | undefined {
  let best: { url: string; score: number } | undefined;
  const split = new Map<string, (offset: number) => string>();
  const sentenceAround = (link: FoundLink): string => {
    let around = split.get(link.context);
    if (!around) split.set(link.context, (around = sentencesOf(link.context)));
    return around(link.offset);
  };
  for (const block of blocks) {
    for (const link of block.links) {
      const url = httpUrl(repairHref(link.href), baseUrl);
      if (!url) continue;
      const sentence = sentenceAround(link);
      if (JOB_DESCRIPTION.test(link.text) || DOCUMENT_URL.test(url)) continue;
      const text = link.text.trim();
      const bare = link.autolink || text === link.href || /^(?:https?:\/\/|www\.)\S+$/i.test(text);
      const applying = APPLY_CONTEXT.test(sentence);
      let score = 0;
      if (APPLY_TEXT.test(text)) score = 90;
      else if (APPLY_WORDS.test(text) && text.length < 80) score = 85;
      else if (HERE_TEXT.test(text) && applying) score = 80;
      else if (RECRUITMENT_URL.test(url) && (bare || applying)) score = 70;
      else if (isRecruitmentUrl(url) && isSpecificUrl(url)) score = 65;
      else if (bare && BARE_CONTEXT.test(sentence)) score = 60;
      else if (/\b(?:to\s+apply|apply\s+(?:via|through|at|on|using|online))\b/i.test(sentence) && !/^(?:e-?mail|contact)/i.test(text)) score = 55;
      else if (DEADLINE_CONTEXT.test(sentence) && !bare) score = 45;
      else if (HERE_TEXT.test(text) && !/^link$/i.test(text)) score = 40;
      if (score > (best?.score ?? 0)) best = { url, score };
    }
  }
  return best?.url;
}

/**
 * An address in running text. It starts only where a run of address
 * characters starts (the lookbehind): from inside "a.a.a.a…" the pattern
 * would scan the rest of the run again at every character.
 */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The informal-enquiries contact: `{ email, name? }`. */
export function findContact(blocks: TextBlock[]): { name?: string; email: string } | undefined {
  for (const block of blocks) {
    const mailto = mailtoLinks(block.links);
    for (const sentence of sentences(block.text)) {
      if (!/\b(?:enquir|inquir|contact|questions?\b|reach\s+out)/i.test(sentence)) continue;
      for (const link of mailto) {
        if (!sentence.includes(link.text)) continue;
        const email = link.href.slice(7).split('?')[0] ?? '';
        const name = EMAIL.test(link.text) || /^(?:e-?mail|here|link)$/i.test(link.text.trim()) ? undefined : link.text.trim();
        return name ? { name, email } : { email };
      }
      const email = sentence.match(EMAIL)?.[0];
      if (email) return { email: email.replace(/\.$/, '') };
    }
  }
  return undefined;
}

/** Most mailto links a block's sentences are searched for (a real paragraph has one or two). */
const MAX_MAILTO_LINKS = 50;

/**
 * A block's mailto links, the first for each text, in order. A sentence is
 * searched for each link's text: without the bound, ten thousand enquiry
 * sentences and ten thousand links took seconds.
 */
function mailtoLinks(links: FoundLink[]): FoundLink[] {
  const seen = new Set<string>();
  const kept: FoundLink[] = [];
  for (const link of links) {
    if (kept.length === MAX_MAILTO_LINKS) break;
    if (!link.href.toLowerCase().startsWith('mailto:') || seen.has(link.text)) continue;
    seen.add(link.text);
    kept.push(link);
  }
  return kept;
}

/** A salary written in the text: "Grade 7: £33,309 - £35,326 per annum". */
export function findSalary(blocks: TextBlock[]): SalaryFigures | undefined {
  for (const block of blocks) {
    const found = parseSalary(block.text);
    if (found) return found;
  }
  return undefined;
}

/** "fixed-term for 2 years in the first instance". */
export function findContract(blocks: TextBlock[]): string | undefined {
  for (const block of blocks) {
    const fixed = /\bfixed[- ]term\b[^.;!?\n]*/i.exec(block.text);
    // "(?<!\s)": tried once per run of spaces, not again from each space in it.
    if (fixed) return fixed[0].replace(/(?<!\s)\s+(?:with\s+(?:the\s+)?funding|and\s+(?:is\s+)?funded|funded\s+by|and\s+is\s+based)\b.*$/i, '').trim();
    const duration = /\b(?:is|are)\s+(for\s+(?:one|two|three|four|five|six|\d+)\s+(?:years?|months?)\b[^.;!?\n]*)/i.exec(block.text);
    if (duration?.[1]) return duration[1].trim();
  }
  return undefined;
}

/** Who funds the post: "EPSRC", "Microsoft". */
export function findFunding(blocks: TextBlock[]): string | undefined {
  for (const block of blocks) {
    const m = /\b(?:funded\s+by|funding\s+(?:is\s+)?provided\s+by|supported\s+by)\s+(?:the\s+)?([^.,;()\n]+?)(?=(?<!\s)\s+(?:and|which|with|for)\b|[.,;()\n]|$)/i.exec(block.text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** "We are seeking two Postdoctoral Research Assistants" → 2. */
export function findPositions(blocks: TextBlock[]): number | undefined {
  for (const block of blocks) {
    const m = /\b(?:seeking|recruit(?:ing)?|hiring|appoint|looking\s+for)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:full[- ]time\s+|part[- ]time\s+|outstanding\s+)?(?:[A-Z][\w-]*\s+){0,8}[A-Z]?[\w-]*s\b/i.exec(block.text);
    if (m?.[1]) return numberWord(m[1]) ?? Number(m[1]);
  }
  return undefined;
}
