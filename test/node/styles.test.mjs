// The styling contract: public --job-posting-* properties feed private --_* ones
// (as material-web's tokens do); none is used undefined, defined unused, or undocumented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const source = (file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const documented = (tag) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.cssProperties?.map((p) => p.name) ?? [];
const all = (text, re) => [...new Set([...text.matchAll(re)].map((m) => m[1]))].sort();

for (const [tag, file] of [
  ['job-posting', 'job-posting.styles.ts'],
  ['job-posting-list', 'job-posting-list.styles.ts'],
]) {
  const css = source(file);

  test(`<${tag}>: every private --_ property used is defined, and every one defined is used`, () => {
    const defined = all(css, /(--_[\w-]+)\s*:/g);
    const used = all(css, /var\(\s*(--_[\w-]+)/g);
    assert.deepEqual(used, defined);
  });

  test(`<${tag}>: every public property it reads is documented (@cssprop), and every documented one is read`, () => {
    const read = all(css, /var\(\s*(--job-posting[\w-]*)/g);
    assert.deepEqual(read, [...documented(tag)].sort());
  });
}
