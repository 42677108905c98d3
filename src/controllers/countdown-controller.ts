/**
 * The live part of a card: keeps `now` current for a host while its deadline
 * is ahead, on the page's one shared {@link ticker}, and reports thresholds.
 * `now` is the device's clock plus {@link CountdownController.offset} (the
 * server's clock, when the card measured one); the ticker keeps the device's.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcementFor, nextChangeAt, remainingAt, stateAt, type Announcement } from '../model/countdown.js';
import { ticker as sharedTicker, type Ticker, type TickSubscriber } from './ticker.js';

export interface CountdownOptions {
  /** Called once for each threshold crossed while the card is on the page. */
  onAnnouncement?: (announcement: Announcement) => void;
  ticker?: Ticker;
}

export class CountdownController implements ReactiveController, TickSubscriber {
  /** The instant the host shows its countdown for. */
  now = Date.now();
  readonly #host: ReactiveControllerHost;
  readonly #ticker: Ticker;
  readonly #onAnnouncement: ((a: Announcement) => void) | undefined;
  #closesAt: number | undefined;
  #connected = false;
  #paused = false;
  #seconds = true;
  #offset = 0;

  constructor(host: ReactiveControllerHost, options: CountdownOptions = {}) {
    this.#host = host;
    this.#ticker = options.ticker ?? sharedTicker;
    this.#onAnnouncement = options.onAnnouncement;
    host.addController(this);
  }

  /** The deadline counted down to; setting it restarts from the current time. */
  get closesAt(): number | undefined {
    return this.#closesAt;
  }

  set closesAt(value: number | undefined) {
    if (value === this.#closesAt) return;
    this.#closesAt = value;
    this.now = Date.now() + this.#offset;
    this.#sync();
  }

  /** Added to the device's clock to give `now`, in ms: how far the server's clock is ahead (0: the device's clock). */
  get offset(): number {
    return this.#offset;
  }

  set offset(value: number) {
    if (value === this.#offset) return;
    this.#offset = value;
    this.now = Date.now() + this.#offset;
    this.#sync();
    this.#host.requestUpdate();
  }

  /** While paused the countdown text stands still; the card still closes on time. */
  get paused(): boolean {
    return this.#paused;
  }

  set paused(value: boolean) {
    if (value === this.#paused) return;
    this.#paused = value;
    if (!value) this.tick(Date.now());
    this.#ticker.reschedule(this);
    this.#host.requestUpdate();
  }

  /** False when the visitor prefers reduced motion: the last hour counts in minutes, not seconds. */
  get seconds(): boolean {
    return this.#seconds;
  }

  set seconds(value: boolean) {
    if (value === this.#seconds) return;
    this.#seconds = value;
    this.#ticker.reschedule(this);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.now = Date.now() + this.#offset;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#ticker.delete(this);
  }

  /** `now` and the instant returned are the device's clock, as the ticker keeps it. */
  nextTickAt(now: number): number | null {
    const closesAt = this.#closesAt;
    if (closesAt === undefined) return null;
    const at = now + this.#offset;
    const next = this.#paused ? (at < closesAt ? closesAt : null) : nextChangeAt(closesAt, at, this.#seconds);
    return next === null ? null : next - this.#offset;
  }

  /** `device`: the device's clock, as the ticker keeps it. */
  tick(device: number, force = false): void {
    const now = device + this.#offset;
    const closesAt = this.#closesAt;
    if (closesAt === undefined) return;
    const closedNow = !(closesAt - now > 0);
    if (force) this.#host.requestUpdate();
    if (this.#paused && !closedNow) return;
    const before = this.now;
    if (viewKey(closesAt, before, this.#seconds) !== viewKey(closesAt, now, this.#seconds)) {
      this.now = now;
      this.#host.requestUpdate();
    } else {
      this.now = now;
    }
    const announcement = announcementFor(closesAt - before, closesAt - now);
    if (announcement) this.#onAnnouncement?.(announcement);
    if (closedNow) this.#ticker.delete(this);
  }

  #sync(): void {
    const live = this.#connected && this.#closesAt !== undefined && this.#closesAt - this.now > 0;
    if (live) {
      this.#ticker.add(this);
      this.#ticker.reschedule(this);
    } else {
      this.#ticker.delete(this);
    }
  }
}

function viewKey(closesAt: number, now: number, seconds: boolean): string {
  return `${stateAt(closesAt, now)}|${JSON.stringify(remainingAt(closesAt, now, seconds))}`;
}
