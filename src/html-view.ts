/**
 * Sanitised HTML as something a Lit template renders. Only ever given what a
 * sanitiser wrote — DOMPurify in the Markdown chunk, or sanitize-html at a
 * site's build (`job-posting render`). Here, not in the chunks, so Lit's
 * directive class is in the element's own file: the Markdown chunk and the
 * hydrate support share it without a third chunk fetched after either.
 */

import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** `sanitized` (a sanitiser's output) to render as HTML. */
export function htmlView(sanitized: string): unknown {
  return unsafeHTML(sanitized);
}
