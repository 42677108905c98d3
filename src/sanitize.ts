/**
 * The one place where text becomes markup. Every HTML string the card shows
 * — Markdown rendered by marked, a schema.org description — passes through
 * DOMPurify with this configuration first.
 *
 * Kept: prose, headings, lists, emphasis, quotes, code, tables, links and
 * images. Removed: scripts, event handlers, forms and inputs, frames,
 * objects, embeds, style elements and style attributes, and any link or
 * image whose URL is not http(s) (or mailto, for links). Links get
 * `rel="noopener noreferrer"`.
 */

import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'span',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'a', 'img',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'start', 'lang', 'dir'];

const LINK_URL = /^(?:https?:|mailto:)/i;
const IMAGE_URL = /^https?:/i;

const purify = DOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  const base = node.ownerDocument?.baseURI ?? document.baseURI;
  const absolute = (value: string): string => {
    try {
      return new URL(value, base).href;
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

/** HTML safe to insert into the card. */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false,
  });
}
