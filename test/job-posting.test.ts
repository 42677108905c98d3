import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { ticker } from '../src/testing.js';
import type { JobPostingLoadEvent } from '../src/events.js';
import type { JobPosting } from '../src/job-posting.js';
import type { Posting } from '../src/model/posting.js';
import { DAY, HOUR, isRendered, part, seed, SEED_CLOSES, text, useClock } from './helpers.js';

/** A card for `posting`, seen by a visitor in London unless told otherwise. */
async function card(posting: object, attrs: { zone?: string; lang?: string } = {}): Promise<JobPosting> {
  return fixture<JobPosting>(
    html`<job-posting lang=${attrs.lang ?? 'en-GB'} local-time-zone=${attrs.zone ?? 'Europe/London'} .posting=${posting}
      ><a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting
    >`,
  );
}

describe('<job-posting>', () => {
  let clock: sinon.SinonFakeTimers;
  const start = (at: number): void => {
    clock = useClock(at, { timers: true });
  };

  afterEach(() => {
    sinon.restore();
  });

  /** axe needs real timers: the clock is let go first. */
  async function audit(el: Element): Promise<void> {
    clock.restore();
    await expect(el).to.be.accessible();
  }

  describe('an open card (the seed, ten days before it closes)', () => {
    let el: JobPosting;
    beforeEach(async () => {
      start(SEED_CLOSES - 10 * DAY - 3 * HOUR - 20 * 60_000);
      el = await card(seed);
    });

    it('passes an axe audit', async () => {
      await audit(el);
    });

    it('reflects state="open"', () => {
      expect(el.getAttribute('state')).to.equal('open');
    });

    it('shows the title, and only the title, as a heading', () => {
      expect(text(el, 'title')).to.equal(seed.title);
      expect(part(el, 'title')?.getAttribute('role')).to.equal('heading');
      expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('3');
    });

    it('shows the number of posts, who offers it and where', () => {
      expect(text(el, 'meta')).to.equal(
        '2 posts · University of Oxford · Torr Vision Group, Department of Engineering Science · Central Oxford',
      );
    });

    it('shows the salary, contract, funding and reference', () => {
      const facts = [...(part(el, 'facts')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
      expect(facts).to.deep.equal([
        'Grade 7: £33,309 - £35,326 per annum',
        'Fixed-term for 2 years in the first instance',
        'Funded by the EPSRC',
        'Ref. 154006',
      ]);
    });

    it('gives the deadline as a <time> with the UTC instant, in the university\'s words', () => {
      const time = part(el, 'deadline');
      expect(time?.localName).to.equal('time');
      expect(time?.getAttribute('datetime')).to.equal('2021-11-15T12:00:00Z');
      expect(text(el, 'deadline')).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
      expect(part(el, 'local-time')).to.equal(null);
    });

    it('counts down in days and hours, as a silent named timer', () => {
      const countdown = part(el, 'countdown');
      expect(countdown?.textContent).to.equal('10 days, 3 hours left');
      expect(countdown?.getAttribute('role')).to.equal('timer');
      expect(countdown?.getAttribute('aria-label')).to.equal('Time left to apply');
      expect(countdown?.hasAttribute('aria-live')).to.equal(false);
    });

    it('links to CoreHR with a name that says what and where', () => {
      const apply = part(el, 'apply') as HTMLAnchorElement;
      expect(apply.localName).to.equal('a');
      expect(apply.href).to.equal(seed.applyUrl);
      expect(apply.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Apply for ${seed.title} on my.corehr.com`);
    });

    it('shows the description as plain paragraphs', () => {
      const paragraphs = [...(part(el, 'description')?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['Continual learning without forgetting.', 'You will be required to upload a covering letter.']);
    });

    it('links the contact by email', () => {
      const a = part(el, 'contact')?.querySelector('a');
      expect(a?.getAttribute('href')).to.equal('mailto:philip.torr@eng.ox.ac.uk');
      expect(a?.textContent).to.equal('Professor Philip Torr (philip.torr@eng.ox.ac.uk)');
    });

    it('hides the page\'s fallback while the card shows', () => {
      expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(false);
    });

    it('holds a place on the shared timer', () => {
      expect(ticker.subscriberCount).to.equal(1);
    });
  });

  describe('live', () => {
    it('ticks through every stage to closed, announcing each threshold once', async () => {
      start(SEED_CLOSES - 3 * DAY - 30 * 60_000);
      const el = await card(seed);
      const announced = (): string => el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
      expect(el.state).to.equal('open');
      expect(announced()).to.equal('');

      clock.tick(30 * 60_000 + 1);
      await el.updateComplete;
      expect(el.state).to.equal('closing-soon');
      expect(text(el, 'countdown')).to.equal('2 days, 23 hours left');
      expect(text(el, 'badge')).to.equal('Closing soon');

      clock.tick(2 * DAY);
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal('23 hours, 59 minutes left');
      expect(announced()).to.equal(`24 hours left to apply for ${seed.title}`);

      clock.tick(23 * HOUR);
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal('59 minutes, 59 seconds left');
      expect(announced()).to.equal(`1 hour left to apply for ${seed.title}`);

      const closed = oneEvent(el, 'job-posting-closed');
      clock.tick(HOUR);
      const event = (await closed) as CustomEvent<{ posting: { title: string } }>;
      await el.updateComplete;
      expect(event.detail.posting.title).to.equal(seed.title);
      expect(el.state).to.equal('closed');
      expect(announced()).to.equal(`Applications for ${seed.title} have now closed`);
      expect(text(el, 'deadline')).to.equal('Closed 12:00 GMT, Monday, 15 November 2021');
      expect(text(el, 'badge')).to.equal('Closed');
      expect(part(el, 'apply')).to.equal(null);
      expect(part(el, 'countdown')?.getAttribute('role')).to.equal(null);
      expect(ticker.subscriberCount).to.equal(0);
      await audit(el);
    });

    it('fires job-posting-closed once', async () => {
      start(SEED_CLOSES - 2000);
      const el = await card(seed);
      const closed = sinon.spy();
      el.addEventListener('job-posting-closed', closed);
      clock.tick(60_000);
      await el.updateComplete;
      clock.tick(DAY);
      await el.updateComplete;
      expect(closed.callCount).to.equal(1);
    });

    it('writes nothing to the DOM on ticks that change nothing', async () => {
      start(SEED_CLOSES - 5 * DAY - 30 * 60_000);
      const el = await card(seed);
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(el.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
      // Shown: "5 days, 0 hours". Nothing changes for the next 30 minutes.
      clock.tick(29 * 60_000);
      await el.updateComplete;
      observer.takeRecords();
      expect(records.length).to.equal(0);
      expect(ticker.wakeUps).to.be.a('number');
      clock.tick(2 * 60_000);
      await el.updateComplete;
      records.push(...observer.takeRecords());
      observer.disconnect();
      expect(records.length).to.be.greaterThan(0);
      expect(text(el, 'countdown')).to.equal('4 days, 23 hours left');
    });

    it('wakes once a second only under the last hour', async () => {
      start(SEED_CLOSES - 2 * HOUR);
      await card(seed);
      const before = ticker.wakeUps;
      clock.tick(HOUR - 1);
      expect(ticker.wakeUps - before).to.equal(60);
      clock.tick(60_000);
      expect(ticker.wakeUps - before).to.equal(120);
    });

    it('can be paused by the visitor, and still closes on time', async () => {
      start(SEED_CLOSES - 10 * 60_000);
      const el = await card(seed);
      const pause = part(el, 'pause') as HTMLButtonElement;
      expect(pause.localName).to.equal('button');
      expect(pause.textContent?.trim()).to.equal('Pause countdown');
      pause.click();
      await el.updateComplete;
      expect(pause.textContent?.trim()).to.equal('Resume countdown');
      const frozen = text(el, 'countdown');
      clock.tick(5 * 60_000);
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal(frozen);
      pause.click();
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal('5 minutes left');
      pause.click();
      clock.tick(5 * 60_000);
      await el.updateComplete;
      expect(el.state).to.equal('closed');
    });

    it('lets go of the timer when removed, and takes it back when re-added', async () => {
      start(SEED_CLOSES - DAY);
      const el = await card(seed);
      expect(ticker.subscriberCount).to.equal(1);
      const parent = el.parentElement as HTMLElement;
      el.remove();
      expect(ticker.subscriberCount).to.equal(0);
      expect(ticker.scheduled).to.equal(false);
      parent.append(el);
      expect(ticker.subscriberCount).to.equal(1);
      el.remove();
    });

    it('is right at the next tick after the computer sleeps', async () => {
      start(SEED_CLOSES - 3 * DAY);
      const el = await card(seed);
      clock.setSystemTime(SEED_CLOSES - 2 * HOUR - 30 * 60_000);
      clock.tick(HOUR);
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal('1 hour, 30 minutes left');
    });
  });

  describe('states', () => {
    it('closing-soon under 72 hours', async () => {
      start(SEED_CLOSES - 71 * HOUR);
      const el = await card(seed);
      expect(el.state).to.equal('closing-soon');
      await audit(el);
    });

    it('closed at load: says so and when, with no apply link and no timer', async () => {
      start(Date.parse('2026-11-26T12:00:00Z'));
      const closed = sinon.spy();
      document.addEventListener('job-posting-closed', closed);
      const el = await card(seed);
      document.removeEventListener('job-posting-closed', closed);
      expect(el.state).to.equal('closed');
      expect(text(el, 'deadline')).to.equal('Closed 12:00 GMT, Monday, 15 November 2021');
      expect(text(el, 'countdown')).to.equal('Applications closed 5 years ago');
      expect(part(el, 'apply')).to.equal(null);
      expect(part(el, 'pause')).to.equal(null);
      expect(ticker.subscriberCount).to.equal(0);
      expect(closed.callCount).to.equal(0);
      await audit(el);
    });

    it('no-deadline: says none was given, keeps the apply link, holds no timer', async () => {
      start(SEED_CLOSES);
      const warn = sinon.stub(console, 'warn');
      try {
        const { closes: _closes, ...open } = seed;
        const el = await card(open);
        expect(el.state).to.equal('no-deadline');
        expect(text(el, 'countdown')).to.equal('No closing date given');
        expect(part(el, 'deadline')).to.equal(null);
        expect(part(el, 'apply')).not.to.equal(null);
        expect(ticker.subscriberCount).to.equal(0);
        expect(el.warnings).to.deep.equal(['No closing date: add "closes" so candidates know when applications close']);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain(seed.title);
        await audit(el);
      } finally {
        warn.restore();
      }
    });

    it('a date-only deadline is shown as a date and closes at the end of that day', async () => {
      start(Date.parse('2021-11-15T23:59:00Z'));
      const el = await card({ ...seed, closes: '2021-11-15' });
      expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-15');
      expect(text(el, 'deadline')).to.equal('Closes Monday, 15 November 2021');
      expect(text(el, 'countdown')).to.equal('1 minute left');
    });

    it('a summer deadline is in BST and 11:00Z', async () => {
      start(Date.parse('2022-08-01T00:00:00Z'));
      const el = await card({ ...seed, closes: '2022-08-08T12:00' });
      expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2022-08-08T11:00:00Z');
      expect(text(el, 'deadline')).to.equal('Closes 12:00 BST, Monday, 8 August 2022');
    });
  });

  describe('look', () => {
    it('fits a 320 px wide column without scrolling sideways', async () => {
      start(SEED_CLOSES - 2 * DAY);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><job-posting .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.updateComplete;
      const card = part(el, 'card') as HTMLElement;
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      for (const name of ['title', 'meta', 'deadline', 'countdown', 'apply']) {
        const box = (part(el, name) as HTMLElement).getBoundingClientRect();
        expect(box.right, name).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });

    it('does not move while the countdown ticks', async () => {
      start(SEED_CLOSES - 10 * 60_000 - 500);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><job-posting .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.updateComplete;
      const height = el.getBoundingClientRect().height;
      const texts = new Set<string>();
      for (let i = 0; i < 15; i++) {
        clock.tick(1000);
        await el.updateComplete;
        texts.add(text(el, 'countdown'));
        expect(el.getBoundingClientRect().height).to.equal(height);
      }
      expect(texts.size).to.equal(15);
    });

    for (const width of [320, 480, 800, 1280]) {
      it(`keeps Pause beside the countdown it controls at ${width} px, and still as the seconds tick`, async () => {
        start(SEED_CLOSES - 9 * 60_000 - 30_500);
        const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}><job-posting .posting=${seed}></job-posting></div>`);
        const el = wrapper.querySelector('job-posting') as JobPosting;
        await el.updateComplete;
        const countdown = (part(el, 'countdown') as HTMLElement).getBoundingClientRect();
        const pause = (part(el, 'pause') as HTMLElement).getBoundingClientRect();
        // Beside it (within 1rem after its end) or under it (starting where it starts).
        const beside = pause.left - countdown.right >= 0 && pause.left - countdown.right <= 16 && Math.abs(pause.top - countdown.top) < countdown.height;
        const under = Math.abs(pause.left - countdown.left) <= 1 && pause.top >= countdown.bottom - 1;
        expect(beside || under, JSON.stringify({ countdown, pause })).to.equal(true);
        for (let i = 0; i < 10; i++) {
          clock.tick(1000);
          await el.updateComplete;
          expect((part(el, 'pause') as HTMLElement).getBoundingClientRect().left).to.equal(pause.left);
        }
      });
    }

    it('passes an axe audit in dark mode', async () => {
      start(SEED_CLOSES - 2 * DAY);
      const el = await fixture<JobPosting>(html`<job-posting style="color-scheme: dark" .posting=${seed}></job-posting>`);
      expect(getComputedStyle(part(el, 'card') as HTMLElement).backgroundColor).to.equal('rgb(30, 34, 39)');
      await audit(el);
    });
  });

  describe('language', () => {
    it("follows the browser's language when it changes (no lang on the page)", async () => {
      start(SEED_CLOSES - 10 * DAY - 3 * HOUR);
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      // The test page names no language; the card speaks the browser's.
      expect(el.closest('[lang]')).to.equal(null);
      const english = text(el, 'countdown');
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'de-DE' });
      try {
        window.dispatchEvent(new Event('languagechange'));
        await el.updateComplete;
        expect(text(el, 'countdown')).to.not.equal(english);
        expect(text(el, 'countdown')).to.contain('10 Tage');
        expect(text(el, 'deadline')).to.contain('Montag');
      } finally {
        delete (navigator as { language?: string }).language;
        window.dispatchEvent(new Event('languagechange'));
      }
      await el.updateComplete;
      expect(text(el, 'countdown')).to.equal(english);
    });
  });

  describe('for a visitor elsewhere', () => {
    it('adds the visitor\'s own time when their clock differs', async () => {
      start(SEED_CLOSES - DAY * 5);
      const el = await card(seed, { zone: 'Asia/Shanghai' });
      expect(text(el, 'deadline')).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
      expect(text(el, 'local-time')).to.equal('(20:00 your time)');
    });

    it('formats in the language of the nearest lang', async () => {
      start(SEED_CLOSES - DAY * 5);
      const wrapper = await fixture(html`<div lang="de"><job-posting local-time-zone="Europe/London" .posting=${seed}></job-posting></div>`);
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.updateComplete;
      expect(text(el, 'deadline')).to.contain('Montag, 15. November 2021');
      expect(text(el, 'countdown')).to.contain('5 Tage');
    });

    it('lets the page set the heading level', async () => {
      start(SEED_CLOSES - DAY);
      const el = await fixture<JobPosting>(html`<job-posting heading-level="2" .posting=${seed}></job-posting>`);
      expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('2');
      el.setAttribute('heading-level', 'seven');
      await el.updateComplete;
      expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('data', () => {
    it('reads an inline <script type="application/json">', async () => {
      start(SEED_CLOSES - DAY * 5);
      const el = await fixture<JobPosting>(
        html`<job-posting><script type="application/json">${JSON.stringify(seed)}</script></job-posting>`,
      );
      expect(text(el, 'title')).to.equal(seed.title);
      expect(el.state).to.equal('open');
    });

    it('reads an inline schema.org JobPosting, its HTML sanitised', async () => {
      start(SEED_CLOSES - DAY * 5);
      const job = {
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: seed.title,
        validThrough: '2021-11-15T12:00:00Z',
        url: seed.applyUrl,
        hiringOrganization: { name: 'University of Oxford' },
        description: '<p>Research on <b>robustness</b> &amp; uncertainty.</p><img src="/test/fixtures/no-such-image.png" onerror="window.__pwned = true"><script>window.__pwned = true</script><a href="javascript:alert(1)">bad</a>',
      };
      const el = await fixture<JobPosting>(
        html`<job-posting><script type="application/ld+json">${JSON.stringify(job)}</script></job-posting>`,
      );
      await el.loadComplete;
      const description = part(el, 'description') as HTMLElement;
      expect(text(el, 'description')).to.equal('Research on robustness & uncertainty.bad');
      expect(description.querySelector('b')?.textContent).to.equal('robustness');
      expect(description.querySelector('script, [onerror], [href^="javascript"]')?.outerHTML ?? null).to.equal(null);
      expect(description.querySelector('img')?.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/no-such-image.png`);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('re-renders when the posting changes, and the posting wins over inline data', async () => {
      start(SEED_CLOSES - DAY * 5);
      sinon.stub(console, 'warn');
      const el = await fixture<JobPosting>(
        html`<job-posting><script type="application/json">${JSON.stringify({ title: 'Inline' })}</script></job-posting>`,
      );
      expect(text(el, 'title')).to.equal('Inline');
      const loaded = oneEvent(el, 'job-posting-load');
      el.posting = { ...seed, title: 'Research Engineer' };
      expect(((await loaded) as JobPostingLoadEvent).detail.posting.title).to.equal('Research Engineer');
      expect(text(el, 'title')).to.equal('Research Engineer');
    });

    it('re-reads inline data that the page edits', async () => {
      start(SEED_CLOSES - DAY * 5);
      const el = await fixture<JobPosting>(
        html`<job-posting><script type="application/json">${JSON.stringify(seed)}</script></job-posting>`,
      );
      (el.querySelector('script') as HTMLScriptElement).textContent = JSON.stringify({ ...seed, title: 'Edited' });
      await oneEvent(el, 'job-posting-load');
      expect(text(el, 'title')).to.equal('Edited');
    });

    it("reads deadlines without an offset in the element's time-zone", async () => {
      start(SEED_CLOSES - DAY * 5);
      const el = await fixture<JobPosting>(html`<job-posting time-zone="America/New_York" .posting=${seed}></job-posting>`);
      expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-15T17:00:00Z');
      el.timeZone = 'Not/AZone';
      await el.updateComplete;
      expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-15T12:00:00Z');
    });

    it('says where inline JSON is broken, and keeps the fallback', async () => {
      start(SEED_CLOSES - DAY * 5);
      const logged = sinon.stub(console, 'error');
      const broken = '{"title": "T",\n "closes": }';
      const el = await fixture<JobPosting>(
        html`<job-posting><script type="application/json">${broken}</script><p class="fallback">See the department's vacancies.</p></job-posting>`,
      );
      await el.loadComplete;
      expect(el.state).to.equal('error');
      const reason = 'Could not read the inline <script> vacancy. The JSON is broken at line 2, column 12: a value was expected';
      // Visitors read a plain sentence; the reason is the page author's: the console and the `error` property.
      expect(text(el, 'error')).to.equal('This vacancy could not be shown.');
      expect(el.error).to.equal(reason);
      expect(logged.callCount).to.equal(1);
      expect(String(logged.firstCall.args[0])).to.contain(reason);
      expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
    });

    /**
     * A card a page script makes with no data and puts in `holder`, with the
     * console's errors and the card's error events recorded. Synchronous: what
     * the test does next happens in the same task, before the card's first update.
     */
    function bareCard(holder: HTMLElement): { el: JobPosting; logged: sinon.SinonStub; failed: sinon.SinonSpy } {
      const logged = sinon.stub(console, 'error');
      const el = document.createElement('job-posting');
      const failed = sinon.spy();
      el.addEventListener('job-posting-error', failed);
      holder.append(el);
      return { el, logged, failed };
    }

    it('reads a <script> the page appends just after the card, with no error in between', async () => {
      start(SEED_CLOSES - DAY);
      const { el, logged, failed } = bareCard(await fixture<HTMLElement>(html`<div></div>`));
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(seed) }));
      await el.loadComplete;
      expect(el.state).to.equal('closing-soon');
      expect(logged.callCount).to.equal(0);
      expect(failed.callCount).to.equal(0);
    });

    it('says so when it was given no vacancy at all, once the page has had its turn', async () => {
      start(SEED_CLOSES);
      const logged = sinon.stub(console, 'error');
      const el = await fixture<JobPosting>(html`<job-posting><p class="fallback">Vacancies</p></job-posting>`);
      // A page script may still give it one: it waits, quietly, for one more task.
      expect(el.state).to.equal('loading');
      expect(logged.callCount).to.equal(0);
      await clock.tickAsync(0);
      await el.loadComplete;
      expect(el.state).to.equal('error');
      expect(el.error).to.contain('No vacancy given');
      expect(logged.callCount).to.equal(1);
      expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
    });

    it('waits quietly for a posting a page script sets in a later task (a setTimeout(0) after creating the card)', async () => {
      start(SEED_CLOSES - DAY);
      const { el, logged, failed } = bareCard(await fixture<HTMLElement>(html`<div></div>`));
      setTimeout(() => (el.posting = seed), 0);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await clock.tickAsync(0);
      await el.loadComplete;
      expect(el.state).to.equal('closing-soon');
      expect(text(el, 'title')).to.equal(seed.title);
      expect(logged.callCount).to.equal(0);
      expect(failed.callCount).to.equal(0);
    });

    it('on a page still loading, waits for the load event and one more task: a posting set then is shown with no error, and a card never given one says so once', async () => {
      // A page of its own, still loading when its cards are made (the test page has long since loaded).
      const define = new URL('../src/define.ts', import.meta.url).href;
      const iframe = document.createElement('iframe');
      type Report = { said: string[]; atLoad: string[]; states: string[]; title: string };
      const reported = new Promise<Report>((resolve) => {
        window.addEventListener('message', (e: MessageEvent<Report>) => resolve(e.data), { once: true });
      });
      iframe.srcdoc = `<script type="module">
        import ${JSON.stringify(define)};
        const said = [];
        console.error = (message) => said.push(String(message));
        console.warn = () => {};
        const given = document.createElement('job-posting');
        const never = document.createElement('job-posting');
        document.body.append(given, never);
        addEventListener('load', () => {
          const atLoad = [document.readyState, given.state, never.state, String(said.length)];
          // After the load event and a microtask, as a page script that awaits something would.
          queueMicrotask(async () => {
            given.posting = { title: 'Research Engineer', closes: '2031-11-15T12:00', applyUrl: 'https://example.org/apply' };
            await Promise.all([given.loadComplete, never.loadComplete]);
            parent.postMessage({ said, atLoad, states: [given.state, never.state], title: given.normalizedPosting?.title ?? '' }, '*');
          });
        });
      <` + `/script>`;
      document.body.append(iframe);
      try {
        const { said, atLoad, states, title } = await reported;
        expect(atLoad).to.deep.equal(['complete', 'loading', 'loading', '0']);
        expect(states).to.deep.equal(['open', 'error']);
        expect(title).to.equal('Research Engineer');
        expect(said.length).to.equal(1);
        expect(said[0]).to.match(/^<job-posting>: No vacancy given/);
      } finally {
        iframe.remove();
      }
    });

    it('never makes a link of an apply URL that is not http(s)', async () => {
      start(SEED_CLOSES - DAY * 5);
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await card({ ...seed, applyUrl: 'javascript:alert(document.domain)' });
        expect(part(el, 'apply')).to.equal(null);
        expect(el.shadowRoot?.querySelector('a[href^="javascript"]')).to.equal(null);
        expect(el.warnings.join()).to.contain('not an http(s) link');
      } finally {
        warn.restore();
      }
    });

    it('fires job-posting-load with the normalised posting', async () => {
      start(SEED_CLOSES - DAY * 5);
      const el = document.createElement('job-posting');
      const loaded = oneEvent(el, 'job-posting-load');
      el.posting = seed;
      document.body.append(el);
      const { detail } = (await loaded) as CustomEvent<{ posting: Posting }>;
      expect(detail.posting.deadline?.closesAt).to.equal(SEED_CLOSES);
      expect(detail.posting.applyUrl).to.equal(seed.applyUrl);
      expect(el.normalizedPosting?.title).to.equal(seed.title);
      el.remove();
    });
  });

  describe('nothing optional can blank a card', () => {
    /** Every date formatter throws (`format` is a getter of a bound function): the deadline, which a card cannot do without, cannot be shown. */
    function noDates(): void {
      const fail = (): never => {
        throw new RangeError('no dates today');
      };
      sinon.stub(Intl.DateTimeFormat.prototype, 'format').get(() => fail);
      sinon.stub(Intl.DateTimeFormat.prototype, 'formatToParts').callsFake(fail);
    }

    /** What the card said: its state, its error or title, and the events it fired. */
    async function settle(el: JobPosting, parent: Element = document.body): Promise<{ events: string[] }> {
      const events: string[] = [];
      for (const type of ['job-posting-load', 'job-posting-error']) el.addEventListener(type, () => events.push(type));
      parent.append(el);
      await el.loadComplete;
      return { events };
    }

    it('leaves out a posted date that is not a real date, with a warning, and shows the card', async () => {
      start(SEED_CLOSES - 5 * DAY);
      const warn = sinon.stub(console, 'warn');
      const el = await card({ ...seed, posted: '2024-31-01' });
      await el.loadComplete;
      expect(el.state).to.equal('open');
      expect(text(el, 'title')).to.equal(seed.title);
      expect(text(el, 'facts')).not.to.contain('Posted');
      expect(el.warnings.join('\n')).to.contain('posted: "2024-31-01" is not a real date');
      expect(String(warn.lastCall?.args[0])).to.contain('not a real date');
    });

    it('leaves out, with a warning naming it, a field that cannot be worded', async () => {
      start(SEED_CLOSES - 5 * DAY);
      sinon.stub(console, 'warn');
      // Intl refusing the salary's figures stands for any formatter that throws on a value the reader let through.
      sinon.stub(Intl.NumberFormat.prototype, 'formatRange').throws(new RangeError('no range today'));
      const el = await card({ ...seed, salary: { min: 33309, max: 35326, currency: 'GBP', period: 'year' } });
      await el.loadComplete;
      expect(el.state).to.equal('open');
      expect(text(el, 'facts')).to.contain('Fixed-term');
      expect(text(el, 'facts')).not.to.contain('33');
      expect(el.warnings).to.include('salary: could not be shown (no range today); left out');
    });

    it('shows an error thrown while showing a vacancy as its error state, with the fallback; loadComplete resolves', async () => {
      start(SEED_CLOSES - 5 * DAY);
      const logged = sinon.stub(console, 'error');
      noDates();
      const el = document.createElement('job-posting');
      el.innerHTML = '<a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a>';
      el.posting = { ...seed, closes: '2021-11-15T12:00:00Z' };
      const { events } = await settle(el);
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(el.error).to.contain('no dates today');
      expect(events).to.deep.equal(['job-posting-error']);
      expect(String(logged.lastCall?.args[0])).to.contain('no dates today');
      expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
      // Once the page gives a vacancy it can show, it shows it.
      sinon.restore();
      el.posting = { ...seed };
      await el.loadComplete;
      expect(text(el, 'title')).to.equal(seed.title);
      el.remove();
    });

    it('in a list, such a card is in its error state, never empty', async () => {
      start(SEED_CLOSES - 5 * DAY);
      sinon.stub(console, 'error');
      noDates();
      const list = document.createElement('job-posting-list');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.text = JSON.stringify([{ ...seed, closes: '2021-11-15T12:00:00Z' }]);
      list.append(script);
      document.body.append(list);
      try {
        await list.loadComplete;
        const [only] = list.cards;
        expect(only?.getAttribute('state')).to.equal('error');
        expect(only?.error).to.contain('no dates today');
      } finally {
        list.remove();
      }
    });

    it('hands out a frozen copy as normalizedPosting: changing it cannot reach the apply link', async () => {
      start(SEED_CLOSES - 5 * DAY);
      const el = await card(seed);
      const shown = el.normalizedPosting as Posting;
      expect(() => {
        shown.applyUrl = 'javascript:alert(document.domain)';
      }).to.throw(TypeError);
      expect(() => {
        (shown.contact as { email: string }).email = 'x?cc=evil@example.org';
      }).to.throw(TypeError);
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'apply')?.getAttribute('href')).to.equal(seed.applyUrl);
    });

    it('builds the mailto link from a checked address: one that adds a recipient is not a link', async () => {
      start(SEED_CLOSES - 5 * DAY);
      sinon.stub(console, 'warn');
      const el = await card({ ...seed, contact: 'x?cc=evil@example.org' });
      await el.loadComplete;
      // Compared as text: a failing assertion on an element can hang the runner.
      const hrefs = [...(el.shadowRoot?.querySelectorAll('a[href^="mailto:"]') ?? [])].map((a) => a.getAttribute('href'));
      expect(hrefs.filter((href) => href?.includes('?'))).to.deep.equal([]);
      expect(text(el, 'title')).to.equal(seed.title);
    });

    it('reports a <job-posting> another library defined first: a console error naming the clash, and the list in its error state', async () => {
      // A page of its own, where the other library's definition comes before this library's.
      const define = new URL('../src/define.ts', import.meta.url).href;
      const iframe = document.createElement('iframe');
      type Report = { said: string[]; state: string; error: string; cards: number };
      const reported = new Promise<Report>((resolve) => {
        window.addEventListener('message', (e: MessageEvent<Report>) => resolve(e.data), { once: true });
      });
      iframe.srcdoc = `<script type="module">
        const said = [];
        console.error = (message) => said.push(String(message));
        try {
          customElements.define('job-posting', class extends HTMLElement {});
          await import(${JSON.stringify(define)});
          const list = document.createElement('job-posting-list');
          list.innerHTML = '<script type="application/json">{"title": "Research Engineer", "closes": "2031-11-15"}<' + '/script>';
          document.body.append(list);
          await list.loadComplete;
          parent.postMessage({ said, state: list.state, error: list.error ?? '', cards: list.cards.length }, '*');
        } catch (thrown) {
          parent.postMessage({ said: [String(thrown)], state: 'threw', error: '', cards: 0 }, '*');
        }
      <` + `/script>`;
      document.body.append(iframe);
      try {
        const { said, state, error, cards } = await reported;
        expect(said.join('\n')).to.match(/<job-posting>: another script defined the tag <job-posting> before this one/);
        expect(state).to.equal('error');
        expect(error).to.contain('Another script defined <job-posting>');
        expect(cards).to.equal(0);
      } finally {
        iframe.remove();
      }
    });
  });
});
