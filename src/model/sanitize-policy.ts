/**
 * What a card's HTML may hold: one policy for DOMPurify in the browser
 * (sanitize.ts) and for sanitize-html when `job-posting render` writes the
 * card at a site's build (cli/server-html.ts).
 */

/** Prose, headings, lists, emphasis, quotes, code, tables, links and images. */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'span',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'a', 'img',
];

/** No event handlers, no style, no data or ARIA attributes. */
export const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'start', 'lang', 'dir'];

/** A link's URL, once absolute: http(s) or mailto, else the link loses its href. */
export const LINK_URL = /^(?:https?:|mailto:)/i;

/** An image's URL, once absolute: http(s), else the image goes. */
export const IMAGE_URL = /^https?:/i;
