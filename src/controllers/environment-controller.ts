/**
 * What every card and list follows on the page — the browser's language, a
 * `lang` attribute set anywhere on the page, the strings table
 * ({@link setStrings}) and `prefers-reduced-motion` — watched once for all
 * of them: four watchers for the page, not four per card.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearIntlCache } from '../model/intl-cache.js';
import { STRINGS_CHANGE } from '../strings.js';

export interface EnvironmentOptions {
  /** Called on connection and whenever `prefers-reduced-motion: reduce` starts or stops matching. */
  onReducedMotion?: (reduced: boolean) => void;
}

const watching = new Set<EnvironmentController>();
let motion: MediaQueryList | undefined;
/** `lang` set or changed on any element of the page (a site switching its language): the cards word themselves anew. */
let langObserver: MutationObserver | undefined;

function onLanguageChange(): void {
  // Formatters were built for the old language: drop them once, for every card.
  clearIntlCache();
  for (const c of watching) c.host.requestUpdate();
}

function onStringsChange(): void {
  for (const c of watching) c.host.requestUpdate();
}

function onMotionChange(): void {
  for (const c of watching) c.motionChanged();
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('languagechange', onLanguageChange);
  window[method](STRINGS_CHANGE, onStringsChange);
  if (on && motion === undefined && typeof matchMedia === 'function') motion = matchMedia('(prefers-reduced-motion: reduce)');
  motion?.[method]('change', onMotionChange);
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  langObserver?.disconnect();
  langObserver = on ? new MutationObserver(onStringsChange) : undefined;
  langObserver?.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Re-renders its host when the language, a `lang` attribute or the strings change; reports reduced motion. */
class EnvironmentController implements ReactiveController {
  readonly host: ReactiveControllerHost;
  readonly #onReducedMotion: ((reduced: boolean) => void) | undefined;

  constructor(host: ReactiveControllerHost, options: EnvironmentOptions = {}) {
    this.host = host;
    this.#onReducedMotion = options.onReducedMotion;
  }

  hostConnected(): void {
    if (watching.size === 0) listen(true);
    watching.add(this);
    this.motionChanged();
  }

  hostDisconnected(): void {
    watching.delete(this);
    if (watching.size === 0) listen(false);
  }

  /** @internal */
  motionChanged(): void {
    this.#onReducedMotion?.(motion?.matches ?? false);
  }
}

/** Has `host` follow the page's language, strings and motion preference. */
export function watchEnvironment(host: ReactiveControllerHost, options: EnvironmentOptions = {}): void {
  host.addController(new EnvironmentController(host, options));
}

/** How many hosts are watching (0 once every card has left the page). For tests. */
export function environmentWatchers(): number {
  return watching.size;
}
