import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { JobPostingList } from '../src/job-posting-list.js';
import { MINUTE } from '../src/model/countdown.js';
import { DAY, HOUR, text, useClock } from './helpers.js';

/** The device's clock in these tests (whole seconds, as a Date header is). */
const NOW = Date.parse('2026-12-02T09:00:00Z');
const NOTICE = "Your device's clock is 3 days behind; times here follow the server's clock.";

const vacancy = (title: string, closesIn: number): object => ({
  title,
  closes: new Date(NOW + closesIn).toISOString(),
  applyUrl: 'https://example.org/apply',
});

/** A `/clock` URL serving `body` as JSON with the Date `date` (ms) and Age `age` (s) when given. */
function served(body: object, date?: number, age?: number): string {
  const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(body))));
  const query = new URLSearchParams({ body: b64.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') });
  if (date !== undefined) query.set('date', String(date));
  if (age !== undefined) query.set('age', String(age));
  return `/clock?${query.toString()}`;
}

async function card(src: string): Promise<JobPosting> {
  const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" src=${src}></job-posting>`);
  await el.loadComplete;
  return el;
}

/** The card's one line about the clock, or '' when it shows none. */
function notice(el: JobPosting): string {
  const line = [...(el.shadowRoot?.querySelectorAll('p') ?? [])].find((p) => p.textContent?.startsWith("Your device's clock"));
  return line?.textContent?.trim() ?? '';
}

describe("the server's clock", () => {
  afterEach(() => {
    sinon.restore();
  });

  it('a server three days ahead: the time left, the state and a notice follow its clock', async () => {
    useClock(NOW);
    const el = await card(served(vacancy('Research Fellow', 5 * DAY), NOW + 3 * DAY));
    expect(text(el, 'countdown')).to.equal('2 days left');
    expect(el.state).to.equal('closing-soon');
    expect(notice(el)).to.equal(NOTICE);
  });

  it('closed when the server says the deadline passed, though the device thinks not', async () => {
    useClock(NOW);
    const el = await card(served(vacancy('Research Fellow', 2 * DAY), NOW + 3 * DAY));
    expect(el.state).to.equal('closed');
    expect(text(el, 'countdown')).to.equal('Applications closed yesterday');
    expect(el.shadowRoot?.querySelector('[part="apply"]')).to.equal(null);
    expect(notice(el)).to.equal(NOTICE);
  });

  it('a server behind: the device is ahead, and the card says so', async () => {
    useClock(NOW);
    const el = await card(served(vacancy('Research Fellow', 5 * DAY), NOW - 2 * DAY));
    expect(text(el, 'countdown')).to.equal('7 days left');
    expect(notice(el)).to.equal("Your device's clock is 2 days ahead; times here follow the server's clock.");
  });

  it('Age is added to the Date header', async () => {
    useClock(NOW);
    // Generated an hour before it was served from a cache: the server's clock is 3 days ahead, not 3 days less an hour.
    const el = await card(served(vacancy('Research Fellow', 5 * DAY), NOW + 3 * DAY - HOUR, 3600));
    expect(text(el, 'countdown')).to.equal('2 days left');
    expect(notice(el)).to.equal(NOTICE);
  });

  it('under the threshold: the device clock, no notice', async () => {
    useClock(NOW);
    const el = await card(served(vacancy('Research Fellow', 5 * DAY), NOW + MINUTE));
    expect(text(el, 'countdown')).to.equal('5 days left');
    expect(el.state).to.equal('open');
    expect(notice(el)).to.equal('');
  });

  it('no Date header: the device clock, no notice, no guess', async () => {
    useClock(NOW);
    const el = await card(served(vacancy('Research Fellow', 5 * DAY)));
    expect(text(el, 'countdown')).to.equal('5 days left');
    expect(notice(el)).to.equal('');
  });

  it('counts down and closes on time by the server clock', async () => {
    const clock = useClock(NOW, { timers: true });
    const el = await card(served(vacancy('Research Fellow', 3 * DAY + 2 * HOUR), NOW + 3 * DAY));
    expect(text(el, 'countdown')).to.equal('2 hours left');
    const closed = sinon.spy();
    el.addEventListener('job-posting-closed', closed);
    clock.tick(HOUR + 1000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('59 minutes, 59 seconds left');
    clock.tick(HOUR);
    await el.updateComplete;
    expect(closed.callCount).to.equal(1);
    expect(el.state).to.equal('closed');
    expect(notice(el)).to.equal(NOTICE);
  });

  it('<job-posting-list> measures once and its cards share the offset', async () => {
    useClock(NOW);
    let fetches = 0;
    class CountingList extends JobPostingList {
      override fetch(request: Request): Promise<Response> {
        fetches++;
        return super.fetch(request);
      }
    }
    customElements.define('counting-clock-list', CountingList);
    const src = served({ vacancies: [vacancy('Research Fellow', 5 * DAY), vacancy('Engineer', 10 * DAY), vacancy('Lecturer', 2 * DAY)] }, NOW + 3 * DAY);
    const list = document.createElement('counting-clock-list') as JobPostingList;
    list.setAttribute('lang', 'en-GB');
    list.setAttribute('hide-closed', '');
    list.src = src;
    await fixture(html`<div>${list}</div>`);
    await list.loadComplete;
    expect(fetches).to.equal(1);
    // The Lecturer post closed by the server's clock: hide-closed hides it.
    expect(list.cards.map((c) => text(c, 'title'))).to.deep.equal(['Research Fellow', 'Engineer']);
    expect(list.cards.map((c) => c.clockOffset)).to.deep.equal([3 * DAY, 3 * DAY]);
    expect(list.cards.map((c) => text(c, 'countdown'))).to.deep.equal(['2 days left', '7 days left']);
    expect(list.cards.map(notice)).to.deep.equal([NOTICE, NOTICE]);
  });
});
