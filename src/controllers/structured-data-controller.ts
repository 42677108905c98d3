/**
 * A card's schema.org JobPosting (JSON-LD) in the document head, kept in step
 * with the card after each update and removed when the card leaves the page
 * (or has nothing to describe: off, closed, failed). The code that builds it
 * is a chunk loaded on first use.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { descriptionParagraphs } from '../description.js';
import { extrasChunk } from '../extras-chunk.js';
import { errorMessage } from '../load/load-error.js';
import type { Posting } from '../model/posting.js';

export interface StructuredDataOptions {
  /** The vacancy to describe now, or undefined for none. */
  posting: () => Posting | undefined;
  /** The description as sanitised HTML, once the card has rendered it. */
  renderedHtml: () => string | undefined;
}

export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: StructuredDataOptions;
  #script: HTMLScriptElement | undefined;
  /** The posting a warning was last printed for: once per posting, not per update. */
  #warned: unknown;
  /** Counts placements and removals, so a chunk arriving late places nothing stale. */
  #run = 0;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(host: ReactiveControllerHost & Element, options: StructuredDataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Settles once the latest placement has (never rejects). */
  get complete(): Promise<unknown> {
    return this.#pending.catch(() => undefined);
  }

  hostUpdated(): void {
    const posting = this.#options.posting();
    if (!posting || !this.#host.isConnected) {
      this.#remove();
      return;
    }
    const run = ++this.#run;
    const rendered = this.#options.renderedHtml();
    this.#pending = extrasChunk().then(({ paragraphsAsHtml, placeJsonLd, toJsonLd }) => {
      if (run !== this.#run) return;
      const html = rendered ?? paragraphsAsHtml(descriptionParagraphs(posting.description ?? '', posting.descriptionFormat));
      const { jsonLd, warnings } = toJsonLd(posting, html || undefined);
      if (warnings.length > 0 && this.#warned !== posting) {
        this.#warned = posting;
        console.warn(`<job-posting> "${posting.title}":\n- ${warnings.join('\n- ')}`, this.#host);
      }
      this.#script = placeJsonLd(this.#script, jsonLd, this.#host.ownerDocument);
    });
    this.#pending.catch((error: unknown) => console.warn(`<job-posting> "${posting.title}": no structured data (${errorMessage(error)})`, this.#host));
  }

  hostDisconnected(): void {
    this.#remove();
  }

  #remove(): void {
    this.#run++;
    this.#script?.remove();
    this.#script = undefined;
  }
}
