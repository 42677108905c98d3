/**
 * Where a vacancy document comes from — `src`, or a `<script>` inside the
 * element — loaded and read. Markdown is read by a chunk fetched only then.
 */

import type { MarkdownDocument } from '../model/markdown/from-markdown.js';
import { fetchDocument, looksLikeMarkdown } from './fetch-document.js';
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

/** What a load depends on: the `src`, or else the inline script's type and text. */
export type SourceArgs = [src: string, type: InlineSource['type'] | null, text: string | null];

/** The arguments of a load: `src` wins over an inline script. */
export function sourceArgs(src: string, inline: InlineSource | null): SourceArgs {
  return src ? [src, null, null] : ['', inline?.type ?? null, inline?.text ?? null];
}

/** Whether a load was started for these arguments (so its result may be shown). */
export function sameSource(started: SourceArgs | undefined, args: SourceArgs): boolean {
  return started !== undefined && started[0] === args[0] && started[1] === args[1] && started[2] === args[2];
}

/** Whether two inline sources say the same thing. */
export function sameInline(a: InlineSource | null, b: InlineSource | null): boolean {
  return a?.type === b?.type && a?.text === b?.text;
}

/** Whether a load failed only because it was aborted (superseded, or the element left the page). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

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
    // A .md src will need the Markdown chunk: ask for it while the page is on its way, not after.
    const reader = looksLikeMarkdown(url) ? import('./markdown.js') : undefined;
    reader?.catch(() => undefined);
    const fetched = await fetchDocument(url, {
      signal: options.signal,
      fetch: options.fetch,
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    if (fetched.kind === 'json') return fetched;
    const { readMarkdownDocument } = await (reader ?? import('./markdown.js'));
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
