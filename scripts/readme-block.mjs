// README has generated blocks between marker comments (API tables, sizes, the
// bench's table). One writer for all of them; `check` only says whether the
// block is up to date.
import { readFile, writeFile } from 'node:fs/promises';

const README = new URL('../README.md', import.meta.url);

/**
 * Puts `content` between the `start` and `end` markers in README.md.
 * With `check`, writes nothing and returns whether README already says it.
 */
export async function readmeBlock(start, end, content, { check = false } = {}) {
  const readme = await readFile(README, 'utf8');
  const at = readme.indexOf(start);
  const until = readme.indexOf(end);
  if (at < 0 || until < at) throw new Error(`README.md has no ${start} … ${end} block`);
  const next = `${readme.slice(0, at + start.length)}\n\n${content}\n\n${readme.slice(until)}`;
  if (check) return next === readme;
  if (next !== readme) await writeFile(README, next);
  return true;
}
