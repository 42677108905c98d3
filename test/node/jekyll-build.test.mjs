// integrations/jekyll with a REAL Jekyll build (Debian's `jekyll`) read in a
// REAL browser (Chromium through puppeteer-core): each way the guide
// (integrations/jekyll/README.md) documents, built as a lab would build it,
// under TZ=Europe/London and TZ=UTC. The visitor is in New York and the
// page's clock is fixed before the fixtures' deadlines, so the cards show the
// same whatever today is, and a deadline read in the visitor's zone (or the
// build machine's) shows up as a wrong instant. Fixture sites: test/jekyll/.
//
// JEKYLL_INCLUDE=<file> builds the sites with another include in its place
// (the include before this test existed fails the unquoted-time, strict,
// no-JavaScript and {% raw %} cases).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSite, launchBrowser, openPage, removeSites, serve } from '../jekyll/harness.mjs';

/** The page's "now": 1 June 2031, 09:00 UTC, weeks before every deadline in the fixtures. */
const NOW = Date.UTC(2031, 5, 1, 9, 0);
/** The visitor's zone: not London, nor UTC. */
const VISITOR = 'America/New_York';
/** The zones Jekyll is run under. */
const BUILD_ZONES = ['Europe/London', 'UTC'];

/** Midday in London on a July day of 2031 (BST, UTC+1), as an ISO instant. */
const middayLondon = (day) => new Date(Date.UTC(2031, 6, day, 11)).toISOString();

const POSTDOC = 'Postdoctoral Research Assistant in Machine Learning';
const ENGINEER = 'Research Engineer in Robot Perception';

/** Each fixture site: its folders under test/jekyll/, in order. */
const SITES = {
  static: ['static'],
  inline: ['inline'],
  data: ['data'],
  strict: ['static', 'strict'],
  prerendered: ['static', 'prerendered'],
};

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** Before `jekyll build`, as the guide's workflow does: the recruitment page rendered into _includes/ (the build machine's clock and zone). */
const PREPARE = {
  prerendered: async (source, zone) => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'render', '--hide-closed', '--lang', 'en-GB', 'pages/recruitment.md'], {
      cwd: source,
      env: { ...process.env, TZ: zone },
    });
    await writeFile(join(source, '_includes/vacancies.html'), stdout);
  },
};

let browser;
const builds = new Map();
const servers = new Map();

/** The site `name` built under `zone`, once (a promise, started in `before`). */
function built(name, zone) {
  const key = `${name} ${zone}`;
  if (!builds.has(key)) {
    const promise = buildSite(SITES[name], zone, PREPARE[name]);
    promise.catch(() => {}); // Reported by the test that awaits it.
    builds.set(key, promise);
  }
  return builds.get(key);
}

/** The origin serving site `name` as built under `zone`. */
async function origin(name, zone) {
  const key = `${name} ${zone}`;
  if (!servers.has(key)) servers.set(key, built(name, zone).then(serve));
  return (await servers.get(key)).origin;
}

const visits = new Map();

/** What page `path` of site `name` (built under `zone`) shows a visitor in New York on NOW (each page opened once). */
function visit(name, zone, path, { javaScript = true } = {}) {
  const key = `${name} ${zone} ${path} ${javaScript}`;
  if (!visits.has(key)) visits.set(key, origin(name, zone).then((o) => openPage(browser, `${o}${path}`, { now: NOW, timeZone: VISITOR, javaScript })));
  return visits.get(key);
}

/** The parts of a card the tests compare, for a readable diff: what it read, and what it shows (title, <time datetime>). */
const summary = (card) => ({
  title: card.title,
  closesAt: card.closesAt,
  unsure: card.unsure,
  warnings: card.warnings,
  state: card.state,
  shownTitle: card.shownTitle,
  shownDeadline: card.datetime,
});
const expected = (title, closesAt) => ({
  title,
  closesAt,
  unsure: null,
  warnings: [],
  state: 'open',
  shownTitle: title,
  shownDeadline: closesAt.replace('.000Z', 'Z'),
});

before(async () => {
  for (const zone of BUILD_ZONES) for (const name of Object.keys(SITES)) built(name, zone);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((s) => s.then((x) => x.close(), () => {})));
  await removeSites();
});

