/** Shared fixtures and readers for the element tests. */
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { JobPosting } from '../src/job-posting.js';

/** The seed vacancy (../shared/SEED.md) in the posting format. */
export const seed = {
  title: 'Postdoctoral Research Assistant in Machine Learning',
  positions: 2,
  organization: 'University of Oxford',
  department: 'Torr Vision Group, Department of Engineering Science',
  location: 'Central Oxford',
  salary: 'Grade 7: £33,309 - £35,326 per annum',
  contract: 'Fixed-term for 2 years in the first instance',
  funding: 'Funded by the EPSRC',
  closes: '2021-11-15T12:00',
  applyUrl:
    'https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_company=10&p_internal_external=E&p_display_in_irish=N&p_process_type=&p_applicant_no=&p_form_profile_detail=&p_display_apply_ind=Y&p_refresh_search=Y&p_recruitment_id=154006',
  contact: { name: 'Professor Philip Torr', email: 'philip.torr@eng.ox.ac.uk' },
  reference: '154006',
  description: 'Continual learning without forgetting.\n\nYou will be required to upload a covering letter.',
};

/** The seed's closing instant: before midday on 15 November 2021, 12:00 GMT. */
export const SEED_CLOSES = Date.parse('2021-11-15T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * Freezes the page's clock at `now` (sinon's fake timers, in sinon's default
 * sandbox: the suite's `afterEach(() => sinon.restore())` lets it go). Only `Date`
 * by default, so fetches, promises and axe run as usual; with `timers`,
 * `setTimeout` and `clearTimeout` too, so `clock.tick(ms)` drives the countdown.
 */
export function useClock(now: number, { timers = false } = {}): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({ now, toFake: timers ? ['Date', 'setTimeout', 'clearTimeout'] : ['Date'] });
}

/** The element in the card's shadow root that carries `part`. */
export function part(el: JobPosting, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** The visible text of a part, whitespace folded. */
export function text(el: JobPosting, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a light-DOM node is laid out (visible) on the page. */
export function isRendered(node: Element): boolean {
  return node.getClientRects().length > 0;
}

/**
 * Whether two texts say the same words, commas aside: engines carry different
 * CLDR data, and "Tuesday, 16 November" and "Tuesday 16 November" are both
 * correct en-GB. Everything else — numbers, times, words, order — must match.
 */
export function sameWords(actual: string, expected: string): boolean {
  const words = (s: string): string => s.replace(/,/g, '').replace(/\s+/g, ' ').trim();
  return words(actual) === words(expected);
}

/**
 * A card holding `markdown` in a <script type="text/markdown">, built with the
 * DOM (a template could not hold the "</script>" of hostile examples), once it
 * shows what it read.
 */
export async function markdownCard(markdown: string, attributes: Record<string, string> = {}): Promise<JobPosting> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('job-posting');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'text/markdown';
  script.textContent = markdown;
  el.append(script);
  wrapper.append(el);
  await el.loadComplete;
  return el;
}

/** A URL the test server holds (`/gate/<id>/<path>`) until {@link release} lets it answer. */
export function gated(path: string): string {
  return `/gate/g${crypto.randomUUID()}${path}`;
}

/** Lets a {@link gated} URL (and everything else behind its gate) answer. */
export function release(url: string): Promise<unknown> {
  return executeServerCommand('release-gate', { id: url.split('/')[2] });
}

/** "markdown" for …/dist/markdown-CDNvOoRx.js: a built chunk's name without its hash. */
export function chunkName(path: string): string {
  // The hash is eight base64url characters, '-' and '_' among them ("markdown-Cx7H-fHQ.js").
  return (path.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '');
}

/** WebKitGTK's MiniBrowser (neither Chromium nor Firefox), where a few very long synchronous tests are cut down or skipped. */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/**
 * A denial-of-service bound that holds on a loaded machine: how long `run`
 * took, and a hundred times what `baseline` (the same reader on ordinary text
 * of the same size) took just after it, never under `floorMs`. Superlinear
 * reads of 100 KB+ take seconds to hours; linear ones a few milliseconds.
 */
export function timedAgainst(run: () => void, baseline: () => void, floorMs: number): { ms: number; bound: number } {
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  const baseStarted = performance.now();
  baseline();
  return { ms, bound: Math.max(floorMs, 100 * (performance.now() - baseStarted)) };
}
