/**
 * An element's `state`, set only by the element: reflected to the `state`
 * attribute (`job-posting[state="closed"]`) and, where the browser has custom
 * states, to `:state(closed)` (`job-posting:state(closing-soon)`).
 */
export class HostState<T extends string> {
  readonly #host: HTMLElement;
  readonly #states: CustomStateSet | undefined;
  #value: T;

  constructor(host: HTMLElement, initial: T) {
    this.#host = host;
    this.#value = initial;
    try {
      this.#states = host.attachInternals().states;
    } catch {
      // No ElementInternals (or a subclass took them): the attribute still says it.
    }
  }

  get value(): T {
    return this.#value;
  }

  set(value: T): void {
    // Again each time: the page may have written the attribute.
    if (this.#host.getAttribute('state') !== value) this.#host.setAttribute('state', value);
    if (value === this.#value && this.#states?.has(value)) return;
    try {
      this.#states?.delete(this.#value);
      this.#states?.add(value);
    } catch {
      // Browsers before custom states took plain names (Chromium < 125) throw: the attribute still says it.
    }
    this.#value = value;
  }
}
