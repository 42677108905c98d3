/** JSON text to a value, or the engine's reason it is not JSON. */

import { fail, ok, type Result } from './result.js';

export type JsonResult = Result<unknown>;

/**
 * Parses JSON text. When it is broken, `error` gives the engine's reason;
 * {@link ./json-error.ts} says where, in the same words in every engine.
 */
export function parseJson(text: string): JsonResult {
  if (text.trim() === '') return fail('The JSON document is empty');
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return fail(`The JSON is broken: ${e instanceof Error ? e.message : String(e)}`);
  }
}
