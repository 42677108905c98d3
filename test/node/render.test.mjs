// `job-posting render`: the built CLI (dist/cli.js) writes a card or list as
// HTML with declarative shadow DOM, and the built bundle (dist/job-posting.js)
// hydrates it in a REAL browser (Chromium through puppeteer-core): shown
// whole with JavaScript off, taken over in place with no layout shift and no
// console error, and corrected at once when opened after the deadline.
// Fixtures: test/fixtures/cli/good.md (a Markdown page) and test/fixtures/seed.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { composedText, launchBrowser } from '../jekyll/harness.mjs';
import { shiftClock } from '../../scripts/shift-clock.mjs';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url);
const CLI = new URL('dist/cli.js', ROOT).pathname;
const PAGE = new URL('test/fixtures/cli/good.md', ROOT).pathname;
const JSON_POSTING = new URL('test/fixtures/seed.json', ROOT).pathname;
/** Built three days before the fixtures' deadline (12:00 London, 15 November 2021). */
const BUILT = '2021-11-12T10:00:00Z';
const TITLE = 'Postdoctoral Research Assistant in Machine Learning';

/** The CLI's exit code, stdout and stderr. */
async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('job-posting render prints', () => {
  test('a Markdown page as a list with declarative shadow DOM and the snapshot it hydrates from', async () => {
    const { code, stdout } = await cli('render', '--now', BUILT, PAGE);
    assert.equal(code, 0);
    assert.match(stdout, /^<job-posting-list[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<script type="application\/job-posting\+json">\{"at":"2021-11-12T10:00:00.000Z","lang":"en-GB","document":\{"kind":"markdown"/);
    // Each card inside, its own shadow DOM deferred until the list hydrates.
    assert.match(stdout, /<job-posting\s[^>]*defer-hydration><template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, new RegExp(`<bdi><!--lit-part-->${TITLE}<!--/lit-part--></bdi>`));
    assert.match(stdout, /<time part="deadline" datetime="2021-11-15T12:00:00Z" dir="auto"><!--lit-part-->Closes 12:00 GMT, Monday, 15 November 2021</);
    assert.match(stdout, /<a part="apply" class="apply" href="https:\/\/my\.corehr\.com\//);
  });

  test('nothing that claims a time left or since: the countdown row and the buttons hold their place, unseen', async () => {
    const { stdout } = await cli('render', '--now', BUILT, PAGE);
    const text = stdout.replace(/<style>.*?<\/style>|<script.*?<\/script>/gs, '').replace(/<[^>]*>/g, ' ');
    assert.match(text, /Closes 12:00 GMT/);
    assert.doesNotMatch(text, /\b(?:left|ago)\b/);
    assert.match(stdout, /<p class="countdown-row pending">/);
    assert.match(stdout, /<p class="actions pending">/);
    // The markup is for every browser: no script runs in it.
    assert.doesNotMatch(stdout.replace(/<script type="application\/job-posting\+json">.*?<\/script>/s, ''), /<script/);
  });

  test('one JSON posting, or --vacancy, as a card', async () => {
    const json = await cli('render', '--now', BUILT, JSON_POSTING);
    assert.equal(json.code, 0);
    assert.match(json.stdout, /^<job-posting [^>]*><template shadowroot="open"/);
    const picked = await cli('render', '--now', BUILT, '--vacancy', '1', PAGE);
    assert.match(picked.stdout, /^<job-posting vacancy="1"[^>]*><template/);
  });

  test('with --structured-data, each open vacancy as static JSON-LD', async () => {
    const open = await cli('render', '--now', BUILT, '--structured-data', PAGE);
    const [, ld] = open.stdout.match(/<script type="application\/ld\+json">(.*?)<\/script>/s) ?? [];
    assert.ok(ld, 'a JSON-LD script');
    const jobPosting = JSON.parse(ld);
    assert.equal(jobPosting['@type'], 'JobPosting');
    assert.equal(jobPosting.validThrough, '2021-11-15T12:00:00Z');
    const closed = await cli('render', '--now', '2021-11-16T00:00:00Z', '--structured-data', PAGE);
    assert.doesNotMatch(closed.stdout, /application\/ld\+json/, 'a closed vacancy is not advertised');
  });

  test('what it cannot render, in words, with exit codes as check has them', async () => {
    const missing = await cli('render', 'no-such-file.md');
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /no-such-file\.md: cannot read the file/);
    const noVacancy = await cli('render', new URL('test/fixtures/cli/no-vacancies.md', ROOT).pathname, '--vacancy', '1');
    assert.equal(noVacancy.code, 1);
    const badFlag = await cli('render', '--now', 'soon', PAGE);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.stdout, /--now needs an ISO date-time/);
    const help = await cli('render', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: job-posting render \[options\] FILE/);
  });
});

/** Collects the page's layout shifts from its start, before any other script. */
const SHIFTS = `<script>window.__shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__shifts.push(e.value)}).observe({type:'layout-shift',buffered:true});</script>`;
/** After the markup is parsed, before the module runs: the nodes the server wrote, to see they are kept. */
const KEEP = `<script>window.__written=[...document.querySelectorAll('job-posting-list, job-posting')].map((e)=>e.shadowRoot.querySelector('article, ul'));</script>`;

/** A page holding `markup` as the site's build wrote it, with the bundle's module script. */
const page = (markup) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">${SHIFTS}<script type="module" src="/dist/job-posting.js"></script></head><body><main>${markup}</main><p>After the vacancies.</p>${KEEP}</body></html>`;

describe('a rendered page in Chromium', () => {
  let browser;
  let server;
  let origin;
  const pages = new Map();

  before(async () => {
    const list = await cli('render', '--now', BUILT, PAGE);
    const card = await cli('render', '--now', BUILT, JSON_POSTING);
    pages.set('/list', page(list.stdout));
    pages.set('/card', page(card.stdout));
    server = createServer(async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      try {
        const body = pages.get(path) ?? (path.startsWith('/dist/') ? await readFile(new URL(`.${path}`, ROOT)) : undefined);
        if (body === undefined) throw new Error('not found');
        res.writeHead(200, { 'content-type': pages.has(path) ? 'text/html' : 'text/javascript' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens `path` with the clock at `now` (or JavaScript off); what the page shows and what went wrong. */
  async function open(path, { now, javaScript = true }) {
    const tab = await browser.newPage();
    const problems = [];
    const requests = [];
    tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(`${m.type()}: ${m.text()}`));
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      await tab.setViewport({ width: 375, height: 812 });
      await tab.emulateTimezone('Europe/London');
      await tab.setJavaScriptEnabled(javaScript);
      if (javaScript) await tab.evaluateOnNewDocument(shiftClock, Date.parse(now));
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      if (javaScript) {
        await tab.waitForFunction(() => customElements.get('job-posting') !== undefined);
        await tab.evaluate(() => document.querySelector('job-posting-list, job-posting').loadComplete);
        // Two frames: the live update after the one that hydrates, laid out.
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      const seen = javaScript
        ? await tab.evaluate(() => {
            const host = document.querySelector('job-posting-list, job-posting');
            const card = host.localName === 'job-posting' ? host : host.shadowRoot.querySelector('job-posting');
            return {
              kept: window.__written[0] === host.shadowRoot.querySelector('article, ul'),
              state: card.state,
              shifts: window.__shifts,
              apply: card.shadowRoot.querySelector('[part~="apply"]')?.href ?? null,
              countdown: card.shadowRoot.querySelector('[part~="countdown"]').textContent,
              badge: card.shadowRoot.querySelector('[part~="badge"]')?.textContent ?? null,
              pending: card.shadowRoot.querySelectorAll('.pending').length,
            };
          })
        : {};
      return { text: await composedText(tab), problems, requests, ...seen };
    } finally {
      await tab.close();
    }
  }

  test('with JavaScript off, the whole card shows: title, facts, the closing time, the description and the apply link', async () => {
    const { text } = await open('/list', { javaScript: false });
    assert.match(text, new RegExp(TITLE));
    assert.match(text, /Grade 7: £33,309 - £35,326 per annum/);
    assert.match(text, /Closes 12:00 GMT, Monday, 15 November 2021/);
    assert.match(text, /Only applications received before midday/);
    assert.match(text, /Apply/);
    assert.doesNotMatch(text, /\b(?:left|ago)\b/);
  });

  for (const path of ['/list', '/card']) {
    test(`${path}: hydrated in place while open, no layout shift, no console error, the countdown live`, async () => {
      const seen = await open(path, { now: '2021-11-12T11:00:00Z' });
      assert.deepEqual(seen.problems, []);
      assert.equal(seen.kept, true, 'the markup the build wrote is the markup shown');
      assert.equal(seen.state, 'open');
      assert.deepEqual(seen.shifts, []);
      assert.match(seen.countdown, /3 days left/);
      assert.equal(seen.pending, 0, 'the buttons are live');
      assert.match(seen.apply, /^https:\/\/my\.corehr\.com\//);
      // The description stays as the build wrote it: the Markdown reader is never fetched.
      assert.ok(!seen.requests.some((r) => /\/markdown-/.test(r)), seen.requests.join(' '));
    });

    test(`${path}: opened after the deadline, closed at once, its apply link gone`, async () => {
      const seen = await open(path, { now: '2021-11-16T09:00:00Z' });
      assert.deepEqual(seen.problems, []);
      assert.equal(seen.kept, true);
      assert.equal(seen.state, 'closed');
      assert.equal(seen.apply, null);
      assert.equal(seen.badge, 'Closed');
      assert.match(seen.countdown, /closed/i);
    });
  }
});
