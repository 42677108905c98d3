/** JSON text to a value, or the engine's reason it is not JSON. */

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses JSON text. When it is broken, `error` gives the engine's reason;
 * {@link ./json-error.ts} says where, in the same words in every engine.
 */
export function parseJson(text: string): JsonResult {
  if (text.trim() === '') return { ok: false, error: 'The JSON document is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `The JSON is broken: ${e instanceof Error ? e.message : String(e)}` };
  }
}
