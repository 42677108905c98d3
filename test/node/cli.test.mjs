// The `job-posting check` command, run as a page author would (node dist/cli.js).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const fixture = (name) => new URL(`../fixtures/cli/${name}`, import.meta.url).pathname;

async function check(...args) {
  try {
    const { stdout } = await run('node', [CLI, 'check', '--now', '2021-11-01T00:00:00Z', ...args]);
    return { code: 0, stdout };
  } catch (e) {
    return { code: e.code, stdout: e.stdout };
  }
}

test('prints each vacancy with its deadline in its zone and in UTC, and its apply link', async () => {
  const { code, stdout } = await check(fixture('good.md'));
  assert.equal(code, 0);
  assert.match(stdout, /• Postdoctoral Research Assistant in Machine Learning \(2 posts\) {2}\[154006\]/);
  assert.match(stdout, /deadline: Closes 12:00 GMT, Monday,? 15 November 2021 \(Europe\/London\) = 2021-11-15T12:00:00Z/);
  assert.match(stdout, /apply: {4}https:\/\/my\.corehr\.com\/.*p_recruitment_id=154006/);
});

test('fails a vacancy without a readable deadline, and says why', async () => {
  const { code, stdout } = await check(fixture('no-deadline.md'));
  assert.equal(code, 1);
  assert.match(stdout, /deadline: none found/);
  assert.match(stdout, /warning: {2}"Research Engineer": no closing date found/);
});

test('fails a file without a vacancy', async () => {
  const { code, stdout } = await check(fixture('no-vacancies.md'));
  assert.equal(code, 1);
  assert.match(stdout, /error: No readable vacancy in this file/);
  assert.match(stdout, /not a vacancy: "Sorry, No Current Vacancies"/);
});

test('fails a bad apply link', async () => {
  const { code, stdout } = await check(fixture('bad-link.json'));
  assert.equal(code, 1);
  assert.match(stdout, /applyUrl: "javascript:alert\(1\)" is not an http\(s\) link/);
});

test('gives the JSON Schema\'s messages, naming the vacancy', async () => {
  const { code, stdout } = await check(fixture('unknown-field.json'));
  assert.equal(code, 1);
  assert.match(stdout, /vacancy 1: the vacancy: unknown field "colour"/);
  assert.match(stdout, /vacancy 2: closes: not an ISO 8601 date or date-time/);
});

test('says where broken JSON breaks', async () => {
  const { code, stdout } = await check(new URL('../fixtures/broken.json', import.meta.url).pathname);
  assert.equal(code, 1);
  assert.match(stdout, /The JSON is broken at line 3, column 17: a comma was expected/);
});

test('--json prints each vacancy in the posting format', async () => {
  const { code, stdout } = await check('--json', fixture('good.md'), fixture('bad-link.json'));
  assert.equal(code, 1);
  const reports = JSON.parse(stdout);
  assert.equal(reports.length, 2);
  assert.equal(reports[0].failed, false);
  assert.equal(reports[0].vacancies[0].posting.closes, '2021-11-15T12:00+00:00');
  assert.equal(reports[0].vacancies[0].posting.timeZone, 'Europe/London');
  assert.equal(reports[0].vacancies[0].posting.salary.text, 'Grade 7: £33,309 - £35,326 per annum');
  assert.equal(reports[1].failed, true);
});

test('the JSON Schema describes exactly the fields the element reads', () => {
  const schema = JSON.parse(readFileSync(new URL('../../job-posting.schema.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/model/from-json.ts', import.meta.url), 'utf8');
  const fields = [...source.slice(source.indexOf('POSTING_FIELDS = ['), source.indexOf('] as const')).matchAll(/'(\w+)'/g)].map((m) => m[1]);
  assert.deepEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort(), fields.sort());
});

test('refuses a YAML alias bomb quickly, naming the line, instead of writing megabytes', async () => {
  const started = Date.now();
  const { code, stdout } = await check(fixture('alias-bomb.md'));
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  assert.equal(code, 1);
  assert.match(stdout, /error: The YAML front matter uses more than 20 aliases \(\*name\) by line 6: write the values out/);
  assert.ok(stdout.length < 1000, `wrote ${stdout.length} characters`);
});

