/**
 * Fetching a vacancy document for `src`: status, content type and body are
 * checked, and every failure becomes a message that says what to fix.
 */

import { clockOffset } from '../model/clock-offset.js';
import { isMarkdownPath } from '../model/markdown-path.js';
import { LoadError } from './load-error.js';
import { readJson } from './read-json.js';

/**
 * A fetched document: JSON already parsed, or Markdown text. `clockOffset`:
 * what to add to the device's clock to read the server's (0 unless its
 * `Date` header puts them 2 minutes or more apart).
 */
export type FetchedDocument =
  | { kind: 'json'; json: unknown; url: string; clockOffset: number }
  | { kind: 'markdown'; text: string; url: string; clockOffset: number };

const JSON_TYPE = /^(?:application\/(?:[\w.+-]+\+)?json|application\/ld\+json|text\/json)$/i;
const MARKDOWN_TYPE = /^text\/(?:x-)?markdown$/i;
/** Servers often send .md files as text/plain or octet-stream: the extension decides then. */
const LOOSE_TYPE = /^(?:text\/plain|application\/octet-stream|)$/i;

/** Whether `url` names a Markdown file (by its extension), before anything is fetched. */
export function looksLikeMarkdown(url: string): boolean {
  return isMarkdownPath(new URL(url).pathname);
}

/**
 * Fetches `url` and reads it as JSON or Markdown. Rejects with a
 * {@link LoadError} or the signal's AbortError. `url` is the document's URL
 * after redirects: relative links resolve against it.
 */
export async function fetchDocument(
  url: string,
  options: { signal: AbortSignal; fetch?: (request: Request) => Promise<Response>; timeout?: number },
): Promise<FetchedDocument> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  // Our own controller, so a slow server and a superseded src both abort the request.
  const controller = new AbortController();
  const abort = (): void => controller.abort(options.signal.reason);
  if (options.signal.aborted) abort();
  options.signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, timeout);
  try {
    return await fetchWith(url, controller.signal, options.fetch);
  } catch (error) {
    if (timedOut && !options.signal.aborted) {
      throw new LoadError(`Could not load ${url}: no complete answer within ${timeout / 1000} s (set the timeout attribute to wait longer)`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
  }
}

/** How long `src` may take, in ms, unless the element says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;

const MB = 1024 * 1024;

/**
 * The largest `src` body the widget reads, in bytes (5 MB). A recruitment
 * page is a few KB; reading and parsing 50 MB froze the tab for 30 s.
 */
export const MAX_DOCUMENT_BYTES = 5 * MB;

const megabytes = (bytes: number): string => `${Number((bytes / MB).toFixed(1))} MB`;

/**
 * The body as text, refused once it passes {@link MAX_DOCUMENT_BYTES}
 * without reading the rest: at once when Content-Length says so, else as
 * soon as the bytes read pass the cap (the stream is cancelled, so the
 * download stops). Decoded as UTF-8, as `Response.text()` does.
 */
async function readBody(response: Response, url: string): Promise<string> {
  const tooBig = (size: string): LoadError =>
    new LoadError(`Could not read ${url}: it is ${size}; the widget reads at most ${megabytes(MAX_DOCUMENT_BYTES)}`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_DOCUMENT_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooBig(megabytes(declared));
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > MAX_DOCUMENT_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooBig(`over ${megabytes(MAX_DOCUMENT_BYTES)}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchWith(
  url: string,
  signal: AbortSignal,
  fetchSeam: ((request: Request) => Promise<Response>) | undefined,
): Promise<FetchedDocument> {
  const doFetch = fetchSeam ?? ((request: Request) => fetch(request));
  let response: Response;
  const sentAt = Date.now();
  try {
    // no-cache: the browser's own cache may still answer, but only once the
    // server has confirmed it (a 304 brings a fresh Date). A copy served
    // without asking keeps the Date it was stored with and no Age, which
    // would read as the device's clock running ahead.
    response = await doFetch(
      new Request(url, { signal, cache: 'no-cache', headers: { Accept: 'application/json, application/ld+json, text/markdown;q=0.9' } }),
    );
  } catch (error) {
    if (signal.aborted) throw error;
    const crossOrigin = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
    throw new LoadError(
      crossOrigin
        ? `Could not load ${url}: the network failed, or that server does not allow this page to read it (CORS)`
        : `Could not load ${url}: the network request failed`,
    );
  }
  if (!response.ok) {
    throw new LoadError(`Could not load ${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const headers = response.headers;
  const offset = clockOffset(headers.get('date'), headers.get('age'), sentAt, Date.now());
  const type = (headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const finalUrl = response.url || url;
  const path = new URL(finalUrl).pathname;
  if (MARKDOWN_TYPE.test(type) || (isMarkdownPath(path) && LOOSE_TYPE.test(type))) {
    const text = await readBody(response, url);
    if (text.trim() === '') throw new LoadError(`Could not read ${url}. The Markdown document is empty`);
    return { kind: 'markdown', text, url: finalUrl, clockOffset: offset };
  }
  if (!JSON_TYPE.test(type)) {
    throw new LoadError(`Could not read ${url}: expected JSON or Markdown, but it is ${type === '' ? 'of no stated type' : type}`);
  }
  const json = await readJson(await readBody(response, url), `Could not read ${url}`);
  return { kind: 'json', json, url: finalUrl, clockOffset: offset };
}
