/**
 * Cached Intl formatters. Building a formatter is costly and a page may hold
 * many cards ticking every second, so each distinct (locale, options) pair is
 * built once, up to {@link MAX_FORMATTERS}. {@link clearIntlCache} drops
 * them all (call it on `languagechange`).
 */

const cache = new Map<string, unknown>();

/**
 * How many formatters are kept: every card, zone and language a page shows
 * needs a few, and a page that cycles through languages must not hold one
 * per language it ever used. The least recently used goes first.
 */
export const MAX_FORMATTERS = 256;

function cached<T>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    if (cache.size >= MAX_FORMATTERS) cache.delete(cache.keys().next().value as string);
  } else {
    cache.delete(key);
  }
  cache.set(key, value);
  return value;
}

/** How many formatters are cached now (for tests). */
export function cachedFormatters(): number {
  return cache.size;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('nf', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string | undefined, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('pr', locale, options, () => new Intl.PluralRules(locale, options));
}

export function relativeTimeFormat(
  locale: string | undefined,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return cached('rt', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

export function listFormat(locale: string | undefined, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('lf', locale, options, () => new Intl.ListFormat(locale, options));
}

/** The runtime's own time zone, read once and kept until {@link clearIntlCache}. */
export function runtimeTimeZone(): string {
  return cached('zone', undefined, {}, () => new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * Remembers up to `size` results of `compute` by key, forgetting the oldest
 * first. Formatting the same countdown or zone offset for many cards, or on
 * every tick, costs one Intl call.
 */
export function memo<T>(size: number): (key: string, compute: () => T) => T {
  const results = new Map<string, T>();
  memos.push(results);
  return (key, compute) => {
    let value = results.get(key);
    if (value === undefined) {
      value = compute();
      if (results.size >= size) results.delete(results.keys().next().value as string);
      results.set(key, value);
    }
    return value;
  };
}

const memos: Map<string, unknown>[] = [];

/** Forget every formatter, e.g. after the browser's language changed. */
export function clearIntlCache(): void {
  cache.clear();
  for (const m of memos) m.clear();
}

/**
 * A locale the engine supports, or undefined (the engine's default) when
 * `locale` is empty or malformed. Junk never throws.
 */
export function safeLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  return (
    canonicalLocales(locale, () => {
      try {
        return Intl.getCanonicalLocales(locale)[0] ?? '';
      } catch {
        return '';
      }
    }) || undefined
  );
}

const canonicalLocales = memo<string>(64);