test('shows control characters from a file as text, so they cannot erase FAILED or plant links', async () => {
  // A Markdown page too: its notes and headings carry raw bytes.
  const dir = mkdtempSync(join(tmpdir(), 'cli-controls-'));
  const page = join(dir, 'page.md');
  writeFileSync(page, '## No vacancies \x1b[2K\x1b]8;;http://evil.example/\x07here\n\nSorry.\n');
  try {
    const { code, stdout } = await check(fixture('control-characters.json'), page);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    assert.match(stdout, /^\S*control-characters\.json: FAILED$/m);
    assert.match(stdout, /• Research Fellow\\x1b\[2K\\r\\x1b\[1A {2}\[/);
    assert.match(stdout, /applyUrl: "javascript:\\u001b\]8;;http:\/\/evil\.example\/\\u0007cl…" is not/);
    assert.match(stdout, /• Technician \\x9b31m\\u202eevil/);
    assert.match(stdout, /not a vacancy: "No vacancies \\x1b\[2K\\x1b\]8;;http:\/\/evil\.example\/\\x07here"/);
    const { stdout: json } = await check('--json', fixture('control-characters.json'));
    assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    assert.equal(JSON.parse(json)[0].vacancies[1].posting.title, 'Technician \u009b31m\u202eevil');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reports an optional field the card cannot show, such as a posted date that is no date', async () => {
  const { stdout } = await check(fixture('impossible-posted.json'));
  assert.match(stdout, /warning: {2}posted: "2024-31-01" is not a real date; ignored/);
});

test('--time-zone reads deadlines without a zone as the card\'s time-zone attribute does', async () => {
  const { code, stdout } = await check('--time-zone', 'America/New_York', fixture('good.md'));
  assert.equal(code, 0);
  assert.match(stdout, /\(America\/New_York\) = 2021-11-15T17:00:00Z/);
  assert.equal((await check('--time-zone', 'Mars/Olympus', fixture('good.md'))).code, 2);
});

test('--base-url resolves relative links as the card does against its src', async () => {
  const { stdout } = await check('--base-url', 'https://lab.example.org/jobs/list.json', new URL('../fixtures/reading/several.json', import.meta.url).pathname);
  assert.match(stdout, /apply: {4}https:\/\/lab\.example\.org\/jobs\/postings\/8802/);
});

test('with --explain, says where each vacancy\'s title, deadline and apply link came from, and why each note is not a vacancy', async () => {
  const { code, stdout } = await check('--explain', fixture('explain.md'));
  assert.equal(code, 0);
  assert.match(stdout, /title from: its heading/);
  assert.match(stdout, /deadline from: "Applications close at 5pm on 20 Novembe…" \(own\)/);
  assert.match(stdout, /apply link: https:\/\/jobs\.example\.ac\.uk\/vacancy\/4821 \(chosen over: https:\/\/example\.org\/jd\.pdf\)/);
  assert.match(stdout, /title from: the line or list item that leads it\n {4}deadline from: "Both studentships close on 10 December …" \(shared\)/);
  assert.match(stdout, /not a vacancy: "We are a small lab working on river ecology\.": introduction/);
  assert.match(stdout, /not a vacancy: "Previous openings": history/);
});

test('without --explain, prints no explanation', async () => {
  const { stdout } = await check(fixture('explain.md'));
  assert.doesNotMatch(stdout, /title from:|history \(/);
});

test('the built command runs as an executable, as npx job-posting runs it', async () => {
  const { stdout } = await run(CLI, ['check', '--now', '2021-11-01T00:00:00Z', fixture('good.md')]);
  assert.match(stdout, /good\.md: ok/);
});

test('reads a Jekyll _data YAML file as typed, and warns on every time left unquoted, naming its line and the fix', async () => {
  const { code, stdout } = await check(fixture('vacancies.yml'));
  assert.equal(code, 0);
  const warnings = stdout.split('\n').filter((l) => l.includes('warning:'));
  assert.deepEqual(
    warnings.map((l) => /line (\d+): closes: (\S+(?: \S+)?(?: [+-]\S+)?) is not quoted/.exec(l)?.slice(1)),
    [
      ['4', '2021-11-15 12:00:00'],
      ['10', '2021-11-15T12:00:00Z'],
      ['13', '2021-11-15 12:00:00 +01:00'],
    ],
  );
  assert.match(warnings[0], /reads it as UTC, not in the posting's zone; quote it: closes: "2021-11-15T12:00"$/);
  // As typed: the card reads the time without a zone in the posting's, as the Jekyll include sends it.
  assert.match(stdout, /• Research Engineer {2}\[154006\]\n {4}deadline: .* = 2021-11-15T12:00:00Z/);
  assert.match(stdout, /• Data Scientist {2}\[154009\]\n {4}deadline: .* = 2021-11-15T11:00:00Z/);
});
