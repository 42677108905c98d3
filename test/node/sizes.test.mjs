// What the built files weigh: README says it, and the classic script costs no more than the module build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { sizes } from '../../scripts/sizes.mjs';

const run = promisify(execFile);

test("README's size table is the built files'", async () => {
  await run('node', [new URL('../../scripts/sizes.mjs', import.meta.url).pathname, '--check']);
});

test('the classic script is no larger than the module build’s files together (brotli)', async () => {
  const figures = await sizes();
  const classic = figures['job-posting.global.js'];
  assert.ok(classic, 'dist/job-posting.global.js is built');
  const modules = Object.entries(figures)
    .filter(([name]) => name !== 'job-posting.global.js')
    .reduce((sum, [, f]) => sum + f.brotli, 0);
  assert.ok(classic.brotli <= modules, `classic ${classic.brotli} B > modules ${modules} B`);
});
