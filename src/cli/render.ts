/**
 * `job-posting render FILE…` — the card or list as HTML, written at a site's
 * build: the element with its shadow DOM as declarative shadow DOM (Lit's
 * own server renderer, @lit-labs/ssr), so the vacancy shows before — and
 * without — any script, and beside it the snapshot the element hydrates from
 * (no fetch, no second reading). A Markdown page or a JSON list gives a
 * `<job-posting-list>`; one JSON posting, or `--vacancy`, a `<job-posting>`.
 *
 *   job-posting render pages/recruitment.md > _includes/vacancies.html
 */

import { render as renderLit } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { setServerView } from '../controllers/server-view.js';
import { JobPosting } from '../job-posting.js';
import { JobPostingList } from '../job-posting-list.js';
import { descriptionModeOf, headingLevelOf, type DescriptionMode } from '../attributes.js';
import { toJsonLd, jsonForScript } from '../model/json-ld.js';
import { readPosting } from '../model/from-json.js';
import { stateAt } from '../model/countdown.js';
import { pickVacancy, vacanciesOf, type Loaded } from '../model/vacancies.js';
import { fail, ok, type Result } from '../model/result.js';
import { RENDERED_TYPE, renderedFrom, type Rendered, type RenderedJson } from '../rendered.js';
import { serverView } from './server-html.js';
import { documentOf } from './check.js';
import { readFile } from 'node:fs/promises';
import { isValidTimeZone } from '../model/zoned-time.js';

setServerView(serverView);
// Defined here, not by define.ts: the server needs no hydrate support.
if (!customElements.get('job-posting')) customElements.define('job-posting', JobPosting);
if (!customElements.get('job-posting-list')) customElements.define('job-posting-list', JobPostingList);

/** How `render` draws a file: the element's attributes, and the build's instant and language. */
export interface RenderOptions {
  now: number;
  /** The language the markup is written in (default en-GB); the element shows the page's once it runs, unless {@link langAttribute}. */
  lang: string;
  /** Also write `lang` on the element (the language was asked for): it stays in that language when live. */
  langAttribute?: boolean;
  timeZone?: string;
  /** The URL the source is served from: relative links resolve against it. */
  baseUrl?: string;
  /** A card for this vacancy (its id or 1-based position) rather than a list. */
  vacancy?: string;
  hideClosed?: boolean;
  headingLevel?: number;
  description?: DescriptionMode;
  /** Also write each open vacancy's schema.org JobPosting as a static JSON-LD script. */
  structuredData?: boolean;
}

/** The JSON-LD of every vacancy still open at `now`, as static scripts. */
function jsonLdScripts(postings: unknown[], o: RenderOptions, url: string | undefined): string[] {
  const scripts: string[] = [];
  for (const posting of postings) {
    const read = readPosting(posting, { ...(o.timeZone ? { timeZone: o.timeZone } : {}), ...(url ? { baseUrl: url } : {}) });
    if (!read.ok || stateAt(read.value.deadline?.closesAt, o.now) === 'closed') continue;
    const p = read.value;
    const description = p.description ? serverView(p.description, p.descriptionFormat === 'html' ? 'html' : 'markdown', url).html : undefined;
    scripts.push(`<script type="application/ld+json">${jsonForScript(toJsonLd(p, description).jsonLd)}</script>`);
  }
  return scripts;
}

/** The element for a loaded document, with its declarative shadow DOM and snapshot; errors in words. */
export async function renderDocument(loaded: Loaded, o: RenderOptions): Promise<Result<string>> {
  const url = o.baseUrl ?? '';
  const found = vacanciesOf(loaded);
  let picked: unknown[] = found.entries.map((e) => e.posting);
  const card = o.vacancy !== undefined || (loaded.kind === 'json' && found.entries.length === 1 && !Array.isArray(loaded.json));
  if (o.vacancy !== undefined) {
    const one = pickVacancy(found, o.vacancy);
    if (!one.ok) return one;
    picked = [one.value.posting];
  }
  if (found.entries.length === 0 && card) return fail('No vacancy in this file');
  const snapshot: RenderedJson = { at: new Date(o.now).toISOString(), lang: o.lang, document: { ...loaded, url } };
  const json = jsonForScript(snapshot);
  // The server draws from the snapshot as the page's element will read it (JSON, through renderedFrom), not from the objects in hand.
  const rendered = renderedFrom(JSON.parse(json)) as Rendered;
  const light = unsafeHTML(`<script type="${RENDERED_TYPE}">${json}</script>`);
  // A language asked for is the element's too: the card keeps it once live, not the page's.
  const lang = o.langAttribute ? o.lang : undefined;
  const template: TemplateResult = card
    ? html`<job-posting .rendered=${rendered} lang=${ifDefined(lang)} vacancy=${ifDefined(o.vacancy)} time-zone=${ifDefined(o.timeZone)} heading-level=${ifDefined(o.headingLevel)} description=${ifDefined(o.description)}>${light}</job-posting>`
    : html`<job-posting-list .rendered=${rendered} lang=${ifDefined(lang)} ?hide-closed=${o.hideClosed ?? false} time-zone=${ifDefined(o.timeZone)} heading-level=${ifDefined(o.headingLevel)} description=${ifDefined(o.description)}>${light}</job-posting-list>`;
  const markup = await collectResult(renderLit(template));
  const jsonLd = o.structuredData ? jsonLdScripts(picked, o, url || undefined) : [];
  return ok(templateInert([stripOuterMarkers(markup), ...jsonLd].join('\n') + '\n'));
}

