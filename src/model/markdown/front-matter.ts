/**
 * YAML front matter, parsed with js-yaml (its core schema: dates stay text,
 * so deadlines are read by the card's own rules). A separate chunk, loaded
 * only for documents that have front matter.
 */

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** Parsed front matter, with what a lenient read left out (`warnings`), or why it could not be read. */
export type FrontMatterResult = { ok: true; data: Record<string, unknown>; warnings?: string[] } | { ok: false; error: string };

/** Parses the YAML between the `---` lines; errors name the line in the whole file. */
export function parseFrontMatter(yaml: string): FrontMatterResult {
  try {
    const data = load(yaml, { schema: CORE_SCHEMA });
    if (data === undefined || data === null) return { ok: true, data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, error: 'The front matter is not a set of "key: value" lines' };
    }
    return { ok: true, data: data as Record<string, unknown> };
  } catch (e) {
    if (e instanceof YAMLException) {
      // The front matter starts on the file's second line, after "---".
      const line = (e.mark?.line ?? 0) + 2;
      return { ok: false, error: `The YAML front matter is broken at line ${line}: ${e.reason}` };
    }
    return { ok: false, error: `The YAML front matter could not be read: ${String(e)}` };
  }
}
