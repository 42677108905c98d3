// The package as a site installs it: `npm pack` gives a tarball that installs
// into an empty folder, and its `job-posting check` runs there through
// `npx --no-install`, which never fetches a package of that name.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const site = mkdtempSync(join(tmpdir(), 'job-posting-site-'));
after(() => rmSync(site, { recursive: true, force: true }));

test('npm pack installs into an empty folder, and npx --no-install job-posting check runs there', { timeout: 180_000 }, async () => {
  // The build has run (npm test builds first); packing must not build again.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', site], { cwd: root });
  const [{ filename, files }] = JSON.parse(stdout);
  assert.ok(files.some((f) => f.path === 'dist/cli.js'), 'the tarball holds the CLI');
  assert.ok(files.some((f) => f.path === 'integrations/jekyll/_includes/job-posting.html'), 'the tarball holds the Jekyll include');
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'lab-site', private: true }));
  await run('npm', ['install', '--save-dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', `./${filename}`], { cwd: site });
  copyFileSync(new URL('../fixtures/cli/good.md', import.meta.url), join(site, 'recruitment.md'));
  const check = await run('npx', ['--no-install', 'job-posting', 'check', '--now', '2021-11-01T00:00:00Z', 'recruitment.md'], { cwd: site });
  assert.match(check.stdout, /^recruitment\.md: ok\n/);
  assert.match(check.stdout, /deadline: Closes 12:00 GMT, Monday,? 15 November 2021 \(Europe\/London\) = 2021-11-15T12:00:00Z/);
});
