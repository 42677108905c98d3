/**
 * What a card shows, read from whichever source applies — the `posting`
 * property, else `src` or an inline script through the {@link DocumentLoader}
 * — and redone only when one of those changes. After each update it reports
 * a new reading once: a `job-posting-load` or a `job-posting-error` event,
 * with the details in the console.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseUrlOf, deadlineZoneOf, noSourceMessage } from '../attributes.js';
import { JobPostingErrorEvent, JobPostingLoadEvent } from '../events.js';
import { crashMessage, errorMessage } from '../load/load-error.js';
import { readPosting } from '../model/from-json.js';
import { frozenPosting, type Posting, type ReadResult } from '../model/posting.js';
import { changedKey } from '../memo-key.js';
import { fail } from '../model/result.js';
import { pickVacancy, vacanciesOf } from '../model/vacancies.js';
import { DocumentLoader, documentSource } from './document-loader.js';

export type Reading = { kind: 'loading' } | ReadResult;

/** The card, as its reader sees it: the sources and the attributes that shape the reading. */
export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  /** Used when neither null nor undefined. */
  posting: object | null | undefined;
  /** What relative links in `posting` resolve against. */
  baseUrl: string;
  src: string;
  timeZone: string;
  /** Which vacancy of a many-vacancy document. */
  vacancy: string;
  /** In seconds. */
  timeout: number;
  fetch(request: Request): Promise<Response>;
  /** Every warning about the posting shown, for the load event (the card adds its own). */
  readonly warnings: readonly string[];
}

export class PostingReader implements ReactiveController {
  /** What the card shows now. */
  reading: Reading = { kind: 'loading' };
  readonly #host: ReaderHost;
  readonly #load: DocumentLoader;
  #key: unknown[] = [];
  /** What an update threw for the reading shown now: shown as its error. */
  #crash: unknown;
  #reported: unknown;

  constructor(host: ReaderHost) {
    this.#host = host;
    host.addController(this);
    this.#load = new DocumentLoader(host, documentSource(host, () => this.#hasPosting()));
  }

  /** The normalised vacancy shown, or undefined while loading or on error. */
  get posting(): Posting | undefined {
    const r = this.reading;
    return 'ok' in r && r.ok ? r.value : undefined;
  }

  /** Settles when the load in flight (if any) does. Never rejects. */
  get loadComplete(): Promise<unknown> {
    return this.#load.complete;
  }

  /** What relative links in the posting resolve against: the document's URL, or for `posting` the base URL. */
  baseUrl(): string | undefined {
    if (this.#hasPosting()) return baseUrlOf(this.#host.baseUrl);
    const load = this.#load.state();
    return load.kind === 'loaded' ? load.document.url : undefined;
  }

  /** How far the server's clock is ahead of the device's (ms), when the card fetched `src` itself; else undefined. */
  clockOffset(): number | undefined {
    const load = this.#hasPosting() ? undefined : this.#load.state();
    return load?.kind === 'loaded' ? load.document.clockOffset : undefined;
  }

  /** Reads again if what the reading depends on changed (call in `willUpdate`); true when the reading is new. */
  refresh(): boolean {
    const h = this.#host;
    const key = this.#hasPosting() ? [h.timeZone, h.posting, h.baseUrl] : [h.timeZone, h.vacancy, ...this.#load.revision];
    let fresh = false;
    if (changedKey(this.#key, key)) {
      this.#key = key;
      this.#crash = undefined;
      fresh = true;
      try {
        const r = this.#read();
        this.reading = 'ok' in r && r.ok ? { ...r, value: frozenPosting(r.value) } : r;
      } catch (error) {
        this.#crash = error;
      }
    }
    if (this.#crash !== undefined && !this.#failed()) {
      // Reading or showing this vacancy threw: the card says so, not "Loading…" for good.
      this.reading = fail(crashMessage(this.#crash));
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
      const warnings = this.#host.warnings;
      if (warnings.length > 0) {
        console.warn(`<job-posting> "${r.value.title}": ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}:\n- ${warnings.join('\n- ')}`, this.#host);
      }
      this.#host.dispatchEvent(new JobPostingLoadEvent(r.value, [...warnings]));
    } else {
      console.error(`<job-posting>: ${r.error}`, this.#host);
      this.#host.dispatchEvent(new JobPostingErrorEvent(r.error));
    }
  }

  #hasPosting(): boolean {
    return this.#host.posting !== undefined && this.#host.posting !== null;
  }

  #failed(): boolean {
    return 'ok' in this.reading && !this.reading.ok;
  }

  /** Frozen afterwards, so the page cannot change the posting under the card. */
  #read(): Reading {
    const timeZone = deadlineZoneOf(this.#host.timeZone);
    if (this.#hasPosting()) return readPosting(this.#host.posting, { timeZone, baseUrl: baseUrlOf(this.#host.baseUrl) });
    const load = this.#load.state();
    if (load.kind === 'loading') return load;
    if (load.kind === 'none') return fail(noSourceMessage(true));
    if (load.kind === 'failed') return fail(errorMessage(load.error));
    const picked = pickVacancy(vacanciesOf(load.document), this.#host.vacancy);
    return picked.ok ? readPosting(picked.value.posting, { timeZone, baseUrl: load.document.url }) : picked;
  }
}
