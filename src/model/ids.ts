/**
 * Vacancy ids: the recruitment id an apply link carries, else a slug of the
 * title, made unique in document order.
 */

/** A slug of a title: "postdoctoral-research-assistant-in-machine-learning". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The CoreHR recruitment id (or another site's vacancy id) carried by an apply link. */
export function vacancyIdOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /[?&](?:p_recruitment_id|vacancyID|vacancy_id|jobId)=(\d+)/i.exec(url)?.[1];
}

/**
 * Ids made unique in document order: a second "postdoc" is "postdoc-2", then
 * "postdoc-3" (a trailing number is replaced, so "post-5" taken gives
 * "post-2"). Each base remembers the last number it gave, so ten thousand
 * vacancies with one title cost ten thousand look-ups, not fifty million.
 */
export class UniqueIds {
  readonly #taken = new Set<string>();
  readonly #last = new Map<string, number>();

  /** `id` if it is free, else the first free `${base}-${n}` from n = 2; the id returned is taken. */
  take(id: string): string {
    let unique = id;
    if (this.#taken.has(id)) {
      const base = id.replace(/-\d+$/, '');
      let n = this.#last.get(base) ?? 1;
      do unique = `${base}-${++n}`;
      while (this.#taken.has(unique));
      this.#last.set(base, n);
    }
    this.#taken.add(unique);
    return unique;
  }
}
