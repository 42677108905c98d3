import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { DAY, HOUR, isRendered, isWebKit, part, seed, SEED_CLOSES, useClock } from './helpers.js';

// The card as visitors' browsers lay it out: phones, large text and zoom, the
// page's colour scheme, and paper. Viewports through the runner's setViewport
// (Chromium and Firefox; WebKit's WebDriver cannot, and skips those tests);
// the OS colour scheme and print media through
// test/server/emulation.mjs, which only Chromium's driver can do (Firefox and
// WebKit skip those tests).

const later = { ...seed, title: 'Research Software Engineer in Computer Vision', closes: '2021-12-01T12:00', reference: '154007' };
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(30, 34, 39)';

/** A list of the seed and one more vacancy, once both cards show. */
async function twoCardList(): Promise<{ list: JobPostingList; cards: JobPosting[] }> {
  const list = await fixture<JobPostingList>(
    html`<job-posting-list lang="en-GB"><script type="application/json">${JSON.stringify([seed, later])}</script></job-posting-list>`,
  );
  await list.loadComplete;
  const cards = list.cards;
  await Promise.all(cards.map((card) => card.loadComplete));
  return { list, cards };
}

/** Two frames: `content-visibility: auto` decides what is on screen at a rendering update. */
const frames = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Sets the viewport where the driver can (Chromium, Firefox); false in WebKit. */
async function viewport(width: number, height: number): Promise<boolean> {
  if (isWebKit) return false;
  await setViewport({ width, height });
  return true;
}

/** Emulates the OS colour scheme ('' lets it go) where the driver can (Chromium); false elsewhere. */
const osScheme = (value: 'dark' | ''): Promise<boolean> =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value }] });

/** Emulates print media (null lets it go) where the driver can (Chromium); false elsewhere. */
const mediaType = (type: 'print' | null): Promise<boolean> => executeServerCommand('emulate-media-type', { type });

