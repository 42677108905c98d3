/**
 * Which of a list's vacancies have closed, worked out from the page's one
 * shared {@link ticker}: the host is woken as each deadline passes (for
 * `hide-closed`), and `now` is the instant of the latest wake.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { changedKey } from '../memo-key.js';
import { readPosting } from '../model/from-json.js';
import { ticker as sharedTicker, type Ticker, type TickSubscriber } from './ticker.js';

export class ClosingController implements ReactiveController, TickSubscriber {
  /** The instant the host works out what is closed at. */
  now = Date.now();
  readonly #host: ReactiveControllerHost & Element;
  readonly #ticker: Ticker;
  /** Each vacancy's closing instant (undefined: none, or unreadable). */
  #deadlines: readonly (number | undefined)[] = [];
  #key: readonly unknown[] = [];

  constructor(host: ReactiveControllerHost & Element, ticker: Ticker = sharedTicker) {
    this.#host = host;
    this.#ticker = ticker;
    host.addController(this);
  }

  /**
   * Watches the deadlines `deadlines()` gives (one per vacancy), worked out
   * again only when `key` changes; new deadlines start from the current time.
   */
  watch(key: readonly unknown[], deadlines: () => readonly (number | undefined)[]): void {
    if (!changedKey(this.#key, key)) return;
    this.#key = key;
    this.#deadlines = deadlines();
    if (this.#host.isConnected) this.hostConnected();
  }

  /** Whether the `i`th vacancy had closed at {@link now}. */
  closed(i: number): boolean {
    return (this.#deadlines[i] ?? Infinity) <= this.now;
  }

  hostConnected(): void {
    this.now = Date.now();
    this.#ticker.delete(this);
    if (this.nextTickAt(this.now) !== null) this.#ticker.add(this);
  }

  hostDisconnected(): void {
    this.#ticker.delete(this);
  }

  nextTickAt(now: number): number | null {
    let next: number | null = null;
    for (const d of this.#deadlines) if (d !== undefined && d > now && (next === null || d < next)) next = d;
    return next;
  }

  /** The ticker wakes it only at a deadline, or when the clock jumped or the zone changed: either way, work it out again. */
  tick(now: number): void {
    this.now = now;
    this.#host.requestUpdate();
    if (this.nextTickAt(now) === null) this.#ticker.delete(this);
  }
}

/** A vacancy's closing instant, when it has one and reads. */
export function closesAtOf(posting: unknown, timeZone: string, baseUrl: string | undefined): number | undefined {
  const read = readPosting(posting, { timeZone, baseUrl });
  return read.ok ? read.value.deadline?.closesAt : undefined;
}
