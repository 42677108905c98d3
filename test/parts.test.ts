import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { PARTS, type JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { DAY, seed, SEED_CLOSES } from './helpers.js';

/** The card's parts as the manifest (from the JSDoc) documents them. */
async function documentedParts(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
  };
  const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'job-posting');
  return (card?.cssParts ?? []).map((p) => p.name);
}

/** The parts present in an element's shadow root. */
function partsIn(root: ShadowRoot | null): string[] {
  return [...(root?.querySelectorAll('[part]') ?? [])].flatMap((el) => (el.getAttribute('part') ?? '').split(/\s+/));
}

/** A Markdown vacancy whose closing date gives no year: the card warns about it. */
const YEARLESS = '### Research Fellow\nClosing: 30th April\nApply [here](https://example.org/apply)\n';

/** An element holding `text` in an inline <script>, once it shows what it read. */
async function inline<T extends HTMLElement & { loadComplete: Promise<void> }>(tag: string, type: string, text: string): Promise<T> {
  const holder = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  const el = document.createElement(tag) as T;
  el.setAttribute('local-time-zone', 'Asia/Shanghai');
  el.append(Object.assign(document.createElement('script'), { type, textContent: text }));
  holder.append(el);
  await el.loadComplete;
  return el;
}

describe('parts', () => {
  beforeEach(() => {
    // Two days before the seed closes: "Closing soon", with calendar and share buttons.
    sinon.useFakeTimers({ now: SEED_CLOSES - 2 * DAY, toFake: ['Date'] });
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
  });

  it('PARTS is exactly the parts the JSDoc (and so custom-elements.json) documents', async () => {
    expect([...PARTS].sort()).to.deep.equal((await documentedParts()).sort());
  });

  it('every documented part exists in some state of the card', async () => {
    const open = await inline<JobPosting>('job-posting', 'application/json', JSON.stringify(seed));
    const yearless = await inline<JobPosting>('job-posting', 'text/markdown', YEARLESS);
    const broken = await inline<JobPosting>('job-posting', 'application/json', JSON.stringify({ closes: '2021-11-15T12:00' }));
    expect([open.state, yearless.state, broken.state]).to.deep.equal(['closing-soon', 'open', 'error']);
    // Folded, as in a list: the seed's two paragraphs show `more`.
    open.description = 'summary';
    await open.updateComplete;
    const seen = new Set([open, yearless, broken].flatMap((c) => partsIn(c.shadowRoot)));
    expect((await documentedParts()).filter((p) => !seen.has(p))).to.deep.equal([]);
  });

  it('every documented part is reachable as card-* through <job-posting-list>', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = PARTS.map((p) => `job-posting-list::part(card-${p}) { outline-offset: 7px; }`).join('\n');
    try {
      const json = await inline<JobPostingList>('job-posting-list', 'application/json', JSON.stringify([seed, { closes: '2021-11-15T12:00' }]));
      const markdown = await inline<JobPostingList>('job-posting-list', 'text/markdown', YEARLESS);
      const reached = new Set<string>();
      for (const card of [...json.cards, ...markdown.cards]) {
        for (const el of card.shadowRoot?.querySelectorAll('[part]') ?? []) {
          if (getComputedStyle(el).outlineOffset === '7px') for (const p of (el.getAttribute('part') ?? '').split(/\s+/)) reached.add(p);
        }
      }
      expect((await documentedParts()).filter((p) => !reached.has(p))).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });
});
