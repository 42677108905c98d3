// `npm test` reads nothing outside this repository: no test, fixture page,
// runner config or build script reaches ../shared (the lab's real pages, which
// only `npm run corpus` reads) or any other path beside the checkout. A clone
// anywhere passes; this check fails in seconds where a read would otherwise
// pass here and fail on the newcomer's machine. (.ci/run also runs the whole
// suite from a copy with nothing beside it.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(?:ts|mjs|js|cjs|html)$/;

/** Every file of code under `dir` (relative to the root), recursively. */
function codeUnder(dir) {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** What `npm test` runs: the tests and their pages, the runner's and the build's configs and scripts (not `npm run corpus`'s, nor the measurements beside it). */
const files = [
  ...codeUnder('test').filter((f) => f !== relative(ROOT, fileURLToPath(import.meta.url))),
  ...readdirSync(ROOT).filter((f) => /\.config\.(?:mjs|ts)$/.test(f)),
  ...codeUnder('scripts').filter((f) => !/^scripts[\\/](?:corpus|measure-)/.test(f)),
];

/**
 * Files that also read the real pages when they are there, by design, and
 * skip that part (saying so) when they are not; .ci/run's run from a copy
 * with nothing beside it proves the skip. Each one is named here, on purpose.
 */
const OPTIONAL_READERS = new Set([
  // The CLI and the card read every page alike: every fixture always, the real pages too where they are.
  'test/node/reading-paths.test.mjs',
  // check --json's postings read back to the same postings: every fixture always, the real pages too where they are.
  'test/node/posting-json.test.mjs',
]);

/** Quoted relative paths (`'../x'`, `"../../y"`, `` `../${z}` ``) that resolve outside the root from the file that holds them. */
function escapes(file, text) {
  const found = [];
  for (const [, path] of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = relative(ROOT, join(dirname(join(ROOT, file)), path));
    if (target === '..' || target.startsWith(`..${sep}`)) found.push(path);
  }
  return found;
}

test('npm test reads nothing outside the repository (no ../shared, no path beside the checkout)', () => {
  assert.ok(files.length > 20, `expected the test files, found ${files.length}`);
  const reads = {};
  for (const file of files.filter((f) => !OPTIONAL_READERS.has(f.split(sep).join('/')))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const bad = [...escapes(file, text), ...(text.match(/shared\/corpus|__wds-outside-root__/g) ?? [])];
    if (bad.length) reads[file] = bad;
  }
  assert.deepEqual(reads, {});
});

test('the check sees a read outside the repository', () => {
  assert.deepEqual(escapes('web-test-runner.config.mjs', "new URL('../shared/corpus/pages/', import.meta.url)"), ['../shared/corpus/pages/']);
  assert.deepEqual(escapes('test/node/x.test.mjs', "readFile(new URL(`../../../shared/${name}`, import.meta.url))"), ['../../../shared/${name}']);
  assert.deepEqual(escapes('test/model/x.test.ts', "import { x } from '../../src/model/x.js';"), []);
});
