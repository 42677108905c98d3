import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAX_SLEEP, Ticker, type TickSubscriber } from '../../src/controllers/ticker.js';
import { useClock } from '../helpers.js';

/** A subscriber that records its ticks and wants one every `every` ms, aligned to the clock. */
class Recorder implements TickSubscriber {
  ticks: number[] = [];
  constructor(readonly every: number | null) {}
  nextTickAt(now: number): number | null {
    return this.every === null ? null : Math.floor(now / this.every) * this.every + this.every;
  }
  tick(now: number): void {
    this.ticks.push(now);
  }
}

/** Makes the page look hidden or visible, as switching tabs would. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('Ticker', () => {
  let clock: sinon.SinonFakeTimers;
  let ticker: Ticker;
  let subscribed: TickSubscriber[];

  beforeEach(() => {
    clock = useClock(Date.parse('2021-11-15T11:00:00.400Z'), { timers: true });
    ticker = new Ticker();
    // Every subscriber is let go after its test, so no ticker outlives it.
    subscribed = [];
    const add = ticker.add.bind(ticker);
    ticker.add = (s: TickSubscriber): void => {
      subscribed.push(s);
      add(s);
    };
  });

  afterEach(() => {
    for (const s of subscribed) ticker.delete(s);
    clock.restore();
    setVisibility('visible');
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('holds no timer without subscribers', () => {
    expect(ticker.scheduled).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });

  it('serves many subscribers with one timer, waking for the earliest', () => {
    const seconds = new Recorder(1000);
    const minutes = new Recorder(60_000);
    for (let i = 0; i < 200; i++) ticker.add(i % 2 ? seconds : new Recorder(60_000));
    ticker.add(minutes);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(600); // to 11:00:01.000, the next whole second
    expect(seconds.ticks).to.deep.equal([Date.parse('2021-11-15T11:00:01.000Z')]);
    expect(ticker.wakeUps).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
  });

  it('wakes only when someone needs it: 60 times a minute for seconds, once for minutes', () => {
    const minutes = new Recorder(60_000);
    ticker.add(minutes);
    clock.tick(60_000);
    expect(ticker.wakeUps).to.equal(1);
    const seconds = new Recorder(1000);
    ticker.add(seconds);
    clock.tick(60_000);
    expect(ticker.wakeUps).to.equal(1 + 60);
  });

  it('recomputes from the clock at each wake: a clock set forward is caught up at once', () => {
    const seconds = new Recorder(1000);
    ticker.add(seconds);
    clock.setSystemTime(Date.parse('2021-11-15T13:00:00.000Z'));
    clock.tick(1000);
    expect(seconds.ticks.at(-1)).to.be.at.least(Date.parse('2021-11-15T13:00:00.000Z'));
  });

  it('moves its timer only for someone due sooner: 1,000 cards joining set it once', () => {
    const set = sinon.spy(globalThis, 'setTimeout');
    // The same deadline for all: the first sets the timer, the rest are due no sooner.
    for (let i = 0; i < 1000; i++) ticker.add(new Recorder(60_000));
    expect(set.callCount).to.equal(1);
    const sooner = new Recorder(1000);
    ticker.add(sooner);
    expect(set.callCount).to.equal(2);
    clock.tick(600);
    expect(sooner.ticks).to.have.length(1);
  });

  it('re-plans when the subscriber it waited for leaves or is due later', () => {
    const seconds = new Recorder(1000);
    const minutes = new Recorder(60_000);
    ticker.add(minutes);
    ticker.add(seconds);
    ticker.delete(seconds);
    // No wake for nobody at the next second: the timer waits for the minute.
    clock.tick(1000);
    expect(ticker.wakeUps).to.equal(0);
    clock.tick(59_000);
    expect(ticker.wakeUps).to.equal(1);
    expect(minutes.ticks).to.deep.equal([Date.parse('2021-11-15T11:01:00.000Z')]);
  });

  it('never sleeps longer than an hour', () => {
    ticker.add(new Recorder(24 * 3_600_000));
    clock.tick(MAX_SLEEP);
    expect(ticker.wakeUps).to.equal(1);
  });

  it('lets go when the last subscriber leaves', () => {
    const a = new Recorder(1000);
    const b = new Recorder(1000);
    ticker.add(a);
    ticker.add(b);
    ticker.add(a);
    expect(ticker.subscriberCount).to.equal(2);
    ticker.delete(a);
    ticker.delete(b);
    ticker.delete(b);
    expect(ticker.subscriberCount).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });

  it('adding and removing 1,000 times leaves no timer behind', () => {
    for (let i = 0; i < 1000; i++) {
      const r = new Recorder(1000);
      ticker.add(r);
      ticker.delete(r);
    }
    expect(ticker.subscriberCount).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });

  it('sleeps while the page is hidden and catches up when it is shown', () => {
    const seconds = new Recorder(1000);
    ticker.add(seconds);
    setVisibility('hidden');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(3_600_000);
    expect(seconds.ticks).to.deep.equal([]);
    setVisibility('visible');
    expect(seconds.ticks).to.deep.equal([Date.parse('2021-11-15T12:00:00.400Z')]);
    expect(clock.countTimers()).to.equal(1);
  });

  it('keeps going when one subscriber throws', () => {
    const errors = sinon.stub(console, 'error');
    try {
      const bad: TickSubscriber = { nextTickAt: (now) => now + 1000, tick: () => { throw new Error('boom'); } };
      const good = new Recorder(1000);
      ticker.add(bad);
      ticker.add(good);
      clock.tick(1000);
      expect(good.ticks.length).to.equal(1);
      expect(errors.callCount).to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it('sets no timer for subscribers that never need one', () => {
    ticker.add(new Recorder(null));
    expect(clock.countTimers()).to.equal(0);
  });
});
