/** JSON text to a value, with errors that say where the text went wrong. */

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * Parses JSON text. Engines word their errors differently; the position is
 * taken from whichever form the engine gives ("position N" or "line L
 * column C") and reported as line and column.
 */
export function parseJson(text: string): JsonResult {
  if (text.trim() === '') return { ok: false, error: 'The JSON document is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    let where = '';
    const lc = /line (\d+) column (\d+)/i.exec(message);
    const pos = /position (\d+)/i.exec(message);
    if (lc) where = ` at line ${lc[1]}, column ${lc[2]}`;
    else if (pos) {
      const { line, column } = lineAndColumn(text, Number(pos[1]));
      where = ` at line ${line}, column ${column}`;
    } else if (/unexpected end|EOF/i.test(message)) {
      const { line, column } = lineAndColumn(text, text.length);
      where = ` at the end (line ${line}, column ${column})`;
    }
    const reason = message
      .replace(/^JSON\.parse: /, '')
      .replace(/^JSON Parse error: /, '')
      .replace(/ at line \d+ column \d+ of the JSON data$/, '')
      .replace(/,? ?(?:at )?position \d+.*$/i, '')
      .replace(/ in JSON$/, '');
    return { ok: false, error: `The JSON is broken${where}: ${reason}` };
  }
}
