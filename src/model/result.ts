/**
 * What every reader in the model returns: the value read, with the warnings
 * met on the way, or the one error that stopped it, worded for the author
 * (what is wrong and how to fix it). One shape for JSON, deadlines, front
 * matter, pages and postings.
 *
 * The YAML and TOML chunks write their results out rather than call
 * {@link ok} and {@link fail}: with them, the bundler moved this module and
 * quote.ts into a chunk of their own, which every JSON page then loaded.
 */
export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

/** A value read, with any warnings. */
export function ok<T>(value: T, warnings: string[] = []): Result<T> {
  return { ok: true, value, warnings };
}

/** A reading that failed, saying why. */
export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
