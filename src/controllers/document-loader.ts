/**
 * Loading a host's vacancy document — its `src`, or a `<script>` inside it —
 * through @lit/task, for the card and the list alike: a newer source aborts
 * the older load and its result is never shown; leaving the page aborts a
 * load in flight, and coming back starts it again.
 */

import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, loadDocument, sameSource, type LoadedDocument, type SourceArgs } from '../load/load-document.js';

export interface DocumentLoaderOptions {
  /** The source to load now: `src`, else the inline script's type and text. */
  args: () => SourceArgs;
  /** The host's fetch seam. */
  fetch: (request: Request) => Promise<Response>;
  /** How long `src` may take, in ms. */
  timeout: () => number;
}

/** What the loader has for the source asked for now. */
export type LoadState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'loaded'; document: LoadedDocument }
  | { kind: 'failed'; error: unknown };

export class DocumentLoader implements ReactiveController {
  readonly #options: DocumentLoaderOptions;
  /** The source of the latest load started, so a result for an older one is never read. */
  #requested: SourceArgs | undefined;
  #abortedOnRemoval = false;

  readonly #task: Task<SourceArgs, LoadedDocument | typeof initialState>;

  constructor(host: ReactiveControllerHost, options: DocumentLoaderOptions) {
    this.#options = options;
    this.#task = new Task(host, {
      task: async ([src, type, text], { signal }): Promise<LoadedDocument | typeof initialState> => {
        this.#requested = [src, type, text];
        if (!src && type === null) return initialState;
        return loadDocument(src, type === null ? null : { type, text: text ?? '' }, {
          signal,
          fetch: options.fetch,
          now: Date.now(),
          timeout: options.timeout(),
        });
      },
      args: () => options.args(),
    });
    host.addController(this);
  }

  /** Whether the task runs by itself when the source changes (off while there is nothing to load). */
  set autoRun(value: boolean) {
    this.#task.autoRun = value;
  }

  /** Settles when the load in flight (if any) does. Never rejects. */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  /**
   * Changes whenever what {@link state} can say changes: a memo key for
   * readings derived from the loaded document.
   */
  get revision(): readonly unknown[] {
    return [this.#requested, this.#task.status, this.#task.value, this.#task.error];
  }

  /** What there is for the source asked for now. An aborted load still counts as loading. */
  state(): LoadState {
    const args = this.#options.args();
    if (!args[0] && args[1] === null) return { kind: 'none' };
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
    // A load cut short by an earlier removal starts again.
    if (this.#abortedOnRemoval) {
      this.#abortedOnRemoval = false;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedOnRemoval = true;
      this.#task.abort();
    }
  }
}
