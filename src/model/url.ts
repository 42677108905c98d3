/** Links a candidate may follow: only absolute http(s) URLs survive. */

/**
 * `value` resolved against `base` when it is an http(s) URL, else null.
 * `javascript:`, `data:`, `mailto:` and anything unparsable give null.
 */
export function httpUrl(value: string, base?: string): string | null {
  try {
    // An empty base is none (a page-less server render): the value must then be absolute.
    const url = new URL(value.trim(), base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host a candidate will land on, without "www.": "my.corehr.com". */
export function hostOf(url: string): string {
  let host = hosts.get(url);
  if (host === undefined) {
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      host = '';
    }
    if (hosts.size >= 256) hosts.clear();
    hosts.set(url, host);
  }
  return host;
}

const hosts = new Map<string, string>();

/** One character class, anchored: what each side of a plain address may hold (linear to test). */
const ADDRESS_PART = /^[^\s\x00-\x1f\x7f@?#%&,;:<>()"\\/]+$/;

/**
 * A mailto: link to `email` when it is one plain address (one "@", a dot in
 * the domain, nothing that adds recipients or headers: no "?", "&", ","), else null.
 */
export function mailtoHref(email: string): string | null {
  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  return at > 0 && ADDRESS_PART.test(local) && ADDRESS_PART.test(domain) && domain.includes('.') ? `mailto:${email}` : null;
}
