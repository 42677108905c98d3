/**
 * Fetching a vacancy document for `src`: status, content type and body are
 * checked, and every failure becomes a message that says what to fix.
 */

import { LoadError } from './load-error.js';
import { readJson } from './read-json.js';

export { LoadError };

/** A fetched and parsed document. */
export interface FetchedPosting {
  /** The parsed JSON. */
  json: unknown;
  /** The URL the document came from after redirects: relative links resolve against it. */
  url: string;
}

const JSON_TYPE = /^(?:application\/(?:[\w.+-]+\+)?json|application\/ld\+json|text\/json)$/i;

/** Fetches `url` and reads it as JSON. Rejects with a {@link LoadError} or the signal's AbortError. */
export async function fetchPosting(
  url: string,
  options: { signal: AbortSignal; fetch?: (request: Request) => Promise<Response> },
): Promise<FetchedPosting> {
  const doFetch = options.fetch ?? ((request: Request) => fetch(request));
  let response: Response;
  try {
    response = await doFetch(new Request(url, { signal: options.signal, headers: { Accept: 'application/json, application/ld+json' } }));
  } catch (error) {
    if (options.signal.aborted) throw error;
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
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new LoadError(`Could not read ${url}: expected JSON, but it is ${type === '' ? 'of no stated type' : type}`);
  }
  const json = await readJson(await response.text(), `Could not read ${url}`);
  return { json, url: response.url || url };
}
