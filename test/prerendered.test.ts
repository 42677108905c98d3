// Cards and lists written by `job-posting render` (the test server runs the
// built CLI on a fixture: test/server/render.mjs), put in the page as the
// HTML parser would (declarative shadow DOM attached before the element
// upgrades), and hydrated: in every engine, the markup the build wrote is
// the markup shown, live from the next update.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/hydrate.js';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { part, text, useClock } from './helpers.js';
import { dangers } from './hostile-payloads.js';

/** Built three days before the fixtures' deadline (12:00 London, 15 November 2021). */
const BUILT = '2021-11-12T10:00:00Z';
const OPEN = Date.parse('2021-11-12T11:00:00Z');
const CLOSED = Date.parse('2021-11-16T09:00:00Z');

/** What `job-posting render` prints for a fixture. */
async function rendered(file: string, base?: string): Promise<string> {
  const response = await fetch(`/render?file=${encodeURIComponent(file)}&now=${BUILT}${base ? `&base=${encodeURIComponent(base)}` : ''}`);
  const markup = await response.text();
  if (!response.ok) throw new Error(markup);
  return markup;
}

/**
 * `markup` parsed as HTML (its shadow roots declared, nothing upgraded
 * yet), then put in the page, where the elements upgrade.
 * Resolves to the element and the nodes the build wrote, taken before.
 */
function place(markup: string): { host: HTMLElement; written: Element | null } {
  const wrapper = document.createElement('div');
  wrapper.lang = 'en-GB';
  // Parsed while the wrapper is not in the page: the elements upgrade when it is. (Chromium's
  // Document.parseHTMLUnsafe drops the comments in a declared shadow root, Lit's part markers.)
  (wrapper as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  const host = wrapper.querySelector<HTMLElement>('job-posting-list, job-posting') as HTMLElement;
  const written = host.shadowRoot?.querySelector('article, ul') ?? null;
  document.body.append(wrapper);
  return { host, written };
}

/** The first card of a list, or the card itself. */
const cardOf = (host: HTMLElement): JobPosting =>
  (host.localName === 'job-posting' ? host : host.shadowRoot?.querySelector('job-posting')) as JobPosting;

/** Settled: loaded, hydrated, and the live update after it done. */
async function settled(host: HTMLElement): Promise<JobPosting> {
  await (host as JobPosting | JobPostingList).loadComplete;
  const card = cardOf(host);
  await card.updateComplete;
  await (host as JobPosting | JobPostingList).updateComplete;
  await card.updateComplete;
  return card;
}

/** `file` as the build renders it, put in the page with the clock at `now`, and settled. */
async function opened(file: string, now: number): Promise<{ host: HTMLElement; written: Element | null; card: JobPosting }> {
  const markup = await rendered(file);
  useClock(now);
  const { host, written } = place(markup);
  return { host, written, card: await settled(host) };
}

describe('pre-rendered markup (job-posting render)', () => {
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    for (const el of document.querySelectorAll('body > div[lang]')) el.remove();
  });

  it('the build declares the shadow roots: the card is in the page before it upgrades', async () => {
    const { host, written } = place(await rendered('test/fixtures/cli/good.md'));
    expect(written?.localName).to.equal('ul');
    expect(host.querySelector('script[type="application/job-posting+json"]')).to.exist;
  });

  for (const [kind, file] of [
    ['a list from a Markdown page', 'test/fixtures/cli/good.md'],
    ['a card from one JSON posting', 'test/fixtures/seed.json'],
  ] as const) {
    it(`${kind}, opened while open: the markup the build wrote is kept, and goes live`, async () => {
      const { host, written, card } = await opened(file, OPEN);
      expect(host.shadowRoot?.querySelector('article, ul')).to.equal(written);
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
      expect(error.called, String(error.firstCall?.args[0])).to.equal(false);
      expect(card.state).to.equal('open');
      expect(text(card, 'countdown')).to.match(/^3 days\b.* left$/);
      expect(card.shadowRoot?.querySelectorAll('.pending').length).to.equal(0);
      expect(part(card, 'apply')?.getAttribute('href')).to.match(/^https:\/\/my\.corehr\.com\//);
      expect(text(card, 'title')).to.equal('Postdoctoral Research Assistant in Machine Learning');
    });

    it(`${kind}, opened after the deadline: closed at once, the Apply link gone`, async () => {
      const { host, written, card } = await opened(file, CLOSED);
      expect(host.shadowRoot?.querySelector('article, ul')).to.equal(written);
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
      expect(card.state).to.equal('closed');
      expect(part(card, 'apply')).to.equal(null);
      expect(text(card, 'badge')).to.equal('Closed');
    });
  }

  it('hostile text in a post and a note: nothing dangerous in the markup the build wrote, nor once hydrated, and nothing ran', async () => {
    // Served from the test server, as the browser's sanitiser resolves links against the page.
    const markup = await rendered('test/fixtures/cli/hostile.md', location.href);
    useClock(OPEN);
    const { host } = place(markup);
    // As a visitor without JavaScript gets it: the declared shadow roots, before any update.
    expect(dangers(host.shadowRoot)).to.deep.equal([]);
    await settled(host);
    expect(dangers(host.shadowRoot)).to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(host.shadowRoot?.querySelector('[part~="note"]')?.textContent).to.include('click');
  });

  it('markup this version does not draw is dropped and drawn anew, with a console warning', async () => {
    // An older build: the deadline row's template is not the one this version draws.
    const markup = (await rendered('test/fixtures/seed.json')).replace(/(<p class="countdown-row)/, '<!--lit-part AAAAAAAAAAA=-->$1');
    useClock(OPEN);
    const { host } = place(markup);
    const card = await settled(host);
    expect(warn.calledWithMatch(/pre-rendered markup did not match/)).to.equal(true);
    expect(card.state).to.equal('open');
    expect(text(card, 'title')).to.equal('Postdoctoral Research Assistant in Machine Learning');
    expect(text(card, 'countdown')).to.match(/^3 days\b.* left$/);
    expect(card.shadowRoot?.querySelectorAll('article').length).to.equal(1);
  });
});
