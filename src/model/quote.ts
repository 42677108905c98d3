/**
 * Outside text as it appears inside a warning or an error. A page can put
 * 100 KB in any field; the message only has to let the author find it, so
 * it quotes a few dozen characters — a card's warning list, the console and
 * `job-posting check` stay readable, and no message grows with the page.
 */

/** How many characters of a value a message quotes. */
export const QUOTE_LENGTH = 40;

/** `text` cut to `max` characters, with "…" when something was cut (never half a surrogate pair). */
export function clip(text: string, max = QUOTE_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A value quoted for a message: text in double quotes (JSON's escapes, so
 * a line break or a control character shows as `\n`, `\u001b`), numbers and
 * booleans as written, anything else by its kind. Objects and lists are
 * never serialised: an aliased YAML value can stand for gigabytes.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
