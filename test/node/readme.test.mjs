// README's API tables are the manifest's (scripts/api-tables.mjs); the manifest is the JSDoc's.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('README API tables match custom-elements.json', async () => {
  await run('node', [new URL('../../scripts/api-tables.mjs', import.meta.url).pathname, '--check']);
});

test('the manifest describes both elements, their attributes, events, parts and CSS properties', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const elements = Object.fromEntries(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
  assert.deepEqual(Object.keys(elements).sort(), ['job-posting', 'job-posting-list']);
  const card = elements['job-posting'];
  assert.deepEqual(card.attributes.map((a) => a.name).sort(), ['description', 'heading-level', 'local-time-zone', 'src', 'state', 'structured-data', 'time-zone', 'timeout', 'vacancy']);
  assert.deepEqual(card.events.filter((e) => e.description).map((e) => e.name).sort(), ['job-posting-closed', 'job-posting-error', 'job-posting-load']);
  assert.ok(card.cssParts.some((p) => p.name === 'apply'));
  assert.ok(card.cssProperties.every((p) => p.name.startsWith('--job-posting-') && p.description));
});

test('package.json points at the manifest and exports a registering and a class-only entry', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['.'].import, './dist/lib/define.js');
  assert.equal(pkg.exports['./index.js'].import, './dist/lib/index.js');
  assert.equal(pkg.bin['job-posting'], './dist/cli.js');
});

test('the class-only entry registers nothing; the registering entry registers both', async () => {
  const index = readFileSync(new URL('../../dist/lib/index.js', import.meta.url), 'utf8');
  const define = readFileSync(new URL('../../dist/lib/define.js', import.meta.url), 'utf8');
  assert.doesNotMatch(index, /customElements\.define/);
  assert.match(define, /customElements\.define\(`?['"]?job-posting/);
  assert.ok(readFileSync(new URL('../../dist/types/define.d.ts', import.meta.url), 'utf8').includes("'job-posting-list': JobPostingList"));
});
