/**
 * The attributes both elements share — the deadline zone, the visitor's
 * zone, the heading level, the timeout — and the language they follow, read
 * in one place. Junk never throws: it falls back to the documented default.
 */

import { DEFAULT_TIMEOUT } from './load/fetch-document.js';
import { runtimeTimeZone, safeLocale } from './model/intl-cache.js';
import { DEFAULT_TIME_ZONE } from './model/posting.js';
import { isValidTimeZone } from './model/zoned-time.js';

/** `heading-level` when missing or junk. */
export const DEFAULT_HEADING_LEVEL = 3;

/** `timeout` (in seconds) when missing or junk. */
export const DEFAULT_TIMEOUT_SECONDS = DEFAULT_TIMEOUT / 1000;

/** `heading-level`: a whole number from 1 to 6, else 3. */
export function headingLevelOf(value: unknown): number {
  // Number('') and Number(null) are 0: out of range, as junk is.
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
}

/** `timeout`: a positive, finite number of seconds, else 15. */
export function timeoutOf(value: unknown): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_SECONDS;
}

/** `time-zone`: an IANA zone for deadlines written without an offset, else Europe/London. */
export function deadlineZoneOf(value: string): string {
  return value && isValidTimeZone(value) ? value : DEFAULT_TIME_ZONE;
}

/** `local-time-zone`: the visitor's IANA zone, else the browser's. */
export function visitorZoneOf(value: string): string {
  return value && isValidTimeZone(value) ? value : runtimeTimeZone();
}

/** `baseUrl`: what relative links in a `posting` object resolve against, else (or for junk) the page's base URL. */
export function baseUrlOf(value: string): string {
  // On the server (job-posting render) there is no page: the document's own URL, when given, or none.
  if (typeof document === 'undefined') return value;
  try {
    if (value) return new URL(value, document.baseURI).href;
  } catch {
    // Junk falls back to the page's.
  }
  return document.baseURI;
}

/** The language of `el`: the nearest `lang`, up through the shadow roots it sits in, else the browser's. */
export function languageOf(el: Element): string | undefined {
  let lang = el.closest('[lang]')?.getAttribute('lang');
  let root = el.getRootNode();
  while (!lang && root instanceof ShadowRoot) {
    lang = root.host.closest('[lang]')?.getAttribute('lang');
    root = root.host.getRootNode();
  }
  return safeLocale(lang || (typeof navigator === 'undefined' ? undefined : navigator.language));
}

/** The error when an element has nothing to show: `posting` says whether it takes a `posting` property (the card). */
export function noSourceMessage(posting: boolean): string {
  return `No ${posting ? 'vacancy' : 'document'} given: set ${posting ? 'the posting property, ' : ''}a src URL (Markdown or JSON), or put a <script type="application/json"> or <script type="text/markdown"> inside the element`;
}

/** `description`: how much of the description a card shows. */
export type DescriptionMode = 'full' | 'summary' | 'none';

/** A converter for `description`: `full`, `summary` or `none`, else (missing or junk) `fallback`. */
export const descriptionModeOf =
  (fallback: DescriptionMode) =>
  (value: unknown): DescriptionMode =>
    value === 'full' || value === 'summary' || value === 'none' ? value : fallback;
