/**
 * JSON text to a value, or a {@link LoadError} that says where it broke.
 * The explanation is a separate chunk, fetched only for broken documents.
 */

import { parseJson } from '../model/parse-json.js';
import { LoadError } from './load-error.js';

/** Parses `text`; on failure rejects with `${context}. ${why and where}`. */
export async function readJson(text: string, context: string): Promise<unknown> {
  const parsed = parseJson(text);
  if (parsed.ok) return parsed.value;
  let reason = parsed.error;
  if (text.trim() !== '') {
    try {
      const { explainJsonError } = await import('../model/json-error.js');
      reason = explainJsonError(text) ?? reason;
    } catch {
      // The explanation could not be loaded: the engine's words will do.
    }
  }
  throw new LoadError(`${context}. ${reason}`);
}
