/**
 * A card's description and a list's notes as HTML at a site's build, for
 * `job-posting render`: marked as in the browser, cut to the same limits, and
 * sanitised by sanitize-html under the browser's policy
 * (model/sanitize-policy.ts) — DOMPurify needs a DOM that Node has not.
 */

import { marked } from 'marked';
import sanitize from 'sanitize-html';
import type { SanitizedHtml } from '../load/markdown.js';
import { splitLead } from '../model/lead.js';
import { limitMarkdown } from '../model/markdown/limits.js';
import { ALLOWED_ATTR, ALLOWED_TAGS, IMAGE_URL, LINK_URL } from '../model/sanitize-policy.js';

/** `value` resolved against `base`; '' when it cannot be. */
function absolute(value: string, base: string | undefined): string {
  try {
    return new URL(value, base).href;
  } catch {
    return '';
  }
}

/** HTML safe to put in a card, its links and images absolute against `baseUrl` (relative ones stay relative without it). */
export function sanitizeOnServer(html: string, baseUrl?: string): string {
  return sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    // What the transforms below add is allowed on their tags.
    allowedAttributes: { '*': ALLOWED_ATTR, a: ['rel'], img: ['loading'] },
    // URLs are judged below, once absolute, as the browser's hook judges them.
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: true,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        const { href, ...rest } = attribs;
        const url = href === undefined ? '' : baseUrl ? absolute(href, baseUrl) : href;
        const keep = href !== undefined && (baseUrl ? LINK_URL.test(url) : LINK_URL.test(url) || !/^[a-z][a-z\d+.-]*:/i.test(url));
        return { tagName, attribs: { ...rest, ...(keep ? { href: url } : {}), rel: 'noopener noreferrer' } };
      },
      img: (tagName, attribs) => {
        const src = attribs['src'] === undefined ? '' : baseUrl ? absolute(attribs['src'], baseUrl) : attribs['src'];
        return { tagName, attribs: { ...attribs, src, loading: 'lazy' } };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !(IMAGE_URL.test(frame.attribs['src'] ?? '') || (!baseUrl && !!frame.attribs['src'] && !/^[a-z][a-z\d+.-]*:/i.test(frame.attribs['src']))),
  });
}

/** A description or note as the card shows it, written at build time: `SanitizedHtml` as the Markdown chunk makes it in the browser. */
export function serverView(text: string, format: 'html' | 'markdown', baseUrl?: string): SanitizedHtml {
  let html: string;
  let warnings: string[] = [];
  if (format === 'html') html = sanitizeOnServer(text, baseUrl);
  else {
    const limited = limitMarkdown(text, 'The description');
    warnings = limited.warnings;
    html = sanitizeOnServer(marked.parse(limited.text, { async: false, gfm: true }), baseUrl);
  }
  const [lead, rest] = splitLead(html);
  return { html, lead, rest, warnings };
}
