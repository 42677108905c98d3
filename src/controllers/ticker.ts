/**
 * One timer for every card on the page.
 *
 * Each subscriber says when its visible text next changes; the ticker keeps a
 * single `setTimeout` for the earliest of those instants (at most an hour
 * away) and, on waking, re-reads the clock and ticks the subscribers that are
 * due. When the wake shows the clock jumped (the computer slept, the clock
 * was changed) or the time zone changed, every subscriber recomputes, so the
 * countdown is right at the next tick instead of drifting. Nothing runs while
 * the page is hidden; coming back recomputes at once.
 */

import { clearIntlCache } from '../model/intl-cache.js';

/** Something that shows time and wants to be woken when it changes. */
export interface TickSubscriber {
  /** The next instant the subscriber's output can change after `now`, or null for never. */
  nextTickAt(now: number): number | null;
  /** Recompute from `now`; must write nothing when nothing changed. `force`: the zone or clock changed. */
  tick(now: number, force?: boolean): void;
}

/** The longest the ticker sleeps, whatever the subscribers ask. */
export const MAX_SLEEP = 60 * 60 * 1000;
/** A wake this far from its planned wall-clock time means the clock jumped. */
const JUMP = 2000;

export class Ticker {
  readonly #due = new Map<TickSubscriber, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #plannedFor = 0;
  /** The earliest due instant when the timer was planned (the timer may wake sooner, capped at MAX_SLEEP). */
  #plannedDue = Infinity;
  #listening = false;
  #wakeUps = 0;
  #zone = currentZone();

  /** How many subscribers the ticker serves (0 when every card is closed or gone). */
  get subscriberCount(): number {
    return this.#due.size;
  }

  /** Whether a timer is pending now. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** Whether the ticker listens for the page being hidden (only while it has subscribers). */
  get listening(): boolean {
    return this.#listening;
  }

  /** How many times the timer has fired since the page loaded (for benchmarks and tests). */
  get wakeUps(): number {
    return this.#wakeUps;
  }

  add(subscriber: TickSubscriber): void {
    if (this.#due.has(subscriber)) return;
    const due = subscriber.nextTickAt(Date.now()) ?? Infinity;
    this.#due.set(subscriber, due);
    this.#listen(true);
    this.#consider(due);
  }

  delete(subscriber: TickSubscriber): void {
    const due = this.#due.get(subscriber);
    if (!this.#due.delete(subscriber)) return;
    if (this.#due.size === 0) this.#listen(false);
    // Only a subscriber the timer was set for can leave it waking for nobody.
    if (this.#due.size === 0 || due === this.#plannedDue) this.#schedule();
  }

  /** Re-plan after a subscriber's next instant changed (paused, resumed, new deadline). */
  reschedule(subscriber?: TickSubscriber): void {
    const now = Date.now();
    if (!subscriber) {
      for (const s of this.#due.keys()) this.#due.set(s, s.nextTickAt(now) ?? Infinity);
      this.#schedule();
      return;
    }
    const before = this.#due.get(subscriber);
    if (before === undefined) return;
    const due = subscriber.nextTickAt(now) ?? Infinity;
    this.#due.set(subscriber, due);
    if (before === this.#plannedDue && due > before) this.#schedule();
    else this.#consider(due);
  }

  /**
   * A subscriber is now due at `due`: the timer is moved only when that is
   * sooner than planned, so adding many cards costs no rescan per card.
   */
  #consider(due: number): void {
    if (this.#timer !== undefined && due >= this.#plannedDue) return;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#plannedDue = Infinity;
    if (this.#due.size === 0 || isHidden()) return;
    let next = Infinity;
    for (const at of this.#due.values()) if (at < next) next = at;
    if (next === Infinity) return;
    this.#plannedDue = next;
    const now = Date.now();
    const delay = Math.min(Math.max(0, next - now), MAX_SLEEP);
    this.#plannedFor = now + delay;
    this.#timer = setTimeout(this.#wake, delay);
  }

  readonly #wake = (): void => {
    this.#timer = undefined;
    this.#wakeUps++;
    const now = Date.now();
    this.#tick(now, Math.abs(now - this.#plannedFor) > JUMP);
  };

  #tick(now: number, everyone: boolean): void {
    const zone = currentZone();
    const zoneChanged = zone !== this.#zone;
    this.#zone = zone;
    // Formatters and the remembered zone belong to the old zone.
    if (zoneChanged) clearIntlCache();
    for (const [subscriber, due] of [...this.#due]) {
      if (!everyone && !zoneChanged && due > now) continue;
      try {
        subscriber.tick(now, everyone || zoneChanged);
      } catch (error) {
        console.error('<job-posting>: a countdown failed to update', error);
      }
      if (this.#due.has(subscriber)) this.#due.set(subscriber, subscriber.nextTickAt(now) ?? Infinity);
    }
    this.#schedule();
  }

  readonly #onVisibility = (): void => {
    if (isHidden()) this.#schedule();
    else this.#tick(Date.now(), true);
  };

  #listen(on: boolean): void {
    if (on === this.#listening || typeof document === 'undefined') return;
    this.#listening = on;
    if (on) document.addEventListener('visibilitychange', this.#onVisibility);
    else document.removeEventListener('visibilitychange', this.#onVisibility);
  }
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/** The runtime's time zone now (it changes when the visitor travels or changes settings). */
function currentZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The ticker every card on the page shares. */
export const ticker = new Ticker();
