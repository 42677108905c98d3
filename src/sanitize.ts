/**
 * The one place where text becomes markup. Every HTML string the card shows
 * — Markdown rendered by marked, a schema.org description — passes through
 * DOMPurify with this configuration first (the policy in
 * model/sanitize-policy.ts, which `job-posting render` applies at build time).
 *
 * Kept: prose, headings, lists, emphasis, quotes, code, tables, links and
 * images. Removed: scripts, event handlers, forms and inputs, frames,
 * objects, embeds, style elements and style attributes, and any link or
 * image whose URL is not http(s) (or mailto, for links). Links get
 * `rel="noopener noreferrer"`.
 */

import DOMPurify from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, IMAGE_URL, LINK_URL } from './model/sanitize-policy.js';

const purify = DOMPurify(window);

/**
 * What relative links resolve against during one {@link sanitizeHtml} call
 * (the hook runs synchronously inside it): the document the text came from,
 * not the page showing it.
 */
let base: string | undefined;

purify.addHook('afterSanitizeAttributes', (node) => {
  const against = base ?? document.baseURI;
  const absolute = (value: string): string => {
    try {
      return new URL(value, against).href;
    } catch {
      return '';
    }
  };
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href');
    if (href !== null) {
      const url = absolute(href);
      if (LINK_URL.test(url)) node.setAttribute('href', url);
      else node.removeAttribute('href');
    }
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.nodeName === 'IMG') {
    const src = absolute(node.getAttribute('src') ?? '');
    if (IMAGE_URL.test(src)) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
    } else {
      node.remove();
    }
  }
});

/**
 * HTML safe to insert into the card, its links and images absolute:
 * relative ones resolve against `baseUrl` (the URL of the document the HTML
 * came from), else the page's base URL.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  base = baseUrl;
  try {
    return purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      KEEP_CONTENT: true,
      RETURN_TRUSTED_TYPE: false,
    });
  } finally {
    base = undefined;
  }
}
