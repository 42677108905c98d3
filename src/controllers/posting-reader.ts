/**
 * What a card shows, read from whichever source applies — the `posting`
 * property, else `src` or an inline script through the {@link DocumentLoader}
 * — and redone only when one of those changes. After each update it reports
 * a new reading once: a `job-posting-load` or a `job-posting-error` event,
 * with the details in the console.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noSourceMessage } from '../attributes.js';
import { JobPostingErrorEvent, JobPostingLoadEvent } from '../events.js';
import { crashMessage, errorMessage } from '../load/load-error.js';
import { readPosting } from '../model/from-json.js';
import { frozenPosting, type Posting, type ReadResult } from '../model/posting.js';
import { changedKey } from '../memo-key.js';
import { pickVacancy, vacanciesOf } from '../model/vacancies.js';
import { DocumentLoader } from './document-loader.js';

export type Reading = { kind: 'loading' } | ReadResult;

export interface PostingReaderOptions {
  /** The `posting` property: used when neither null nor undefined. */
  posting: () => object | null | undefined;
  /** What relative links in `posting` resolve against. */
  baseUrl: () => string;
  src: () => string;
  /** The zone for deadlines written without an offset. */
  timeZone: () => string;
  /** Which vacancy of a many-vacancy document (the `vacancy` attribute). */
  vacancy: () => string;
  fetch: (request: Request) => Promise<Response>;
  /** How long `src` may take, in ms. */
  timeout: () => number;
  /** Every warning about the posting shown, for the load event (the card adds its own). */
  warnings: () => readonly string[];
}

export class PostingReader implements ReactiveController {
  /** What the card shows now. */
  reading: Reading = { kind: 'loading' };
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PostingReaderOptions;
  readonly #load: DocumentLoader;
  #key: unknown[] = [];
  /** What an update threw for the reading shown now: shown as its error. */
  #crash: unknown;
  #reported: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PostingReaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#load = new DocumentLoader(host, { src: options.src, skip: () => this.#hasPosting(), fetch: options.fetch, timeout: options.timeout });
  }

  /** The normalised vacancy shown, or undefined while loading or on error. */
  get posting(): Posting | undefined {
    const r = this.reading;
    return 'ok' in r && r.ok ? r.posting : undefined;
  }

  /** Settles when the load in flight (if any) does. Never rejects. */
  get loadComplete(): Promise<unknown> {
    return this.#load.complete;
  }

  /** What relative links in the posting resolve against: the document's URL, or for `posting` the base URL. */
  baseUrl(): string | undefined {
    if (this.#hasPosting()) return this.#options.baseUrl();
    const load = this.#load.state();
    return load.kind === 'loaded' ? load.document.url : undefined;
  }

  /** Reads again if what the reading depends on changed (call in `willUpdate`); true when the reading is new. */
  refresh(): boolean {
    const o = this.#options;
    const key = this.#hasPosting() ? [o.timeZone(), o.posting(), o.baseUrl()] : [o.timeZone(), o.vacancy(), ...this.#load.revision];
    let fresh = false;
    if (changedKey(this.#key, key)) {
      this.#key = key;
      this.#crash = undefined;
      fresh = true;
      try {
        const r = this.#read();
        this.reading = 'ok' in r && r.ok ? { ...r, posting: frozenPosting(r.posting) } : r;
      } catch (error) {
        this.#crash = error;
      }
    }
    if (this.#crash !== undefined && !this.#failed()) {
      // Reading or showing this vacancy threw: the card says so, not "Loading…" for good.
      this.reading = { ok: false, error: crashMessage(this.#crash) };
      fresh = true;
    }
    return fresh;
  }

  /**
   * An update threw: the card shows it as its error, in another update.
   * False when showing an error is what threw (the caller rethrows).
   */
  crashed(error: unknown): boolean {
    if (this.#failed()) return false;
    this.#crash = error;
    this.#host.requestUpdate();
    return true;
  }

  hostUpdated(): void {
    const r = this.reading;
    if (!('ok' in r) || this.#reported === r) return;
    this.#reported = r;
    if (r.ok) {
      const warnings = this.#options.warnings();
      if (warnings.length > 0) {
        console.warn(`<job-posting> "${r.posting.title}": ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}:\n- ${warnings.join('\n- ')}`, this.#host);
      }
      this.#host.dispatchEvent(new JobPostingLoadEvent(r.posting, [...warnings]));
    } else {
      console.error(`<job-posting>: ${r.error}`, this.#host);
      this.#host.dispatchEvent(new JobPostingErrorEvent(r.error));
    }
  }

  #hasPosting(): boolean {
    return this.#options.posting() !== undefined && this.#options.posting() !== null;
  }

  #failed(): boolean {
    return 'ok' in this.reading && !this.reading.ok;
  }

  /** Frozen afterwards, so the page cannot change the posting under the card. */
  #read(): Reading {
    const timeZone = this.#options.timeZone();
    if (this.#hasPosting()) return readPosting(this.#options.posting(), { timeZone, baseUrl: this.#options.baseUrl() });
    const load = this.#load.state();
    if (load.kind === 'loading') return load;
    if (load.kind === 'none') return { ok: false, error: noSourceMessage(true) };
    if (load.kind === 'failed') return { ok: false, error: errorMessage(load.error) };
    const picked = pickVacancy(vacanciesOf(load.document), this.#options.vacancy());
    return picked.ok ? readPosting(picked.entry.posting, { timeZone, baseUrl: load.document.url }) : { ok: false, error: picked.error };
  }
}
