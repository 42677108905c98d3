/**
 * Where a vacancy document comes from — `src`, or a `<script>` inside the
 * element — loaded and read. Markdown is read by a chunk fetched only then.
 */

import type { MarkdownDocument } from '../model/markdown/from-markdown.js';
import { fetchDocument, looksLikeMarkdown } from './fetch-document.js';
import { readJson } from './read-json.js';
import { frontMatterFormat } from '../model/markdown/front-matter-fence.js';

/**
 * A loaded document, ready to pick vacancies from. `clockOffset` (fetched
 * documents only): what to add to the device's clock to read the server's.
 */
export type LoadedDocument =
  | { kind: 'json'; json: unknown; url: string; clockOffset?: number }
  | { kind: 'markdown'; document: MarkdownDocument; url: string; clockOffset?: number };

/** A `<script>` inside the element. */
export interface InlineSource {
  type: 'json' | 'markdown';
  text: string;
  /** Written by a site generator after its templates ran (`data-encoding="json"`): its braces are text. */
  rendered?: boolean;
}

/** The `<script>` types an element reads its vacancy from. */
export const INLINE_SELECTOR =
  ':scope > script[type="application/json"], :scope > script[type="application/ld+json"], :scope > script[type="text/markdown"]';

/** What a load depends on: the `src`, or else the inline script's type, text and whether a generator rendered it. */
export type SourceArgs = [src: string, type: InlineSource['type'] | null, text: string | null, rendered: boolean];

/** The arguments of a load: `src` wins over an inline script. */
export function sourceArgs(src: string, inline: InlineSource | null): SourceArgs {
  return src ? [src, null, null, false] : ['', inline?.type ?? null, inline?.text ?? null, inline?.rendered === true];
}

/** Whether a load was started for these arguments (so its result may be shown). */
export function sameSource(started: SourceArgs | undefined, args: SourceArgs): boolean {
  return started !== undefined && started.every((value, i) => value === args[i]);
}

/** Whether two inline sources say the same thing. */
export function sameInline(a: InlineSource | null, b: InlineSource | null): boolean {
  return a?.type === b?.type && a?.text === b?.text && a?.rendered === b?.rendered;
}

/** Whether a load failed only because it was aborted (superseded, or the element left the page). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The element's inline source, if any. */
export function inlineSourceOf(host: Element): InlineSource | null {
  const script = host.querySelector(INLINE_SELECTOR);
  if (!script) return null;
  const text = script.textContent ?? '';
  if (script.getAttribute('type') !== 'text/markdown') return { type: 'json', text };
  return script.getAttribute('data-encoding') === 'json' ? { type: 'markdown', text: jsonString(text), rendered: true } : { type: 'markdown', text };
}

/**
 * Markdown written as one JSON string (`data-encoding="json"`), as the Jekyll
 * include writes it: with every `<` as `\u003c`, nothing in it can end the
 * script early or open a comment, and JSON.parse gives back the exact text.
 * Text that is not a JSON string is read as it stands.
 */
function jsonString(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : text;
  } catch {
    return text;
  }
}

/**
 * The Markdown chunk — with the chunks it will ask for requested at the same
 * time, not one after another once it has arrived: the salary reader it
 * shares with the structured-data chunk and, when `text` opens with front
 * matter, js-yaml. (The extra imports only start downloads; the module cache
 * makes them free when already loaded.)
 */
function markdownChunk(text?: string): Promise<typeof import('./markdown.js')> {
  const chunk = import('./markdown.js');
  const warm: Promise<unknown>[] = [chunk, import('../model/salary.js')];
  const format = text === undefined ? undefined : frontMatterFormat(text);
  if (format === 'yaml') warm.push(import('../model/markdown/front-matter.js'));
  if (format === 'toml') warm.push(import('../model/markdown/toml-front-matter.js'));
  // Whoever needs a chunk sees its failure; a warm-up alone reports nothing.
  for (const p of warm) p.catch(() => undefined);
  return chunk;
}

/** Loads `src` (when given) or reads the inline source. */
export async function loadDocument(
  src: string,
  inline: InlineSource | null,
  options: { signal: AbortSignal; fetch: (request: Request) => Promise<Response>; now: number; timeout?: number; timeZone?: string },
): Promise<LoadedDocument> {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  if (src) {
    const url = new URL(src, document.baseURI).href;
    // A .md src will need the Markdown chunk: ask for it while the page is on its way, not after.
    if (looksLikeMarkdown(url)) void markdownChunk();
    const fetched = await fetchDocument(url, {
      signal: options.signal,
      fetch: options.fetch,
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    if (fetched.kind === 'json') return fetched;
    const { readMarkdownDocument } = await markdownChunk(fetched.text);
    const doc = await readMarkdownDocument(fetched.text, { now: options.now, baseUrl: fetched.url, ...zone, context: `Could not read ${url}` });
    return { kind: 'markdown', document: doc, url: fetched.url, clockOffset: fetched.clockOffset };
  }
  if (inline?.type === 'markdown') {
    const { readMarkdownDocument } = await markdownChunk(inline.text);
    const doc = await readMarkdownDocument(inline.text, {
      now: options.now,
      baseUrl: document.baseURI,
      ...zone,
      ...(inline.rendered ? { templates: false } : {}),
      context: 'Could not read the inline <script type="text/markdown"> vacancy',
    });
    return { kind: 'markdown', document: doc, url: document.baseURI };
  }
  const json = await readJson(inline?.text ?? '', 'Could not read the inline <script> vacancy');
  return { kind: 'json', json, url: document.baseURI };
}