const JSON_SCRIPT = /(<script type="application\/(?:job-posting|ld)\+json">[^<]*<\/script>)/;

/**
 * The markup with no "{{" or "{%" in it, so a site's template engine (Jekyll's
 * Liquid, Hugo's Go templates) that includes it cannot run a vacancy's text
 * as template code: the "{" becomes a character reference in HTML and a \u
 * escape in the JSON scripts (where "{{" and "{%" can only be inside strings).
 */
function templateInert(markup: string): string {
  return markup
    .split(JSON_SCRIPT)
    .map((part, i) => part.replace(/\{(?=[{%])/g, i % 2 ? '\\u007b' : '&#123;'))
    .join('');
}

/** The markers Lit puts around the top-level template: the page never hydrates it, so they go. */
function stripOuterMarkers(markup: string): string {
  return markup
    .replace(/^<!--lit-part [^>]*-->(?:<\?>)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<!--lit-node \d+-->/, '')
    // The spaces left where optional attributes were not written.
    .replace(/^<([\w-]+)\s+/, '<$1 ')
    .replace(/^(<[^>]*?)\s+>/, '$1>');
}


const USAGE = `Usage: job-posting render [options] FILE

Prints the card (one JSON posting, or --vacancy) or the list (a Markdown page,
a JSON list) as HTML with its shadow DOM written out (declarative shadow DOM),
for a site's build: it shows without script, and the element's script hydrates
it in place. Exits with 1 when the file has no readable vacancy.

  --now             ISO date-time the markup is drawn for (default: now)
  --lang            the language it is written in, and stays in (the element's
                    lang); without it en-GB, then the page's language once live
  --time-zone       the zone for deadlines that name none (default: Europe/London)
  --base-url        the URL the source is served from: relative links resolve against it,
                    as when the element reads it by src (without it they stay relative)
  --vacancy         a card for this vacancy (its id or 1-based position)
  --hide-closed     a list without the vacancies closed at --now (and as they close)
  --heading-level   the title's heading level, 1-6 (default 3)
  --description     full, summary or none
  --structured-data also print each open vacancy's schema.org JobPosting (JSON-LD)`;

/** Runs `render`; returns the exit status. */
export async function renderMain(args: string[], out: (s: string) => void): Promise<number> {
  const valued = ['--now', '--lang', '--time-zone', '--base-url', '--vacancy', '--heading-level', '--description'];
  const flags = ['--hide-closed', '--structured-data'];
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (valued.includes(a)) values.set(a, args[++i] ?? '');
    else if (flags.includes(a)) values.set(a, '');
    else if (a === '--help' || a === '-h') {
      out(USAGE);
      return 0;
    }
    else if (a.startsWith('--')) return usage(out, `unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(out, files.length ? 'one file at a time' : undefined);
  const now = values.has('--now') ? Date.parse(values.get('--now') ?? '') : Date.now();
  if (Number.isNaN(now)) return usage(out, '--now needs an ISO date-time');
  const lang = values.get('--lang') ?? 'en-GB';
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    return usage(out, `--lang needs a language tag such as en-GB, not ${JSON.stringify(lang)}`);
  }
  const timeZone = values.get('--time-zone');
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) return usage(out, `--time-zone needs an IANA zone such as Europe/London`);
  const baseUrl = values.get('--base-url');
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) return usage(out, '--base-url needs an absolute URL');
  const file = files[0] ?? '';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    out(`${file}: cannot read the file: ${(e as Error).message}`);
    return 1;
  }
  const read = documentOf(file, text, { now, ...(timeZone ? { timeZone } : {}), ...(baseUrl ? { baseUrl } : {}) });
  const heading = values.get('--heading-level');
  const description = values.get('--description');
  const drawn = read.ok
    ? await renderDocument(read.value.loaded, {
        now,
        lang,
        ...(values.has('--lang') ? { langAttribute: true } : {}),
        ...(timeZone ? { timeZone } : {}),
        ...(baseUrl ? { baseUrl } : {}),
        ...(values.has('--vacancy') ? { vacancy: values.get('--vacancy') ?? '' } : {}),
        ...(values.has('--hide-closed') ? { hideClosed: true } : {}),
        ...(heading !== undefined ? { headingLevel: headingLevelOf(heading) } : {}),
        ...(description !== undefined ? { description: descriptionModeOf('full')(description) } : {}),
        ...(values.has('--structured-data') ? { structuredData: true } : {}),
      })
    : read;
  if (!drawn.ok) {
    out(`${file}: ${drawn.error}`);
    return 1;
  }
  process.stdout.write(drawn.value);
  return 0;
}

function usage(out: (s: string) => void, problem?: string): number {
  out(problem ? `${problem}\n\n${USAGE}` : USAGE);
  return 2;
}
