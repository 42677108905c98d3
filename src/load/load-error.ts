/** A vacancy document could not be loaded or read; the message says what to fix. */
export class LoadError extends Error {
  override name = 'LoadError';
}
