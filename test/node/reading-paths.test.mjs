// One reading path: `job-posting check` (dist/cli.js) and the card's own
// reader (src/load/markdown.ts and read-json.ts, bundled here with esbuild)
// read every file alike — the same vacancies, titles, instants, links and
// warnings, or the same error.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { documents, importFromSource, root } from './source-bundle.mjs';

const run = promisify(execFile);
const CLI = join(root, 'dist/cli.js');
const NOW = '2021-11-01T00:00:00Z';
/** Where the files are served from, as a card's `src`; the CLI is told the same with --base-url. */
const BASE_URL = 'https://lab.example.org/jobs/page.md';
const CORPORA = ['../shared/corpus/pages', '../shared/corpus-labs/pages'].map((dir) => join(root, dir));

let element;
let dispose;
before(async () => {
  // The card's reader, bundled from source.
  ({ module: element, dispose } = await importFromSource([
    "export { readMarkdownDocument } from './src/load/markdown.ts';",
    "export { readJson } from './src/load/read-json.ts';",
    "export { vacanciesOf } from './src/model/vacancies.ts';",
    "export { readPosting } from './src/model/from-json.ts';",
    "export { DEFAULT_TIME_ZONE } from './src/model/posting.ts';",
  ]));
});
after(() => dispose?.());

/** What the card reads from a file, as loadDocument then the card do for a `src`. */
async function readAsTheCard(file) {
  const text = readFileSync(file, 'utf8');
  const context = `Could not read ${BASE_URL}`;
  try {
    const loaded = file.endsWith('.md')
      ? { kind: 'markdown', document: await element.readMarkdownDocument(text, { now: Date.parse(NOW), baseUrl: BASE_URL, context }) }
      : { kind: 'json', json: await element.readJson(text, context) };
    const { entries } = element.vacanciesOf(loaded);
    return {
      vacancies: entries.map((entry) => {
        const read = element.readPosting(entry.posting, { timeZone: element.DEFAULT_TIME_ZONE, baseUrl: BASE_URL });
        return read.ok ? { id: entry.id, ...essentials(read.value), warnings: read.warnings } : { id: entry.id, error: read.error };
      }),
    };
  } catch (e) {
    return { error: e.message.slice(context.length + 2), vacancies: [] };
  }
}

/** What `job-posting check --json` reads from each file. */
async function readAsTheCli(files) {
  let stdout;
  try {
    ({ stdout } = await run('node', [CLI, 'check', '--json', '--now', NOW, '--base-url', BASE_URL, ...files], { maxBuffer: 64 << 20 }));
  } catch (e) {
    stdout = e.stdout; // exit status 1: some file fails the check
  }
  return JSON.parse(stdout).map((report) => ({
    // --json prints the posting format: read back as a card reads a posting, to the instant.
    vacancies: report.vacancies.map((v) => (v.posting ? { id: v.id, ...essentials(readBack(v.posting)), warnings: v.warnings } : { id: v.id, error: v.error })),
    errors: report.errors,
  }));
}

/** A posting the CLI printed, read as the card reads a `posting` object. */
function readBack(json) {
  const read = element.readPosting(json, {});
  assert.ok(read.ok, read.error);
  return read.value;
}

/** What a candidate sees: title, posts, the instant and zone, and where to apply. */
function essentials(posting) {
  return {
    title: posting.title,
    positions: posting.positions,
    closesAt: posting.deadline?.closesAt,
    dateOnly: posting.deadline?.dateOnly,
    timeZone: posting.timeZone,
    applyUrl: posting.applyUrl,
  };
}

async function assertReadAlike(files) {
  const byCli = await readAsTheCli(files);
  assert.equal(byCli.length, files.length);
  for (const [i, file] of files.entries()) {
    const byCard = await readAsTheCard(file);
    const name = file.slice(root.length);
    assert.deepEqual(byCli[i].vacancies, byCard.vacancies, `${name}: the CLI and the card read different vacancies`);
    if (byCard.error !== undefined) assert.equal(byCli[i].errors[0], byCard.error, `${name}: the CLI and the card give different errors`);
  }
}

test('a page opening with a blank line keeps its front matter (title and zone) in the CLI as on the card', async () => {
  const file = join(root, 'test/fixtures/reading/leading-blank-line-time-zone.md');
  const [byCli] = await readAsTheCli([file]);
  assert.equal(byCli.vacancies[0]?.title, 'Research Scientist in Climate Modelling');
  assert.equal(byCli.vacancies[0]?.closesAt, Date.parse('2021-11-15T17:00:00Z'));
  await assertReadAlike([file]);
});

test('a wholly indented page is read, not taken for code, by both', async () => {
  const file = join(root, 'test/fixtures/reading/indented.md');
  const [byCli] = await readAsTheCli([file]);
  assert.deepEqual(
    byCli.vacancies.map((v) => v.title),
    ['Postdoctoral Researcher in Computational Imaging', 'Research Software Engineer'],
  );
  await assertReadAlike([file]);
});

test('every fixture in test/fixtures is read alike by the CLI and the card', async () => {
  const files = documents(join(root, 'test/fixtures'));
  assert.ok(files.length >= 10, `only ${files.length} fixtures found`);
  await assertReadAlike(files);
});

const corpus = CORPORA.filter((dir) => existsSync(dir));
test(
  'every corpus page is read alike by the CLI and the card',
  { skip: corpus.length === 0 ? '../shared/corpus is not beside this checkout: only the fixtures were compared' : false },
  async () => {
    await assertReadAlike(corpus.flatMap(documents));
  },
);
