/**
 * A card or list written at a site's build by `job-posting render`: its
 * shadow DOM is in the page as declarative shadow DOM, and beside it, in a
 * `<script type="application/job-posting+json">`, what it was rendered from —
 * the instant, the language and the document as read — so the element shows
 * it at once, without fetching or reading again, and its first update draws
 * exactly what the server drew (Lit hydrates that), before it goes live.
 */

import type { LoadedDocument } from './load/load-document.js';

/** The type of the script that holds a pre-rendered element's snapshot. */
export const RENDERED_TYPE = 'application/job-posting+json';

/** What a pre-rendered element was rendered from. */
export interface Rendered {
  /** The instant it was rendered for, in ms. */
  at: number;
  /** The language it was written in (a BCP 47 tag). */
  lang: string;
  /** The document it shows, as read at the build; absent for a list's card, which the list gives its posting. */
  document?: LoadedDocument;
}

/** The snapshot as written in the page: JSON, the instant as ISO 8601. */
export interface RenderedJson {
  at: string;
  lang: string;
  document?: { kind: 'json'; json: unknown; url: string } | { kind: 'markdown'; document: unknown; url: string };
}

const parsed = new WeakMap<Element, [text: string, value: Rendered | undefined]>();

/** `json` as a snapshot, or undefined when it is not one. */
export function renderedFrom(json: unknown, pageUrl?: string): Rendered | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { at, lang, document: doc } = json as Partial<RenderedJson>;
  const instant = typeof at === 'string' ? Date.parse(at) : NaN;
  if (Number.isNaN(instant) || typeof lang !== 'string') return undefined;
  if (doc === undefined) return { at: instant, lang };
  if (typeof doc !== 'object' || doc === null || (doc.kind !== 'json' && doc.kind !== 'markdown')) return undefined;
  // An empty url: the page's own (where the build put it).
  const url = typeof doc.url === 'string' && doc.url ? doc.url : (pageUrl ?? '');
  const document = (doc.kind === 'json' ? { kind: 'json', json: doc.json, url } : { kind: 'markdown', document: doc.document, url }) as LoadedDocument;
  return { at: instant, lang, document };
}

/**
 * An element's snapshot: its `rendered` property (set by the server renderer,
 * or by a pre-rendered list for its cards), else its snapshot script, read
 * once per text.
 */
export function renderedOf(host: Element & { rendered?: Rendered | undefined }): Rendered | undefined {
  if (host.rendered) return host.rendered;
  if (typeof host.querySelector !== 'function') return undefined;
  const script = host.querySelector(`:scope > script[type="${RENDERED_TYPE}"]`);
  if (!script) return undefined;
  const text = script.textContent ?? '';
  const memo = parsed.get(host);
  if (memo?.[0] === text) return memo[1];
  let value: Rendered | undefined;
  try {
    value = renderedFrom(JSON.parse(text), document.baseURI);
  } catch {
    value = undefined;
  }
  parsed.set(host, [text, value]);
  return value;
}
