/**
 * Where a vacancy document comes from — `src`, or a `<script>` inside the
 * element — loaded and read. Markdown is read by a chunk fetched only then.
 */

import type { MarkdownDocument } from '../model/markdown/from-markdown.js';
import { fetchDocument } from './fetch-posting.js';
import { readJson } from './read-json.js';

/** A loaded document, ready to pick vacancies from. */
export type LoadedDocument =
  | { kind: 'json'; json: unknown; url: string }
  | { kind: 'markdown'; document: MarkdownDocument; url: string };

/** A `<script>` inside the element. */
export interface InlineSource {
  type: 'json' | 'markdown';
  text: string;
}

/** The `<script>` types an element reads its vacancy from. */
export const INLINE_SELECTOR =
  ':scope > script[type="application/json"], :scope > script[type="application/ld+json"], :scope > script[type="text/markdown"]';

/** The element's inline source, if any. */
export function inlineSourceOf(host: Element): InlineSource | null {
  const script = host.querySelector(INLINE_SELECTOR);
  if (!script) return null;
  return { type: script.getAttribute('type') === 'text/markdown' ? 'markdown' : 'json', text: script.textContent ?? '' };
}

/** Loads `src` (when given) or reads the inline source. */
export async function loadDocument(
  src: string,
  inline: InlineSource | null,
  options: { signal: AbortSignal; fetch: (request: Request) => Promise<Response>; now: number; timeout?: number },
): Promise<LoadedDocument> {
  if (src) {
    const url = new URL(src, document.baseURI).href;
    const fetched = await fetchDocument(url, {
      signal: options.signal,
      fetch: options.fetch,
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    if (fetched.kind === 'json') return fetched;
    const { readMarkdownDocument } = await import('./markdown.js');
    const doc = await readMarkdownDocument(fetched.text, { now: options.now, baseUrl: fetched.url, context: `Could not read ${url}` });
    return { kind: 'markdown', document: doc, url: fetched.url };
  }
  if (inline?.type === 'markdown') {
    const { readMarkdownDocument } = await import('./markdown.js');
    const doc = await readMarkdownDocument(inline.text, {
      now: options.now,
      baseUrl: document.baseURI,
      context: 'Could not read the inline <script type="text/markdown"> vacancy',
    });
    return { kind: 'markdown', document: doc, url: document.baseURI };
  }
  const json = await readJson(inline?.text ?? '', 'Could not read the inline <script> vacancy');
  return { kind: 'json', json, url: document.baseURI };
}
