/**
 * The vacancies of a loaded document — a JSON posting, a JSON list, or a
 * Markdown page — each with an id a page can ask for.
 */

import type { Found, MarkdownDocument, MarkdownNote } from './markdown/from-markdown.js';
import { slug, vacancyIdOf } from './ids.js';
import { quote } from './quote.js';
import { fail, ok, type Result } from './result.js';

/** One vacancy: its id and the posting object to read. */
export interface VacancyEntry {
  id: string;
  /** The title as written, for finding a vacancy by a slug of it. */
  title: string;
  posting: unknown;
  /** What the Markdown reader found for it (absent for JSON), for `check --explain` and the playground. */
  found?: Found;
  /** The words that stated its deadline, when a Markdown page did. */
  closesText?: string;
}

export interface DocumentVacancies {
  entries: VacancyEntry[];
  notes: MarkdownNote[];
}

export type Loaded = { kind: 'json'; json: unknown } | { kind: 'markdown'; document: MarkdownDocument };

function jsonId(posting: unknown, index: number): string {
  const p = (typeof posting === 'object' && posting !== null ? posting : {}) as Record<string, unknown>;
  const url = typeof p['applyUrl'] === 'string' ? p['applyUrl'] : typeof p['url'] === 'string' ? p['url'] : undefined;
  const title = typeof p['title'] === 'string' ? p['title'] : '';
  return vacancyIdOf(url) ?? (slug(title) || `vacancy-${index + 1}`);
}

/** Every vacancy in the document, in order, and its notes. */
export function vacanciesOf(loaded: Loaded): DocumentVacancies {
  if (loaded.kind === 'markdown') {
    return {
      entries: loaded.document.vacancies.map((v) => ({
        id: v.id,
        title: typeof v.fields['title'] === 'string' ? v.fields['title'] : '',
        posting: v.fields,
        found: v.found,
        ...(v.closesText ? { closesText: v.closesText } : {}),
      })),
      notes: loaded.document.notes,
    };
  }
  const json = loaded.json;
  const list: unknown[] = Array.isArray(json)
    ? (json as unknown[])
    : typeof json === 'object' && json !== null && Array.isArray((json as { vacancies?: unknown }).vacancies)
      ? ((json as { vacancies: unknown[] }).vacancies)
      : [json];
  const titleOf = (p: unknown): string =>
    typeof p === 'object' && p !== null && typeof (p as { title?: unknown }).title === 'string' ? (p as { title: string }).title : '';
  return { entries: list.map((posting, i) => ({ id: jsonId(posting, i), title: titleOf(posting), posting })), notes: [] };
}

/**
 * "No current vacancies": "no", then "vacanc…" later on a line. Two scans a
 * line (after its first "no"), where `/\bno\b.*\bvacanc/` ran to the end of
 * the line again from every "no".
 */
function saysNoVacancies(title: string): boolean {
  return title.split(/[\n\r\u2028\u2029]/).some((line) => {
    const no = /\bno\b/gi;
    if (!no.test(line)) return false;
    const vacancy = /\bvacanc/gi;
    vacancy.lastIndex = no.lastIndex;
    return vacancy.test(line);
  });
}

/**
 * The vacancy a card shows: `wanted` is an id (the CoreHR recruitment id, or
 * a slug of the title) or a 1-based position; empty means the first.
 */
export function pickVacancy(found: DocumentVacancies, wanted: string): Result<VacancyEntry> {
  const { entries, notes } = found;
  if (entries.length === 0) {
    const said = notes.find((n) => saysNoVacancies(n.title))?.title;
    return fail(said ? `The document has no vacancies (${quote(said)})` : 'The document has no vacancies');
  }
  const key = wanted.trim();
  if (key === '') return ok(entries[0]);
  if (/^\d+$/.test(key) && !entries.some((e) => e.id === key)) {
    const entry = entries[Number(key) - 1];
    if (entry) return ok(entry);
    return fail(`vacancy="${key}": the document has ${entries.length} ${entries.length === 1 ? 'vacancy' : 'vacancies'}`);
  }
  const entry =
    entries.find((e) => e.id.toLowerCase() === key.toLowerCase()) ??
    entries.find((e) => e.id === slug(key) || slug(e.title) === slug(key));
  if (entry) return ok(entry);
  return fail(`vacancy="${key}" matches none of the document's vacancies (${entries.map((e) => e.id).join(', ')})`);
}
