import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { setStrings } from '../src/index.js';
import { strings } from '../src/testing.js';
import { wcagViolations } from './a11y.js';
import { DAY, HOUR, part, seed, SEED_CLOSES, text, useClock } from './helpers.js';

const { closes: _closes, ...noDeadline } = seed;

/** Accent colours README suggests, light and dark. */
const ACCENTS = [
  ['Oxford blue', '--job-posting-accent: #002147'],
  ['Deep teal', '--job-posting-accent: #005f60'],
  ['Burgundy', '--job-posting-accent: #7a1f2b'],
  ['Dark mode, light blue', 'color-scheme: dark; --job-posting-accent: #9ecbff; --job-posting-on-accent: #0b1b2e'],
];

describe('accessibility', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  const at = (now: number): void => {
    clock = useClock(now);
  };
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  describe('axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing', () => {
    const states: [string, number, object, string][] = [
      ['open', SEED_CLOSES - 10 * DAY, seed, ''],
      ['closing soon', SEED_CLOSES - 30 * HOUR, seed, ''],
      ['under an hour', SEED_CLOSES - 10 * 60_000, seed, ''],
      ['closed', SEED_CLOSES + DAY, seed, ''],
      ['no deadline', SEED_CLOSES, noDeadline, ''],
      ['dark', SEED_CLOSES - 10 * DAY, seed, 'color-scheme: dark'],
      ['dark and closed', SEED_CLOSES + DAY, seed, 'color-scheme: dark'],
      ...ACCENTS.map(([name, style]) => [`accent: ${name}`, SEED_CLOSES - 30 * HOUR, seed, style] as [string, number, object, string]),
    ];
    for (const [name, now, posting, style] of states) {
      it(name, async () => {
        at(now);
        sinon.stub(console, 'warn');
        const el = await fixture<JobPosting>(html`<job-posting style=${style} lang="en-GB" .posting=${posting}></job-posting>`);
        await el.loadComplete;
        expect(await wcagViolations(el)).to.deep.equal([]);
      });
    }

    it("with the server clock's notice", async () => {
      at(SEED_CLOSES - 5 * DAY);
      sinon.stub(console, 'warn');
      const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" .posting=${seed} .clockOffset=${3 * DAY}></job-posting>`);
      await el.loadComplete;
      expect(el.shadowRoot?.textContent).to.contain("Your device's clock is 3 days behind");
      expect(await wcagViolations(el)).to.deep.equal([]);
    });

    it('error, with fallback', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<JobPosting>(html`<job-posting src="/status/404"><a href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting>`);
      await el.loadComplete;
      expect(el.state).to.equal('error');
      expect(await wcagViolations(el)).to.deep.equal([]);
    });

    it('loading', async () => {
      const el = await fixture<JobPosting>(html`<job-posting src="/gate/never-${crypto.randomUUID()}/x.json"><a href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting>`);
      expect(el.state).to.equal('loading');
      expect(await wcagViolations(el)).to.deep.equal([]);
      el.remove();
    });

    it('a list, with notes', async () => {
      at(Date.parse('2025-03-20T12:00:00Z'));
      sinon.stub(console, 'warn');
      const list = await fixture<JobPostingList>(html`<job-posting-list src="/test/fixtures/pages/several-vacancies.md"></job-posting-list>`);
      await list.loadComplete;
      expect(await wcagViolations(list)).to.deep.equal([]);
    });

    it('a list of long posts, folded and unfolded', async () => {
      at(Date.parse('2025-12-10T12:00:00Z'));
      const list = await fixture<JobPostingList>(html`<job-posting-list lang="en-GB" src="/test/fixtures/pages/long-posts.md"></job-posting-list>`);
      await list.loadComplete;
      expect(list.cards.map((c) => part(c, 'more')?.localName)).to.deep.equal(['summary', 'summary']);
      expect(await wcagViolations(list)).to.deep.equal([]);
      for (const card of list.cards) (part(card, 'more') as HTMLElement).click();
      expect(await wcagViolations(list)).to.deep.equal([]);
    });

    it('an empty list', async () => {
      const list = await fixture<JobPostingList>(html`<job-posting-list src="/test/fixtures/pages/none.md"></job-posting-list>`);
      await list.loadComplete;
      expect(await wcagViolations(list)).to.deep.equal([]);
    });
  });

  it('a closed card says so first', async () => {
    at(SEED_CLOSES + DAY);
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    const card = part(el, 'card') as HTMLElement;
    expect(card.textContent?.trim().startsWith('Closed')).to.equal(true);
  });

  it('the title is a heading of the level the page sets', async () => {
    at(SEED_CLOSES - DAY);
    const el = await fixture<JobPosting>(html`<job-posting heading-level="2" .posting=${seed}></job-posting>`);
    expect(part(el, 'title')?.getAttribute('role')).to.equal('heading');
    expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('2');
  });

  describe('keyboard', () => {
    it('"Show full description of …" is reached with Tab and opened and closed with Enter and Space', async () => {
      at(Date.parse('2025-12-10T12:00:00Z'));
      const posting = { ...seed, closes: '2026-01-15T12:00', description: 'First paragraph.\n\nSecond paragraph.\n\nLast paragraph.' };
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><job-posting lang="en-GB" description="summary" .posting=${posting}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.loadComplete;
      const more = part(el, 'more') as HTMLElement;
      const details = more.parentElement as HTMLDetailsElement;
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      for (let i = 0; i < 10 && el.shadowRoot?.activeElement !== more; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement, 'reached by Tab').to.equal(more);
      expect(details.open).to.equal(false);
      await sendKeys({ press: 'Enter' });
      expect(details.open, 'Enter opens').to.equal(true);
      await sendKeys({ press: ' ' });
      expect(details.open, 'Space closes').to.equal(false);
    });

    it('reaches the pause control and the links, with a visible focus ring, and operates the control', async () => {
      at(SEED_CLOSES - 10 * 60_000);
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><job-posting lang="en-GB" .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.updateComplete;
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const pause = el.shadowRoot?.activeElement as HTMLElement;
      expect(pause?.getAttribute('part')).to.equal('pause');
      const ring = getComputedStyle(pause);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(pause.textContent?.trim()).to.equal('Resume countdown');
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot?.activeElement;
        if (active) reached.push(active.getAttribute('part') ?? active.localName);
      }
      expect(reached).to.include('apply');
    });
  });

  describe('preferences', () => {
    /** Emulates media features where the engine's driver can (Chromium); false elsewhere. */
    const emulate = (features: { name: string; value: string }[]): Promise<unknown> =>
      executeServerCommand('emulate-media-features', { features });
    afterEach(async () => {
      await emulate([
        { name: 'forced-colors', value: 'none' },
        { name: 'prefers-reduced-motion', value: 'no-preference' },
      ]);
    });

    it('forced colours keep every boundary visible', async function () {
      if (!(await emulate([{ name: 'forced-colors', value: 'active' }]))) this.skip();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      at(SEED_CLOSES - 30 * HOUR);
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      for (const name of ['card', 'apply', 'pause']) {
        const style = getComputedStyle(part(el, name) as HTMLElement);
        expect(style.borderTopStyle, name).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), name).to.be.at.least(1);
      }
      expect(await wcagViolations(el)).to.deep.equal([]);
    });

    it('reduced motion counts the last hour in minutes, waking once a minute', async function () {
      if (!(await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      clock = useClock(SEED_CLOSES - 12 * 60_000 - 30_000, { timers: true });
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(text(el, 'countdown')).to.equal('12 minutes left');
      clock.tick(12 * 60_000);
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal('Less than a minute left');
    });
  });

  describe('small screens, zoom and right-to-left', () => {
    it('320 px wide (or 1280 px at 400% zoom): no horizontal scrolling', async () => {
      at(SEED_CLOSES - 2 * DAY);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; overflow: auto"><job-posting .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.updateComplete;
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    });

    it('lays out mirrored under dir="rtl"', async () => {
      at(SEED_CLOSES - 2 * DAY);
      const ltr = await fixture<HTMLElement>(html`<div style="width: 600px"><job-posting .posting=${seed}></job-posting></div>`);
      const rtl = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 600px"><job-posting .posting=${seed}></job-posting></div>`);
      const edges = (wrapper: HTMLElement): { left: number; right: number } => {
        const el = wrapper.querySelector('job-posting') as JobPosting;
        const card = (part(el, 'card') as HTMLElement).getBoundingClientRect();
        const apply = (part(el, 'apply') as HTMLElement).getBoundingClientRect();
        return { left: apply.left - card.left, right: card.right - apply.right };
      };
      expect(edges(ltr).left).to.be.below(40);
      expect(edges(rtl).right).to.be.below(40);
      expect(edges(rtl).left).to.be.above(100);
    });
  });

  describe('languages', () => {
    const cases: [string, string, string][] = [
      ['fr', 'novembre', 'jours'],
      ['de', 'November', 'Tage'],
      ['zh', '11月', '天'],
      ['ar', 'نوفمبر', 'أيام'],
    ];
    for (const [lang, month, days] of cases) {
      it(`lang="${lang}" formats dates, durations and numbers`, async () => {
        at(SEED_CLOSES - 10 * DAY);
        const el = await fixture<JobPosting>(html`<job-posting lang=${lang} local-time-zone="Europe/London" .posting=${seed}></job-posting>`);
        expect(text(el, 'deadline')).to.contain(month);
        expect(text(el, 'countdown')).to.contain(days);
      });
    }

    it('every English word comes from one table a page can override', async () => {
      at(SEED_CLOSES - 10 * DAY);
      const original = { apply: strings.apply, left: strings.left, pause: strings.pause };
      const el = await fixture<JobPosting>(html`<job-posting lang="fr" .posting=${seed}></job-posting>`);
      try {
        setStrings({ apply: 'Postuler', left: 'encore {duration}', pause: 'Arrêter le compte à rebours' });
        await el.updateComplete;
        expect(text(el, 'apply').startsWith('Postuler')).to.equal(true);
        expect(text(el, 'countdown').startsWith('encore ')).to.equal(true);
        expect(text(el, 'pause')).to.equal('Arrêter le compte à rebours');
      } finally {
        setStrings(original);
      }
    });
  });
});
