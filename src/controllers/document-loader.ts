/**
 * Where a card's or a list's vacancy document comes from, and loading it: the
 * host's `src`, else a `<script>` inside it (followed as the page changes it),
 * loaded through @lit/task. A newer source aborts the older load and its
 * result is never shown; leaving the page aborts a load in flight, and coming
 * back starts it again. Until the page has loaded and its scripts have had one
 * more task, a missing source is not yet missing: the script may still be on
 * its way, or a page script may set `posting` after an `await`.
 */

import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deadlineZoneOf, timeoutOf } from '../attributes.js';
import { renderedOf, type Rendered } from '../rendered.js';
import { inlineSourceOf, isAbort, loadDocument, sameSource, sourceArgs, type LoadedDocument, type SourceArgs } from '../load/load-document.js';

export interface DocumentLoaderOptions {
  /** The host's `src`. */
  src: () => string;
  /** True while the host has its vacancy another way (the card's `posting` property): nothing is loaded. */
  skip?: (() => boolean) | undefined;
  /** The host's fetch seam. */
  fetch: (request: Request) => Promise<Response>;
  /** How long `src` may take, in ms. */
  timeout: () => number;
  /** The posting's zone when the host names one: it settles the order of numeric dates in Markdown ("4/08/2024"). */
  timeZone?: () => string | undefined;
  /** The document as read at the site's build, when the host was pre-rendered: shown as loaded, nothing fetched or read. */
  snapshot?: () => LoadedDocument | undefined;
}

/** The options for a host with `src`, `timeout` (seconds) and a `fetch` seam; `skip` as above. */
export function documentSource(
  host: Element & { src: string; timeout: number; timeZone: string; rendered?: Rendered | undefined; fetch(request: Request): Promise<Response> },
  skip?: () => boolean,
): DocumentLoaderOptions {
  return {
    // A `src` set after the build wins over the build's snapshot.
    snapshot: () => (host.src ? undefined : renderedOf(host)?.document),
    src: () => host.src,
    fetch: (request) => host.fetch(request),
    timeout: () => timeoutOf(host.timeout) * 1000,
    timeZone: () => deadlineZoneOf(host.timeZone),
    skip,
  };
}

/** What the loader has for the source given now. `none`: no source, and the page's scripts have had their turn. */
export type LoadState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'loaded'; document: LoadedDocument }
  | { kind: 'failed'; error: unknown };

const NO_SOURCE: SourceArgs = ['', null, null, false];

/**
 * Resolves once the page has loaded (the `load` event) and one more task has
 * run after that, or after now when it has already loaded: page scripts that
 * set a card's vacancy then (in a `setTimeout(0)`, a `load` listener, after an
 * `await`) come first.
 */
function pageSettled(): Promise<void> {
  const task = (resolve: () => void): unknown => setTimeout(resolve, 0);
  if (typeof document === 'undefined' || document.readyState === 'complete') return new Promise(task);
  return new Promise((resolve) => window.addEventListener('load', () => task(resolve), { once: true }));
}

export class DocumentLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: DocumentLoaderOptions;
  readonly #task: Task<SourceArgs, LoadedDocument | typeof initialState>;
  /** The source of the latest load started, so a result for an older one is never read. */
  #requested: SourceArgs | undefined;
  #abortedOnRemoval = false;
  #observer: MutationObserver | undefined;
  #observed: unknown[] = [];
  /** Set once the page had its turn ({@link pageSettled}): a missing source is then missing. */
  #settled: Promise<void> | undefined;
  #pageDone = false;

  constructor(host: ReactiveControllerHost & Element, options: DocumentLoaderOptions) {
    this.#host = host;
    this.#options = options;
    // Before the task: its arguments are settled (hostUpdate) before it reads them.
    host.addController(this);
    this.#task = new Task(host, {
      task: async ([src, type, text, rendered], { signal }): Promise<LoadedDocument | typeof initialState> => {
        this.#requested = [src, type, text, rendered];
        if (!src && type === null) return initialState;
        const timeZone = options.timeZone?.();
        return loadDocument(src, type === null ? null : { type, text: text ?? '', ...(rendered ? { rendered } : {}) }, {
          signal,
          fetch: options.fetch,
          now: Date.now(),
          timeout: options.timeout(),
          ...(timeZone ? { timeZone } : {}),
        });
      },
      args: () => this.args(),
    });
  }

  /**
   * The source to load now: `src`, else the inline script as it is at this
   * moment — so a script the page appended in the same task as the element
   * counts at the first update, before the observer reports it.
   */
  args(): SourceArgs {
    if (this.#options.skip?.() || this.#options.snapshot?.()) return NO_SOURCE;
    const src = this.#options.src();
    return sourceArgs(src, src ? null : inlineSourceOf(this.#host));
  }

  /** Settles when the load in flight (if any) does. Never rejects. */
  get complete(): Promise<unknown> {
    return Promise.all([this.#task.taskComplete.catch(() => undefined), this.#settled]);
  }

  /** Changes whenever what {@link state} says can change: a memo key for what the host derives from it. */
  get revision(): readonly unknown[] {
    return [...this.args(), this.#options.snapshot?.(), this.#pageDone, this.#requested, this.#task.status, this.#task.value, this.#task.error];
  }

  /** What there is for the source given now. An aborted load still counts as loading. */
  state(): LoadState {
    const snapshot = this.#options.snapshot?.();
    if (snapshot) return { kind: 'loaded', document: snapshot };
    const args = this.args();
    if (!args[0] && args[1] === null) return this.#pageDone || this.#options.skip?.() ? { kind: 'none' } : { kind: 'loading' };
    if (!sameSource(this.#requested, args)) return { kind: 'loading' };
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return { kind: 'loaded', document: this.#task.value as LoadedDocument };
      case TaskStatus.ERROR:
        return isAbort(this.#task.error) ? { kind: 'loading' } : { kind: 'failed', error: this.#task.error };
      default:
        return { kind: 'loading' };
    }
  }

  hostConnected(): void {
    // The inline script may change; the host re-renders when the source it gives does.
    this.#observed = this.args();
    this.#observer ??= new MutationObserver(() => {
      const now = this.args();
      if (now.some((v, i) => v !== this.#observed[i])) {
        this.#observed = now;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // A load cut short by an earlier removal starts again.
    if (this.#abortedOnRemoval) {
      this.#abortedOnRemoval = false;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedOnRemoval = true;
      this.#task.abort();
    }
  }

  hostUpdate(): void {
    // Tasks run only when there is something to load: a card given a posting runs none.
    const [src, type] = this.args();
    this.#task.autoRun = src !== '' || type !== null;
    // No source yet: wait for the page's turn (once) before calling it missing.
    if (!this.#task.autoRun && !this.#options.skip?.() && !this.#options.snapshot?.()) {
      this.#settled ??= pageSettled().then(() => {
        this.#pageDone = true;
        this.#host.requestUpdate();
      });
    }
  }
}
