/**
 * Lookup tables read with keys a page wrote. `table[key]` would also find
 * what every object inherits: a salary period of "constructor" read as a
 * function, `&constructor;` printed JavaScript source, and `__proto__`
 * reached the prototype itself.
 */

/** `table[key]` when `key` is one of the table's own keys, else undefined. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
