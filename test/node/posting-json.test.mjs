// `job-posting check --json` prints each vacancy in the posting format, so
// its output can feed a card: every posting it prints, from every fixture
// and (when ../shared is beside this repository) every corpus page, is valid
// against job-posting.schema.json and reads back to the same posting.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { documents, importFromSource, root } from './source-bundle.mjs';

const run = promisify(execFile);
const NOW = '2021-11-01T00:00:00Z';
const DIRS = ['test/fixtures', '../shared/corpus/pages', '../shared/corpus-labs/pages'].map((dir) => join(root, dir));

let model;
let dispose;
before(async () => {
  ({ module: model, dispose } = await importFromSource([
    "export { checkText, schemaMessages } from './src/cli/check.ts';",
    "export { postingToJson } from './src/model/posting-json.ts';",
    "export { readPosting } from './src/model/from-json.ts';",
  ]));
});
after(() => dispose?.());

/** A posting without what the format cannot carry: the deadline's words as written and the reader's doubts (symbols). */
function comparable(posting) {
  const { deadline, descriptionFormat: _format, ...rest } = posting;
  if (!deadline) return rest;
  const { source: _source, unsure: _unsure, ...kept } = deadline;
  return { ...rest, deadline: kept };
}

test('every posting check --json prints is valid against the schema and reads back to the same posting', () => {
  const files = DIRS.flatMap(documents);
  let postings = 0;
  for (const file of files) {
    const report = model.checkText(file, readFileSync(file, 'utf8'), { now: Date.parse(NOW), baseUrl: 'https://lab.example.org/jobs/page.md' });
    for (const v of report.vacancies.filter((x) => x.posting && x.posting.descriptionFormat !== 'html')) {
      const json = model.postingToJson(v.posting);
      assert.deepEqual(model.schemaMessages(json), [], `${file} [${v.id}]`);
      const back = model.readPosting(json, {});
      assert.ok(back.ok, `${file} [${v.id}]: ${back.error}`);
      assert.deepEqual(comparable(back.value), comparable(v.posting), `${file} [${v.id}]`);
      postings++;
    }
  }
  // The fixtures alone hold dozens: a walk that found nothing would pass vacuously.
  assert.ok(postings >= 40, `only ${postings} postings read`);
});

test('closes is the wall time in the posting\'s zone with its offset, or the date alone', () => {
  const posting = (closes, timeZone) => {
    const read = model.readPosting({ title: 'Research Fellow', closes, timeZone, applyUrl: 'https://my.corehr.com/x' }, {});
    assert.ok(read.ok);
    return model.postingToJson(read.value);
  };
  assert.deepEqual([posting('2021-11-15T12:00', 'Europe/London').closes, posting('2021-11-15T12:00', 'Europe/London').timeZone], ['2021-11-15T12:00+00:00', 'Europe/London']);
  assert.equal(posting('2022-06-15T12:00', 'Europe/London').closes, '2022-06-15T12:00+01:00');
  assert.equal(posting('2022-06-15T17:00:00Z', 'Australia/Adelaide').closes, '2022-06-16T02:30+09:30');
  assert.equal(posting('2022-06-15', 'America/New_York').closes, '2022-06-15');
  assert.equal(posting('2022-06-15T12:00:30', 'UTC').closes, '2022-06-15T12:00:30+00:00');
});

test('the command line prints the same', async () => {
  const file = join(root, 'test/fixtures/cli/good.md');
  const { stdout } = await run(process.execPath, [join(root, 'dist/cli.js'), 'check', '--json', '--now', NOW, file]).catch((e) => e);
  const [report] = JSON.parse(stdout);
  const expected = model.checkText(file, readFileSync(file, 'utf8'), { now: Date.parse(NOW) }).vacancies.map((v) => model.postingToJson(v.posting));
  assert.deepEqual(report.vacancies.map((v) => v.posting), expected);
  assert.equal(report.vacancies[0].posting.closes, '2021-11-15T12:00+00:00');
});
