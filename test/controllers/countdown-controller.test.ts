import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as template, type PropertyValues } from 'lit';
import sinon from 'sinon';
import { CountdownController } from '../../src/controllers/countdown-controller.js';
import { Ticker } from '../../src/controllers/ticker.js';
import { remainingAt, type Announcement } from '../../src/model/countdown.js';
import { DAY, HOUR, SEED_CLOSES, useClock } from '../helpers.js';

const MINUTE = 60_000;

/**
 * A host as the card uses the controller: `closes` handed over in willUpdate,
 * the time left rendered from the controller's `now`. Its own ticker, so a test
 * sees every wake-up; it counts its renders and the announcements it heard.
 */
class CountdownHost extends LitElement {
  static override properties = { closes: { type: Number } };
  closes: number | undefined;
  ticker = new Ticker();
  announced: Announcement[] = [];
  renders = 0;
  countdown = new CountdownController(this, { ticker: this.ticker, onAnnouncement: (a) => this.announced.push(a) });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('closes')) this.countdown.closesAt = this.closes;
  }

  override render(): unknown {
    this.renders++;
    const { closesAt, now, seconds } = this.countdown;
    return template`${closesAt === undefined ? '' : JSON.stringify(remainingAt(closesAt, now, seconds))}`;
  }
}
customElements.define('countdown-test-host', CountdownHost);

/** A host on the page counting down to the seed's deadline, its first render done and not counted. */
async function counting(): Promise<CountdownHost> {
  const host = await fixture<CountdownHost>(html`<countdown-test-host .closes=${SEED_CLOSES}></countdown-test-host>`);
  host.renders = 0;
  return host;
}

/** What the host shows now. */
const shown = (host: CountdownHost): string => host.shadowRoot?.textContent ?? '';

describe('CountdownController', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => {
    sinon.restore();
  });

  it('re-renders its host the moment the shown time left changes, waking for nothing in between', async () => {
    clock = useClock(SEED_CLOSES - 2 * HOUR - 30_000, { timers: true });
    const host = await counting();
    expect(shown(host)).to.equal('{"hours":2,"minutes":0}');
    const seen: string[] = [];
    for (let second = 1; second <= 180; second++) {
      clock.tick(1000);
      await host.updateComplete;
      if (seen.at(-1) !== shown(host)) seen.push(shown(host));
    }
    // Three changes in three minutes (at +30.001 s, +90.001 s, +150.001 s): three wake-ups, three renders.
    expect(seen).to.deep.equal(['{"hours":2,"minutes":0}', '{"hours":1,"minutes":59}', '{"hours":1,"minutes":58}', '{"hours":1,"minutes":57}']);
    expect([host.ticker.wakeUps, host.renders]).to.deep.equal([3, 3]);
  });

  it('announces each threshold once, and lets go of the ticker when the deadline passes', async () => {
    clock = useClock(SEED_CLOSES - 25 * HOUR, { timers: true });
    const host = await counting();
    expect(host.ticker.subscriberCount).to.equal(1);
    clock.tick(24 * HOUR + 1);
    expect(host.announced).to.deep.equal(['day-left', 'hour-left']);
    clock.tick(HOUR);
    await host.updateComplete;
    expect(host.announced).to.deep.equal(['day-left', 'hour-left', 'closed']);
    expect(shown(host)).to.equal('null');
    expect([host.ticker.subscriberCount, host.ticker.scheduled, clock.countTimers()]).to.deep.equal([0, false, 0]);
    clock.tick(DAY);
    expect(host.announced.length).to.equal(3);
  });

  it('stops when its host leaves the page, and counts on from the clock when it comes back', async () => {
    clock = useClock(SEED_CLOSES - 10 * MINUTE, { timers: true });
    const host = await counting();
    const parent = host.parentElement as HTMLElement;
    host.remove();
    expect([host.ticker.subscriberCount, host.ticker.scheduled]).to.deep.equal([0, false]);
    clock.tick(5 * MINUTE);
    expect([host.renders, host.ticker.wakeUps, host.announced.length]).to.deep.equal([0, 0, 0]);
    parent.append(host);
    expect([host.countdown.now, host.ticker.subscriberCount]).to.deep.equal([Date.now(), 1]);
    clock.tick(1);
    await host.updateComplete;
    expect(shown(host)).to.equal('{"minutes":4,"seconds":59}');
  });

  it('paused, the text stands still, and the host still closes on time', async () => {
    clock = useClock(SEED_CLOSES - 10 * MINUTE, { timers: true });
    const host = await counting();
    host.countdown.paused = true;
    await host.updateComplete;
    const standing = shown(host);
    host.renders = 0;
    clock.tick(10 * MINUTE - 1);
    await host.updateComplete;
    expect([host.renders, shown(host), host.ticker.wakeUps]).to.deep.equal([0, standing, 0]);
    clock.tick(1);
    await host.updateComplete;
    expect([host.renders, shown(host), host.announced]).to.deep.equal([1, 'null', ['closed']]);
  });

  it('without seconds (reduced motion) the last hour wakes the page once a minute, with them once a second', async () => {
    clock = useClock(SEED_CLOSES - 10 * MINUTE, { timers: true });
    const host = await counting();
    host.countdown.seconds = false;
    await host.updateComplete;
    clock.tick(5 * MINUTE);
    await host.updateComplete;
    expect([host.ticker.wakeUps, shown(host)]).to.deep.equal([5, '{"minutes":5}']);
    host.countdown.seconds = true;
    clock.tick(MINUTE);
    expect(host.ticker.wakeUps).to.equal(5 + 60);
  });

  it('a new deadline counts from the clock; one already past holds no timer', async () => {
    clock = useClock(SEED_CLOSES - 2 * HOUR, { timers: true });
    const host = await counting();
    clock.tick(HOUR);
    host.closes = SEED_CLOSES + DAY;
    await host.updateComplete;
    expect([host.countdown.now, shown(host)]).to.deep.equal([Date.now(), '{"days":1,"hours":1}']);
    host.closes = SEED_CLOSES - 2 * HOUR;
    await host.updateComplete;
    expect([host.ticker.subscriberCount, host.ticker.scheduled, shown(host)]).to.deep.equal([0, false, 'null']);
  });

  it('with an offset, counts by the server clock and wakes on the device clock when the server-side text changes', async () => {
    // The server's clock is 3 days ahead: 2 hours 30 seconds left by it.
    clock = useClock(SEED_CLOSES - 3 * DAY - 2 * HOUR - 30_000, { timers: true });
    const host = await counting();
    host.countdown.offset = 3 * DAY;
    await host.updateComplete;
    expect([host.countdown.now, shown(host)]).to.deep.equal([Date.now() + 3 * DAY, '{"hours":2,"minutes":0}']);
    clock.tick(30_000);
    expect(host.ticker.wakeUps).to.equal(0);
    clock.tick(1);
    await host.updateComplete;
    expect([host.ticker.wakeUps, shown(host)]).to.deep.equal([1, '{"hours":1,"minutes":59}']);
    clock.tick(2 * HOUR);
    await host.updateComplete;
    expect([host.announced.at(-1), host.ticker.subscriberCount, shown(host)]).to.deep.equal(['closed', 0, 'null']);
  });
});
