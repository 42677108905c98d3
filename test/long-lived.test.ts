import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { environmentWatchers, ticker } from '../src/testing.js';
import type { JobPosting } from '../src/job-posting.js';
import { DAY, HOUR, part, sameWords, seed, SEED_CLOSES, text, useClock } from './helpers.js';

// Pages left open for days: clocks that jump, zones that change, many cards.
describe('long-lived pages', () => {
  let clock: sinon.SinonFakeTimers;
  const start = (at: number): void => {
    clock = useClock(at, { timers: true });
  };
  afterEach(() => {
    sinon.restore();
  });

  it('is right at the next tick after the clock is set back', async () => {
    start(SEED_CLOSES - 10 * 60_000);
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    expect(text(el, 'countdown')).to.equal('10 minutes left');
    clock.setSystemTime(SEED_CLOSES - 70 * 60_000);
    clock.tick(1000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('1 hour, 9 minutes left');
  });

  it('is right at the next tick after the computer sleeps past the deadline', async () => {
    start(SEED_CLOSES - 3 * DAY);
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    clock.setSystemTime(SEED_CLOSES + DAY);
    clock.tick(HOUR);
    await el.updateComplete;
    expect(el.state).to.equal('closed');
    expect(ticker.subscriberCount).to.equal(0);
  });

  it('follows the visitor to another time zone at the next tick', async function () {
    // WebDriver classic (WebKit) cannot set the browser's zone: this test skips there.
    if (!(await executeServerCommand('emulate-timezone', { zone: 'Europe/London' }))) this.skip();
    try {
      start(SEED_CLOSES - 10 * 60_000);
      const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" .posting=${seed}></job-posting>`);
      expect(part(el, 'local-time')).to.equal(null);
      await executeServerCommand('emulate-timezone', { zone: 'Asia/Tokyo' });
      clock.tick(1000);
      await el.updateComplete;
      expect(text(el, 'local-time')).to.equal('(21:00 your time)');
    } finally {
      await executeServerCommand('emulate-timezone', { zone: 'UTC' });
    }
  });

  describe('zones at the edges', () => {
    const cases: [string, string][] = [
      ['Pacific/Kiritimati', '(02:00, Tuesday, 16 November your time)'], // UTC+14
      ['Etc/GMT+12', '(00:00 your time)'], // UTC−12
      ['Asia/Kolkata', '(17:30 your time)'], // half-hour
      ['Asia/Kathmandu', '(17:45 your time)'], // 45-minute
      ['America/St_Johns', '(08:30 your time)'], // −3:30
    ];
    for (const [zone, local] of cases) {
      it(`a visitor in ${zone}`, async () => {
        start(SEED_CLOSES - 2 * DAY);
        const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" local-time-zone=${zone} .posting=${seed}></job-posting>`);
        expect(text(el, 'deadline')).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
        expect(sameWords(text(el, 'local-time'), local)).to.equal(true, text(el, 'local-time'));
      });
    }

    it('a posting in UTC+14, seen from UTC−12, counts down to the same instant', async () => {
      start(Date.parse('2021-11-14T00:00:00Z'));
      const el = await fixture<JobPosting>(
        html`<job-posting lang="en-GB" local-time-zone="Etc/GMT+12" .posting=${{ ...seed, closes: '2021-11-15T12:00', timeZone: 'Pacific/Kiritimati' }}></job-posting>`,
      );
      expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-14T22:00:00Z');
      expect(text(el, 'countdown')).to.equal('22 hours left');
      expect(sameWords(text(el, 'local-time'), '(10:00, Sunday, 14 November your time)')).to.equal(true, text(el, 'local-time'));
    });
  });

  it('a week with 200 cards: one timer at a time, every card closes on time, nothing left behind', async function () {
    // A simulated week is a lot of fake time; slower engines need longer than mocha's default.
    this.timeout(60_000);
    const begin = Date.parse('2021-11-08T09:00:00Z');
    start(begin);
    const listeners = { added: 0, removed: 0 };
    const add = sinon.stub(window, 'addEventListener').callsFake(function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      listeners.added++;
      return add.wrappedMethod.apply(this, args);
    });
    const remove = sinon.stub(window, 'removeEventListener').callsFake(function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      listeners.removed++;
      return remove.wrappedMethod.apply(this, args);
    });
    // 200 cards closing at five moments through the week (several posts share a
    // deadline, as on a real list); each closing brings an hour of per-second ticks.
    const postings = Array.from({ length: 200 }, (_, i) => ({
      ...seed,
      title: `Post ${i}`,
      closes: new Date(begin + ((i % 5) + 1) * 31.5 * HOUR).toISOString(),
    }));
    const wrapper = await fixture<HTMLElement>(html`<div>${postings.map((p) => html`<job-posting .posting=${p}></job-posting>`)}</div>`);
    const cards = [...wrapper.querySelectorAll('job-posting')];
    // The language, the strings table: watched once for the page, not once per card.
    expect(listeners.added).to.be.at.most(2);
    const closed = sinon.spy();
    wrapper.addEventListener('job-posting-closed', closed);
    expect(ticker.subscriberCount).to.equal(200);
    let most = 0;
    for (let hour = 0; hour < 7 * 24; hour++) {
      clock.tick(HOUR);
      most = Math.max(most, clock.countTimers());
    }
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(most).to.equal(1);
    expect(closed.callCount).to.equal(200);
    expect(cards.every((c) => c.state === 'closed')).to.equal(true);
    expect(ticker.subscriberCount).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
    wrapper.remove();
    expect(listeners.added - listeners.removed).to.equal(0);
    expect(ticker.listening).to.equal(false);
    expect(environmentWatchers()).to.equal(0);
  });

  it('adding and removing a card 1,000 times leaves no timer or subscriber behind', async () => {
    start(SEED_CLOSES - DAY);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('job-posting');
    el.posting = seed;
    for (let i = 0; i < 1000; i++) {
      wrapper.append(el);
      if (i === 0) await el.updateComplete;
      expect(ticker.subscriberCount).to.equal(1);
      el.remove();
    }
    expect(ticker.subscriberCount).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
    expect(ticker.listening).to.equal(false);
  });
});