for (const zone of BUILD_ZONES) {
  describe(`jekyll build under TZ=${zone}`, () => {
    test("the guide's way 1, the recruitment page published from one source file (include_relative) and read by src=, list=true: a card per vacancy, each closing at midday in London", async () => {
      const got = await visit('static', zone, '/vacancies.html');
      assert.deepEqual(got.failed, []);
      assert.equal(got.host, 'job-posting-list');
      assert.equal(got.state, 'ready');
      assert.deepEqual(got.cards.map(summary), [expected(POSTDOC, middayLondon(15)), expected(ENGINEER, middayLondon(22))]);
    });

    test("the guide's way 2, Markdown inline from a {% capture %} (markdown=): the card closes at midday in London", async () => {
      const got = await visit('inline', zone, '/recruitment.html');
      assert.deepEqual(got.failed, []);
      assert.equal(got.host, 'job-posting');
      assert.deepEqual(got.cards.map(summary), [expected(POSTDOC, middayLondon(15))]);
      assert.match(got.cards[0].description, /two-year post on learning from video/);
    });

    test("the guide's way 3, _data/vacancies.yml with closes quoted (data=, list=true): a card per vacancy, each closing at midday in London", async () => {
      const got = await visit('data', zone, '/recruitment.html');
      assert.deepEqual(got.failed, []);
      assert.equal(got.host, 'job-posting-list');
      assert.equal(got.state, 'ready');
      assert.deepEqual(got.cards.map(summary), [expected(POSTDOC, middayLondon(15)), expected(ENGINEER, middayLondon(22))]);
    });

    // _data/unquoted.yml: the same deadline written three ways a lab may write
    // it without quotes. Ruby's YAML makes each a Time, which jsonify writes
    // in a form of its own; the card must still close at the instant meant.
    const unquoted = async (title) => {
      const got = await visit('data', zone, '/unquoted.html');
      assert.deepEqual(got.failed, []);
      const card = got.cards.find((c) => c.title === title);
      assert.ok(card, `no card titled ${title}: ${JSON.stringify(got.cards.map((c) => ({ ...summary(c), error: c.error })))} from ${got.inline}`);
      return { card, inline: got.inline };
    };

    test('_data with closes unquoted "2031-07-15 12:00:00" (no zone): closes at 12:00 in London, as typed, and the console says to quote it', async () => {
      const { card, inline } = await unquoted('Research Assistant in 3D Vision');
      assert.equal(card.closesAt, middayLondon(15), `read from ${JSON.stringify(card.source)} in ${inline}`);
      assert.equal(card.state, 'open');
      assert.equal(card.unsure, null);
      assert.match(card.warnings.join('\n'), /is a time Jekyll's YAML read from an unquoted value, in UTC unless a zone was typed; quote it: closes: "2031-07-15T12:00"/);
    });

    test('without JavaScript, _data with closes unquoted (no zone): the page shows the time as typed, in the posting’s zone', async () => {
      const { text, failed } = await visit('data', zone, '/unquoted.html', { javaScript: false });
      assert.deepEqual(failed, []);
      assert.match(text, /Research Assistant in 3D Vision\s+Closes:\s+15 July 2031, 12:00 \(Europe\/London\)/);
      assert.match(text, /Research Assistant in Medical Imaging\s+Closes:\s+15 July 2031, 12:00 \(UTC\+02:00\)/);
    });

    test('_data with closes unquoted "2031-07-15T12:00:00Z": closes at 12:00 UTC', async () => {
      const { card, inline } = await unquoted('Research Assistant in Video Understanding');
      assert.equal(card.closesAt, '2031-07-15T12:00:00.000Z', `read from ${JSON.stringify(card.source)} in ${inline}`);
      assert.equal(card.state, 'open');
    });

    test('_data with closes unquoted "2031-07-15 12:00:00 +02:00": closes at 10:00 UTC', async () => {
      const { card, inline } = await unquoted('Research Assistant in Medical Imaging');
      assert.equal(card.closesAt, '2031-07-15T10:00:00.000Z', `read from ${JSON.stringify(card.source)} in ${inline}`);
      assert.equal(card.state, 'open');
    });

    test('Liquid-looking text in {% raw %} within the capture reaches the card unchanged', async () => {
      const got = await visit('inline', zone, '/liquid-text.html');
      assert.deepEqual(got.failed, []);
      assert.deepEqual(got.cards.map(summary), [expected('Research Software Engineer', middayLondon(15))]);
      const said = 'a greeting reads {{ user.name }} and a condition {% if x %} — text the page must show as written';
      assert.ok(JSON.parse(got.inline).includes(said), `the include wrote ${got.inline}`);
      assert.ok(got.cards[0].description.includes(said), `the card shows ${JSON.stringify(got.cards[0].description)}`);
    });

    test('a site with liquid strict_variables and strict_filters builds with the include given only src=', async () => {
      await built('strict', zone);
      const got = await visit('strict', zone, '/recruitment.html');
      assert.deepEqual(got.failed, []);
      assert.equal(got.host, 'job-posting');
      assert.deepEqual(got.cards.map(summary), [expected(POSTDOC, middayLondon(15))]);
    });

    test("the guide's pre-rendered way: the page holds the cards (rendered into _includes/ before the build) and the bundle hydrates them in place", async () => {
      const got = await visit('prerendered', zone, '/vacancies-now.html');
      assert.deepEqual(got.failed, []);
      assert.deepEqual(got.said, [], 'no console error or warning (a markup mismatch would warn)');
      assert.equal(got.host, 'job-posting-list');
      assert.equal(got.state, 'ready');
      assert.deepEqual(got.cards.map(summary), [expected(POSTDOC, middayLondon(15)), expected(ENGINEER, middayLondon(22))]);
      // Live: the countdown on the visitor's clock, not the build's.
      assert.ok(got.cards.every((c) => c.state === 'open'));
    });

    test("without JavaScript, the pre-rendered way: each card whole — title, closing time, apply link — and nothing about time left", async () => {
      const { shown, failed } = await visit('prerendered', zone, '/vacancies-now.html', { javaScript: false });
      assert.deepEqual(failed, []);
      assert.ok(shown.includes(POSTDOC) && shown.includes(ENGINEER), shown);
      assert.match(shown, /Closes 12:00 BST, Tuesday, 15 July 2031/);
      assert.match(shown, /Apply/);
      assert.doesNotMatch(shown, /\b(?:left|ago)\b/);
    });

    for (const [way, name] of [
      ['Markdown inline (markdown=)', 'inline'],
      ['_data (data=, list=true)', 'data'],
    ]) {
      test(`without JavaScript, ${way}: the page shows the vacancy's title and closing date as text`, async () => {
        const { text, failed } = await visit(name, zone, '/recruitment.html', { javaScript: false });
        assert.deepEqual(failed, []);
        assert.ok(text.includes(POSTDOC) && /\b15 July 2031\b/.test(text), `the page shows only ${JSON.stringify(text)}`);
      });
    }
  });
}
