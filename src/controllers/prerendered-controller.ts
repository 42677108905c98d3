/**
 * A pre-rendered element's first update: when the page holds its shadow DOM
 * (declarative shadow DOM written by `job-posting render`), the host draws
 * that update as the server did — at the instant and in the language of the
 * build, with nothing live — so Lit's hydrate support can take over the
 * markup in place: no flash, no layout shift. The update after it is live
 * (the visitor's clock, zone and language). Markup that does not match is
 * dropped and the host draws anew. On the server every update is the build's.
 */

import { adoptStyles, isServer, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { CardView } from '../card-templates.js';
import type { Posting } from '../model/posting.js';
import { renderedOf, type Rendered } from '../rendered.js';

type Host = ReactiveElement & { rendered?: Rendered | undefined };

let hydrating = false;

/** Lit's hydrate support is in place (hydrate.ts): pre-rendered markup is taken over, not drawn anew. */
export function hydrationReady(): void {
  hydrating = true;
}

export class PrerenderedController implements ReactiveController {
  readonly #host: Host;
  #frozen: Rendered | undefined;
  /** What the server's description (or notes) was written for; undefined once the host draws its own. */
  #keptFor: readonly unknown[] | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The build's view, for the update under way: on the server always, in the
   * browser for the first update of a host whose shadow DOM came with the page.
   * Call at the start of `willUpdate`.
   */
  begin(): Rendered | undefined {
    const h = this.#host;
    if (isServer) this.#frozen = renderedOf(h);
    else if (!h.hasUpdated && !this.#frozen && h.shadowRoot?.hasChildNodes()) {
      const rendered = renderedOf(h);
      // Without hydrate support Lit would draw after the server's markup: it goes first.
      if (rendered && hydrating) this.#frozen = rendered;
      else if (rendered) h.shadowRoot.replaceChildren();
    }
    return this.#frozen;
  }

  /** The build's view while the update that hydrates is drawn; else undefined (live). */
  get frozen(): Rendered | undefined {
    return this.#frozen;
  }

  /** How a card is drawn while frozen: at the build's instant, in its language and in the posting's own zone, nothing live. */
  asBuilt(posting: Posting): { countdown: CardView['countdown']; live: false; locale: string; visitorZone: string } | undefined {
    const f = this.#frozen;
    if (!f) return undefined;
    return { countdown: { now: f.at, seconds: true, paused: false, offset: 0 }, live: false, locale: f.lang, visitorZone: posting.deadline?.timeZone ?? posting.timeZone };
  }

  /**
   * Whether the markup the server wrote for `key` (what a description or the
   * notes were drawn from) stays as it is, unread: true at hydration and
   * after it while `key` is unchanged; false on the server (which draws it)
   * and for good once `key` changes.
   */
  keeps(key: readonly unknown[]): boolean {
    if (isServer) return false;
    if (this.#frozen) {
      this.#keptFor = key;
      return true;
    }
    const kept = this.#keptFor;
    if (kept && kept.length === key.length && key.every((v, i) => v === kept[i])) return true;
    this.#keptFor = undefined;
    return false;
  }

  hostUpdated(): void {
    if (isServer || !this.#frozen) return;
    // Hydrated: from now on the host shows the visitor's clock, zone and language.
    this.#frozen = undefined;
    this.#host.requestUpdate();
  }

  /**
   * The update that hydrates threw (the page's markup is not what this
   * version draws): drop it, keep the styles, and draw anew. True when that
   * was the case; false for any other error.
   */
  mismatch(error: unknown): boolean {
    const root = this.#host.shadowRoot;
    if (isServer || !this.#frozen || !root) return false;
    this.#frozen = undefined;
    this.#keptFor = undefined;
    root.replaceChildren();
    adoptStyles(root, (this.#host.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles);
    console.warn(`<${this.#host.localName}>: the pre-rendered markup did not match this version's (${String(error)}); drawn again`, this.#host);
    this.#host.requestUpdate();
    return true;
  }
}