describe('layout in visitors’ browsers', () => {
  const root = document.documentElement;
  afterEach(async () => {
    sinon.restore();
    root.style.removeProperty('font-size');
    root.style.removeProperty('color-scheme');
    await viewport(800, 600);
  });

  describe('phones: nothing scrolls sideways', () => {
    /** The page does not scroll sideways and every card ends inside the viewport. */
    function fits(cards: Element[]): void {
      const page = document.scrollingElement as Element;
      expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth);
      for (const card of cards) expect(card.getBoundingClientRect().right, 'card’s right edge').to.be.at.most(page.clientWidth + 0.5);
    }

    for (const width of [320, 375]) {
      it(`a list of two cards at ${width} px`, async function () {
        if (!(await viewport(width, 640))) this.skip();
        useClock(SEED_CLOSES - 10 * DAY);
        const { cards } = await twoCardList();
        expect(cards.length).to.equal(2);
        await frames();
        fits(cards);
      });
    }

    const containers: [string, string][] = [
      ['a flex row', 'display: flex'],
      ['a flex column, centred', 'display: flex; flex-direction: column; align-items: center'],
      ['a grid', 'display: grid'],
      ['a grid, items at the start', 'display: grid; justify-items: start'],
    ];
    for (const [name, style] of containers) {
      it(`a lone card in ${name} 300 px wide`, async () => {
        useClock(SEED_CLOSES - 10 * DAY);
        const wrapper = await fixture<HTMLElement>(html`<div style="${style}; width: 300px"><job-posting .posting=${seed}></job-posting></div>`);
        const el = wrapper.querySelector('job-posting') as JobPosting;
        await el.loadComplete;
        await frames();
        expect(el.getBoundingClientRect().width).to.be.at.most(300);
        expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      });
    }

    it('a card in a wide flex row keeps a readable width', async () => {
      useClock(SEED_CLOSES - 10 * DAY);
      const wrapper = await fixture<HTMLElement>(html`<div style="display: flex; width: 700px"><job-posting .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.loadComplete;
      expect(el.getBoundingClientRect().width).to.be.at.least(300);
    });
  });

  describe('large text and zoom: nothing is clipped', () => {
    /** What in the card's shadow root overflows its box or is cut by the card's edges. */
    function clipped(el: JobPosting): string[] {
      const edges = el.getBoundingClientRect();
      const found: string[] = [];
      const walker = document.createTreeWalker(el.shadowRoot as ShadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node instanceof Element ? node : node.parentElement;
        if (!element || element.closest('.visually-hidden')) continue;
        if (node instanceof Element) {
          if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) found.push(`<${node.localName} class="${node.className}"> overflows`);
          continue;
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          if (box.width > 0 && (box.left < edges.left - 1 || box.right > edges.right + 1)) found.push(`“${(node.textContent ?? '').trim()}” is cut`);
        }
      }
      return found;
    }

    const conditions: [name: string, baseFont: string, width: number, height: number][] = [
      ['a 24 px base font on a 375 px phone', '24px', 375, 667],
      ['a 24 px base font at 800 px', '24px', 800, 600],
      ['400 % zoom at 1280 × 720 (320 × 180 CSS px)', '', 320, 180],
      ['200 % zoom on a 375 px phone (188 CSS px)', '', 188, 334],
    ];
    const states: [string, number][] = [
      ['open', SEED_CLOSES - 10 * DAY - 3 * HOUR],
      ['under an hour', SEED_CLOSES - 12 * 60_000 - 30_000],
      ['closed', SEED_CLOSES + 3 * DAY],
    ];
    for (const [condition, baseFont, width, height] of conditions) {
      for (const [state, now] of states) {
        it(`${state}, at ${condition}`, async function () {
          if (!(await viewport(width, height))) this.skip();
          useClock(now);
          root.style.fontSize = baseFont;
          const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" local-time-zone="America/New_York" .posting=${seed}></job-posting>`);
          await el.loadComplete;
          await frames();
          expect(clipped(el)).to.deep.equal([]);
        });
      }
    }
  });

  describe('the page’s colour scheme, not the operating system’s', () => {
    const surface = (el: JobPosting): string => getComputedStyle(part(el, 'card') as HTMLElement).backgroundColor;
    afterEach(() => osScheme(''));

    it('a page that declares no scheme gets a light card, with the OS dark', async function () {
      if (!(await osScheme('dark'))) this.skip();
      useClock(SEED_CLOSES - 10 * DAY);
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(surface(el)).to.equal(LIGHT);
      const { cards } = await twoCardList();
      expect(cards.map(surface)).to.deep.equal([LIGHT, LIGHT]);
    });

    it('a page that declares `color-scheme: dark` gets a dark card, with the OS light', async () => {
      useClock(SEED_CLOSES - 10 * DAY);
      root.style.colorScheme = 'dark';
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(surface(el)).to.equal(DARK);
      const { cards } = await twoCardList();
      expect(cards.map(surface)).to.deep.equal([DARK, DARK]);
    });

    it('a page that offers `light dark` follows the OS: dark', async function () {
      if (!(await osScheme('dark'))) this.skip();
      useClock(SEED_CLOSES - 10 * DAY);
      root.style.colorScheme = 'light dark';
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(surface(el)).to.equal(DARK);
      const { cards } = await twoCardList();
      expect(cards.map(surface)).to.deep.equal([DARK, DARK]);
    });

    it('the author’s `color-scheme` on the element wins over the page’s', async () => {
      useClock(SEED_CLOSES - 10 * DAY);
      root.style.colorScheme = 'dark';
      const el = await fixture<JobPosting>(html`<job-posting style="color-scheme: light" .posting=${seed}></job-posting>`);
      expect(surface(el)).to.equal(LIGHT);
    });
  });

  describe('long posts folded', () => {
    /** The lab's page of two long posts (test/fixtures/pages/long-posts.md) as a list, at `description` ('' for the list's default). */
    async function longList(description = ''): Promise<JobPosting[]> {
      const list = await fixture<JobPostingList>(
        description
          ? html`<job-posting-list lang="en-GB" description=${description} src="/test/fixtures/pages/long-posts.md"></job-posting-list>`
          : html`<job-posting-list lang="en-GB" src="/test/fixtures/pages/long-posts.md"></job-posting-list>`,
      );
      await list.loadComplete;
      return list.cards;
    }
    /** A card's height once laid out on screen (`content-visibility: auto` sizes one off screen by its placeholder). */
    async function height(card: JobPosting): Promise<number> {
      card.scrollIntoView();
      await frames();
      return card.getBoundingClientRect().height;
    }
    const lastParagraph = (card: JobPosting): HTMLElement => [...(part(card, 'description')?.querySelectorAll('p') ?? [])].at(-1) as HTMLElement;

    it('at 800 px a two-vacancy list folds each card to at most 720 px; the control unfolds it', async function () {
      // Two lists, each read from Markdown, and a dozen frames: more than the suite's 15 s when three engines share two cores.
      this.timeout(45_000);
      if (!(await viewport(800, 600))) this.skip();
      useClock(Date.parse('2025-12-10T12:00:00Z'));
      const full = await Promise.all((await longList('full')).map(height));
      const cards = await longList();
      expect(cards.length).to.equal(2);
      for (const [i, card] of cards.entries()) {
        const folded = await height(card);
        expect(folded, `card ${i + 1} folded`).to.be.at.most(720);
        expect(lastParagraph(card).checkVisibility(), 'last paragraph, folded').to.equal(false);
        (part(card, 'more') as HTMLElement).click();
        const unfolded = await height(card);
        expect(unfolded, `card ${i + 1} unfolded`).to.be.above(folded);
        expect(lastParagraph(card).checkVisibility(), 'last paragraph, unfolded').to.equal(true);
        expect(unfolded, 'unfolded: the whole card, as description="full" shows it').to.be.above((full[i] ?? 0) - 1);
      }
    });
  });

  describe('print', () => {
    afterEach(() => mediaType(null));

    it('an open card: no controls, no countdown; the address after Apply, the deadline in full, not split', async function () {
      if (!(await mediaType('print'))) this.skip();
      expect(matchMedia('print').matches).to.equal(true);
      useClock(SEED_CLOSES - 10 * DAY);
      const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" .posting=${seed}></job-posting>`);
      await el.loadComplete;
      for (const name of ['pause', 'calendar', 'share', 'countdown']) {
        expect(part(el, name), name).to.not.equal(null);
        expect(isRendered(part(el, name) as HTMLElement), name).to.equal(false);
      }
      const apply = part(el, 'apply') as HTMLElement;
      expect(isRendered(apply)).to.equal(true);
      expect(getComputedStyle(apply, '::after').content).to.contain(seed.applyUrl);
      // Paper drops backgrounds: the label is the text's colour, not white on the accent.
      expect(getComputedStyle(apply).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(apply).color).to.equal(getComputedStyle(part(el, 'card') as HTMLElement).color);
      const deadline = part(el, 'deadline') as HTMLElement;
      expect(isRendered(deadline)).to.equal(true);
      expect(deadline.textContent).to.contain('12:00 GMT').and.to.contain('15 November 2021');
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
    });

    it('a closed card: no "closed 3 days ago"', async function () {
      if (!(await mediaType('print'))) this.skip();
      useClock(SEED_CLOSES + 3 * DAY);
      const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" .posting=${seed}></job-posting>`);
      await el.loadComplete;
      expect(isRendered(part(el, 'countdown') as HTMLElement)).to.equal(false);
      expect(isRendered(part(el, 'deadline') as HTMLElement)).to.equal(true);
    });

    it('a card the author made dark prints light: paper has no dark background', async function () {
      if (!(await mediaType('print'))) this.skip();
      useClock(SEED_CLOSES - 10 * DAY);
      const el = await fixture<JobPosting>(html`<job-posting style="color-scheme: dark" .posting=${seed}></job-posting>`);
      expect(getComputedStyle(part(el, 'card') as HTMLElement).backgroundColor).to.equal(LIGHT);
    });

    it('a folded card prints its whole description, without the control', async function () {
      if (!(await mediaType('print'))) this.skip();
      useClock(Date.parse('2025-12-10T12:00:00Z'));
      const list = await fixture<JobPostingList>(html`<job-posting-list lang="en-GB" src="/test/fixtures/pages/long-posts.md"></job-posting-list>`);
      await list.loadComplete;
      expect(list.cards.length).to.equal(2);
      for (const card of list.cards) {
        const paragraphs = [...(part(card, 'description')?.querySelectorAll('p') ?? [])];
        expect(paragraphs.length).to.be.at.least(5);
        for (const p of paragraphs) expect(isRendered(p) && p.checkVisibility(), p.textContent ?? '').to.equal(true);
        expect(isRendered(part(card, 'more') as HTMLElement), 'the control').to.equal(false);
      }
      // Back on screen, the card is folded as before.
      await mediaType(null);
      const [first] = list.cards as [JobPosting];
      const last = [...(part(first, 'description')?.querySelectorAll('p') ?? [])].at(-1) as HTMLElement;
      expect(last.checkVisibility()).to.equal(false);
    });

    it('a list prints every card whole, in the light scheme', async function () {
      if (!(await mediaType('print'))) this.skip();
      useClock(SEED_CLOSES - 10 * DAY);
      root.style.colorScheme = 'dark';
      const { cards } = await twoCardList();
      for (const card of cards) {
        expect(getComputedStyle(card).breakInside).to.equal('avoid');
        expect(getComputedStyle(card).contentVisibility).to.equal('visible');
        expect(getComputedStyle(part(card, 'card') as HTMLElement).backgroundColor).to.equal(LIGHT);
      }
    });
  });
});
