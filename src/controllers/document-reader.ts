/**
 * What a list shows: the document from `src` or an inline script (through the
 * {@link DocumentLoader}), its vacancies and notes — or why it cannot show
 * them (the load failed, there is no source, another library owns
 * `<job-posting>`, or an update threw). After each update it reports a new
 * failure once: a `job-posting-error` event, with the details in the console.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noSourceMessage } from '../attributes.js';
import { FOREIGN_CARD_MESSAGE, isJobPostingClass } from '../element-class.js';
import { JobPostingErrorEvent } from '../events.js';
import type { LoadedDocument } from '../load/load-document.js';
import { crashMessage, errorMessage } from '../load/load-error.js';
import { vacanciesOf, type DocumentVacancies } from '../model/vacancies.js';
import { DocumentLoader, documentSource } from './document-loader.js';

const NO_SOURCE = new Error(noSourceMessage(false));
const FOREIGN_CARD = new Error(FOREIGN_CARD_MESSAGE);

export class DocumentReader implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #load: DocumentLoader;
  /** What an update threw for the document shown now, and that document. */
  #crash: Error | undefined;
  #crashedOn: unknown;
  #reported: unknown;

  /** `host`: the list, with its `src`, `timeout` and `fetch` seam. */
  constructor(host: ReactiveControllerHost & HTMLElement & Parameters<typeof documentSource>[0]) {
    this.#host = host;
    host.addController(this);
    this.#load = new DocumentLoader(host, documentSource(host));
  }

  /** The document, once loaded. */
  get document(): LoadedDocument | undefined {
    const load = this.#load.state();
    return load.kind === 'loaded' ? load.document : undefined;
  }

  /** The document's vacancies and notes, once loaded. */
  get found(): DocumentVacancies | undefined {
    const loaded = this.document;
    return loaded ? vacanciesOf(loaded) : undefined;
  }

  /** Why the list cannot show the document asked for now, or undefined. */
  get failure(): unknown {
    if (this.#crash !== undefined && this.#crashedOn === this.document) return this.#crash;
    const card = customElements.get('job-posting');
    // Not yet defined is not a clash: the page may define it later (the class-only entry registers nothing).
    if (card && !isJobPostingClass(card) && this.found?.entries.length) return FOREIGN_CARD;
    const load = this.#load.state();
    if (load.kind === 'failed') return load.error;
    return load.kind === 'none' ? NO_SOURCE : undefined;
  }

  /** Settles when the load in flight (if any) does. Never rejects. */
  get complete(): Promise<unknown> {
    return this.#load.complete;
  }

  /**
   * An update threw: the list shows it as its error (for this document), in
   * another update. False when showing that error is what threw (the caller rethrows).
   */
  crashed(error: unknown): boolean {
    if (this.#crash !== undefined && this.failure === this.#crash) return false;
    this.#crash = new Error(crashMessage(error));
    this.#crashedOn = this.document;
    this.#host.requestUpdate();
    return true;
  }

  hostUpdated(): void {
    const error = this.failure;
    if (error === undefined || this.#reported === error) return;
    this.#reported = error;
    const message = errorMessage(error);
    console.error(`<job-posting-list>: ${message}`, this.#host);
    this.#host.dispatchEvent(new JobPostingErrorEvent(message));
  }
}
