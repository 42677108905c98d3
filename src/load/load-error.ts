/** A vacancy document could not be loaded or read; the message says what to fix. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** What a failed load says: its message, for an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The error state's message for something a reader or a formatter threw: a bug of ours, not of the page. */
export function crashMessage(error: unknown): string {
  return `Could not be shown: ${errorMessage(error)} (a bug in <job-posting>; please report it with the vacancy's data)`;
}
