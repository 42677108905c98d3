/** Links a candidate may follow: only absolute http(s) URLs survive. */

/**
 * `value` resolved against `base` when it is an http(s) URL, else null.
 * `javascript:`, `data:`, `mailto:` and anything unparsable give null.
 */
export function httpUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host a candidate will land on, without "www.": "my.corehr.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
