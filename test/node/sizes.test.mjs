// What the built files weigh: README says it, and the classic script costs about what the module build does.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { sizes } from '../../scripts/sizes.mjs';

const run = promisify(execFile);

test("README's size table is the built files'", async () => {
  await run('node', [new URL('../../scripts/sizes.mjs', import.meta.url).pathname, '--check']);
});

test('a JSON page by classic script costs about what it costs by module: job-posting.global.js within 1 kB of job-posting.js (brotli)', async () => {
  const figures = await sizes();
  const classic = figures['job-posting.global.js'];
  const module = figures['job-posting.js'];
  assert.ok(classic && module, 'dist/job-posting.global.js and dist/job-posting.js are built');
  assert.ok(classic.brotli <= module.brotli + 1000, `classic ${classic.brotli} B > module ${module.brotli} B + 1 kB`);
});

test('the classic script splits as the module build does: every chunk has its classic twin (global-<name>-<hash>.js), within 5 % (brotli)', async () => {
  const figures = await sizes();
  const name = (file) => file.replace(/-[\w-]{8}\.js$/, '');
  const chunks = (classic) =>
    Object.keys(figures)
      .filter((file) => /-[\w-]{8}\.js$/.test(file) && file.startsWith('global-') === classic)
      .map((file) => [name(file).replace(/^global-/, ''), figures[file].brotli]);
  const module = new Map(chunks(false));
  const classic = new Map(chunks(true));
  assert.deepEqual([...classic.keys()].sort(), [...module.keys()].sort());
  for (const [chunk, bytes] of classic) {
    assert.ok(Math.abs(bytes - module.get(chunk)) <= 0.05 * module.get(chunk) + 100, `global-${chunk}: ${bytes} B, its module twin ${module.get(chunk)} B`);
  }
});
