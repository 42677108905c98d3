/** A vacancy document could not be loaded or read; the message says what to fix. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** What a failed load says: its message, for an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
