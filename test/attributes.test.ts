import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import {
  baseUrlOf,
  deadlineZoneOf,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_TIMEOUT_SECONDS,
  headingLevelOf,
  languageOf,
  noSourceMessage,
  timeoutOf,
  visitorZoneOf,
} from '../src/attributes.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { seed } from './helpers.js';

describe('attributes', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('heading-level: a whole number from 1 to 6, else 3', () => {
    const table: [unknown, number][] = [
      ['1', 1], ['6', 6], [' 2 ', 2], [4, 4],
      ['0', 3], ['7', 3], ['2.5', 3], [2.5, 3], ['-1', 3], ['', 3], ['two', 3], [null, 3], [undefined, 3], [NaN, 3], [Infinity, 3],
    ];
    for (const [value, level] of table) expect(headingLevelOf(value), String(value)).to.equal(level);
    expect(DEFAULT_HEADING_LEVEL).to.equal(3);
  });

  it('timeout: a positive, finite number of seconds, else 15', () => {
    const table: [unknown, number][] = [
      ['5', 5], ['0.5', 0.5], [30, 30],
      ['0', 15], ['-3', 15], ['', 15], ['soon', 15], [null, 15], [undefined, 15], ['Infinity', 15], [NaN, 15],
    ];
    for (const [value, seconds] of table) expect(timeoutOf(value), String(value)).to.equal(seconds);
    expect(DEFAULT_TIMEOUT_SECONDS).to.equal(15);
  });

  it('time-zone falls back to Europe/London, local-time-zone to the browser’s', () => {
    expect(deadlineZoneOf('America/New_York')).to.equal('America/New_York');
    expect(deadlineZoneOf('')).to.equal('Europe/London');
    expect(deadlineZoneOf('Mars/Olympus')).to.equal('Europe/London');
    const browser = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(visitorZoneOf('Asia/Tokyo')).to.equal('Asia/Tokyo');
    expect(visitorZoneOf('')).to.equal(browser);
    expect(visitorZoneOf('not a zone')).to.equal(browser);
  });

  it('baseUrl resolves against the page, junk falling back to the page’s base URL', () => {
    expect(baseUrlOf('/jobs/')).to.equal(new URL('/jobs/', document.baseURI).href);
    expect(baseUrlOf('')).to.equal(document.baseURI);
    expect(baseUrlOf('http://[::1')).to.equal(document.baseURI);
  });

  it('the language is the nearest lang, up through shadow roots, else the browser’s when it is a language tag', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-FR"><span></span></div>`);
    expect(languageOf(outer.querySelector('span') as Element)).to.equal('fr-FR');
    const root = (outer.querySelector('span') as HTMLElement).attachShadow({ mode: 'open' });
    const inner = root.appendChild(document.createElement('p'));
    expect(languageOf(inner)).to.equal('fr-FR');
    const bare = await fixture<HTMLElement>(html`<p></p>`);
    // WebKit started under a C locale reports navigator.language 'C', which
    // is no language tag: then Intl's own default (undefined) stands.
    const browser = /^[a-z]{2,3}(-|$)/i.test(navigator.language) ? Intl.getCanonicalLocales(navigator.language)[0] : undefined;
    expect(languageOf(bare)).to.equal(browser);
    const bad = await fixture<HTMLElement>(html`<div lang="C"><p></p></div>`);
    expect(languageOf(bad.querySelector('p') as Element)).to.equal(undefined);
  });

  it('says what to set when an element has no source, naming the posting property only for the card', () => {
    expect(noSourceMessage(true)).to.match(/^No vacancy given: set the posting property, a src URL/);
    expect(noSourceMessage(false)).to.match(/^No document given: set a src URL \(Markdown or JSON\)/);
  });

  it('both elements read heading-level and timeout as numbers, with the same clamps', async () => {
    sinon.stub(console, 'error');
    const card = await fixture<JobPosting>(html`<job-posting heading-level="2.5" timeout="junk" .posting=${seed}></job-posting>`);
    const list = await fixture<JobPostingList>(html`<job-posting-list heading-level="2.5" timeout="-1"></job-posting-list>`);
    expect([card.headingLevel, card.timeout, list.headingLevel, list.timeout]).to.deep.equal([3, 15, 3, 15]);
    card.setAttribute('heading-level', '5');
    list.setAttribute('timeout', '2');
    expect([card.headingLevel, list.timeout]).to.deep.equal([5, 2]);
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('5');
  });
});
