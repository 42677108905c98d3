/**
 * One timer for every card on the page.
 *
 * Each subscriber says when its visible text next changes; the ticker keeps a
 * single `setTimeout` for the earliest of those instants (at most an hour
 * away), and on every wake re-reads the clock and lets every subscriber
 * recompute from it — so sleep, clock changes and background-tab throttling
 * are corrected at the next wake instead of accumulating. Nothing runs while
 * the page is hidden; coming back recomputes at once.
 */

/** Something that shows time and wants to be woken when it changes. */
export interface TickSubscriber {
  /** The next instant the subscriber's output can change after `now`, or null for never. */
  nextTickAt(now: number): number | null;
  /** Recompute from `now`; must write nothing when nothing changed. */
  tick(now: number): void;
}

/** The longest the ticker sleeps, whatever the subscribers ask. */
export const MAX_SLEEP = 60 * 60 * 1000;

export class Ticker {
  readonly #subscribers = new Set<TickSubscriber>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listening = false;
  #wakeUps = 0;

  /** How many subscribers the ticker serves (0 when every card is closed or gone). */
  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /** Whether a timer is pending now. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** How many times the timer has fired since the page loaded (for benchmarks and tests). */
  get wakeUps(): number {
    return this.#wakeUps;
  }

  add(subscriber: TickSubscriber): void {
    if (this.#subscribers.has(subscriber)) return;
    this.#subscribers.add(subscriber);
    this.#listen(true);
    this.reschedule();
  }

  delete(subscriber: TickSubscriber): void {
    if (!this.#subscribers.delete(subscriber)) return;
    if (this.#subscribers.size === 0) this.#listen(false);
    this.reschedule();
  }

  /** Re-plan the timer (a subscriber's next instant changed). */
  reschedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#subscribers.size === 0 || isHidden()) return;
    const now = Date.now();
    let next = Infinity;
    for (const subscriber of this.#subscribers) {
      const at = subscriber.nextTickAt(now);
      if (at !== null && at < next) next = at;
    }
    if (next === Infinity) return;
    const delay = Math.min(Math.max(0, next - now), MAX_SLEEP);
    this.#timer = setTimeout(this.#wake, delay);
  }

  readonly #wake = (): void => {
    this.#timer = undefined;
    this.#wakeUps++;
    this.#tickAll();
  };

  #tickAll(): void {
    const now = Date.now();
    for (const subscriber of [...this.#subscribers]) {
      try {
        subscriber.tick(now);
      } catch (error) {
        console.error('<job-posting>: a countdown failed to update', error);
      }
    }
    this.reschedule();
  }

  readonly #onVisibility = (): void => {
    if (isHidden()) this.reschedule();
    else this.#tickAll();
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

/** The ticker every card on the page shares. */
export const ticker = new Ticker();
