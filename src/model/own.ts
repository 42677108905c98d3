/**
 * Lookup tables read with keys a page wrote. `table[key]` would also find
 * what every object inherits: a salary period of "constructor" read as a
 * function, `&constructor;` printed JavaScript source, and `__proto__`
 * reached the prototype itself.
 */

/** A JSON object (not null, not a list), whose keys are to be read with {@link own}. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `table[key]` when `key` is one of the table's own keys, else undefined. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
