// `npm run corpus`: renders every labelled page of ../shared/corpus (the lab's
// own page, 24 versions) and ../shared/corpus-labs (30 pages of other groups)
// through <job-posting-list src=…> in headless Chromium, and scores what the
// cards show against each corpus's expected.json — per field, per page, and
// the wrong deadlines shown, counted apart (see corpus-score.mjs for how cards
// are matched to labelled vacancies and what counts as right).
//
// The element is the built bundle, dist/job-posting.js, as a site embeds it
// (run `npm run build` first); `--src` serves src/ through Vite instead, for
// working on the reader without a build. The pages are read where they are;
// nothing is copied here.
//
//   node scripts/corpus.mjs [--lab | --labs] [--page TEXT] [--src] [--json]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { scorePage, totals } from './corpus-score.mjs';
import { shiftClock } from './shift-clock.mjs';
import { launchChromium } from './chromium.mjs';

const { values: args } = parseArgs({
  options: {
    lab: { type: 'boolean', default: false },
    labs: { type: 'boolean', default: false },
    page: { type: 'string', multiple: true, default: [] },
    src: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`node scripts/corpus.mjs [options]
  --lab        only ../shared/corpus (the lab's own page, 24 versions)
  --labs       only ../shared/corpus-labs (30 pages of other groups)
  --page TEXT  only pages whose file name contains TEXT (repeatable)
  --src        render from src/ through Vite instead of the built dist/
  --json       the scores as JSON on stdout, instead of the tables`);
  process.exit(0);
}

const ROOT = new URL('../', import.meta.url);
const SHARED = new URL('../shared/', ROOT);
const DAY = 86_400_000;

/**
 * The two corpora. `fields`: what each labelled vacancy is scored on (the
 * lab's labels say more than the others'). `clock`: the moment the page is
 * rendered at. `zone`: the institution's zone, passed as `time-zone`.
 */
const CORPORA = [
  {
    name: 'corpus',
    fields: ['title', 'closes', 'applyUrl', 'salaryText', 'contactEmail', 'positions'],
    // A day before the first deadline (or the page's date when it has none),
    // as before: a closed card hides its apply link, and the labels give the
    // apply link of every post. The file name starts with the page's date.
    clock(page) {
      const deadlines = page.vacancies.map((v) => Date.parse(v.closes.length === 10 ? `${v.closes}T12:00:00Z` : v.closes));
      return deadlines.length > 0 ? Math.min(...deadlines) - DAY : Date.parse(`${page.file.slice(0, 10)}T12:00:00Z`);
    },
    zone: () => 'Europe/London',
    how: 'clock a day before each page\'s first deadline, time-zone Europe/London',
  },
  {
    name: 'corpus-labs',
    fields: ['title', 'closes', 'applyUrl'],
    // The labels' own rule: the page as it stood on its date, which also fixes
    // the year of dates written without one. Posts already closed then are
    // read (their apply link from the card's data, as the card hides it).
    clock: (page) => Date.parse(`${page.date}T12:00:00Z`),
    zone: (page) => page.timeZone,
    how: "clock at each page's date (12:00 UTC), time-zone from its label",
  },
].filter((c) => (args.lab || args.labs ? (c.name === 'corpus' ? args.lab : args.labs) : true));

const say = args.json ? () => {} : (line = '') => console.log(line);
/** What the reader of the JSON should still hear, on stderr there. */
const notice = args.json ? (line) => console.error(line) : say;

/** The corpora present, with their labels; an absent one is said and skipped. */
async function loadCorpora() {
  const found = [];
  for (const corpus of CORPORA) {
    const dir = new URL(`${corpus.name}/`, SHARED);
    if (!existsSync(new URL('expected.json', dir))) {
      notice(`../shared/${corpus.name} is not here (no expected.json): skipped.`);
      continue;
    }
    const files = new Set(await readdir(new URL('pages/', dir)));
    const expected = JSON.parse(await readFile(new URL('expected.json', dir), 'utf8'));
    const pages = expected.filter((p) => args.page.length === 0 || args.page.some((t) => p.file.includes(t)));
    found.push({ ...corpus, dir, files, pages });
  }
  return found;
}

/** Newest modification time of the files under `dir`. */
function newest(dir) {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(new URL(`${e.name}/`, dir)) : statSync(new URL(e.name, dir)).mtimeMs,
    ),
  );
}

/** Stops when there is no bundle; says when it is older than the source it is built from. */
function checkBundle() {
  const bundle = new URL('dist/job-posting.js', ROOT);
  if (!existsSync(bundle)) {
    console.error('dist/job-posting.js is missing: run `npm run build` first (or use --src).');
    process.exit(1);
  }
  if (newest(new URL('src/', ROOT)) > statSync(bundle).mtimeMs) {
    console.error("Note: src/ has changed since dist/ was built; these are the built bundle's scores (`npm run build`, or --src).");
  }
}

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.md': 'text/markdown; charset=utf-8' };

/**
 * What the harness serves at `path`, or undefined: the harness page (`/`), the
 * corpus pages (`/pages/<corpus>/<file>`, so relative links on a page resolve
 * under it) and, without --src, dist/ (with --src, Vite serves the rest).
 */
function harness(corpora, elementUrl) {
  const byName = new Map(corpora.map((c) => [c.name, c]));
  return async (url) => {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
    if (path === '/') {
      const body = `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>corpus</title><script type="module" src="${elementUrl}"></script><body></body></html>`;
      return { type: 'text/html; charset=utf-8', body };
    }
    const [, name, file] = /^\/pages\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    const corpus = byName.get(name);
    if (corpus?.files.has(file)) return { type: TYPES['.md'], body: await readFile(new URL(`pages/${file}`, corpus.dir)) };
    const built = new URL(`.${path}`, ROOT);
    if (!args.src && path.startsWith('/dist/') && !path.includes('..') && existsSync(built)) {
      return { type: TYPES[extname(path)] ?? 'application/octet-stream', body: await readFile(built) };
    }
    return undefined;
  };
}

/** Answers a request with what the harness has, else `otherwise()`. */
async function answer(find, req, res, otherwise) {
  const found = await find(req.url);
  if (!found) return otherwise();
  res.setHeader('content-type', found.type);
  res.end(found.body);
}

/** Starts the server; returns its origin and a close function. */
async function serve(corpora) {
  if (args.src) {
    const { createServer: createVite } = await import('vite');
    const find = harness(corpora, `/@fs${new URL('src/define.ts', ROOT).pathname}`);
    const vite = await createVite({
      configFile: new URL('vite.config.ts', ROOT).pathname,
      logLevel: 'error',
      server: { port: 5175, strictPort: false },
      plugins: [{ name: 'corpus', configureServer: (s) => void s.middlewares.use((req, res, next) => void answer(find, req, res, next)) }],
    });
    await vite.listen();
    return { origin: `http://localhost:${vite.config.server.port}`, close: () => vite.close() };
  }
  checkBundle();
  const find = harness(corpora, '/dist/job-posting.js');
  const notFound = (res) => () => {
    res.statusCode = 404;
    res.end();
  };
  const server = createServer((req, res) => void answer(find, req, res, notFound(res)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs in the tab: what the list and each of its cards show. */
async function readCards({ src, timeZone }) {
  await customElements.whenDefined('job-posting-list');
  const list = document.createElement('job-posting-list');
  list.setAttribute('time-zone', timeZone);
  list.src = src;
  document.body.append(list);
  await list.loadComplete;
  const error = list.state === 'error' ? list.shadowRoot.querySelector('[part="error"]')?.textContent : undefined;
  return {
    state: list.state,
    error,
    notes: list.notes.map((n) => n.title),
    cards: list.cards.map((card) => {
      const shadow = card.shadowRoot;
      const posting = card.normalizedPosting;
      const shown = shadow.querySelector('[part="apply"]')?.href ?? null;
      // A closed card hides its apply link on purpose: score the one it holds.
      const held = card.state === 'closed' && posting?.applyUrl ? new URL(posting.applyUrl, src).href : null;
      return {
        title: shadow.querySelector('[part="title"]')?.textContent?.trim() ?? null,
        closes: shadow.querySelector('[part="deadline"]')?.getAttribute('datetime') ?? null,
        warning: shadow.querySelector('[part="deadline-warning"]')?.textContent?.trim() || null,
        applyUrl: shown ?? held,
        salaryText: posting?.salary?.text ?? null,
        contactEmail: posting?.contact?.email ?? null,
        positions: posting?.positions ?? null,
        state: card.state,
      };
    }),
  };
}

async function render(browser, origin, corpus, page) {
  const tab = await browser.newPage();
  try {
    await tab.evaluateOnNewDocument(shiftClock, corpus.clock(page));
    await tab.emulateTimezone(corpus.zone(page));
    await tab.goto(`${origin}/`);
    const src = `${origin}/pages/${corpus.name}/${encodeURIComponent(page.file)}`;
    const got = await Promise.race([
      tab.evaluate(readCards, { src, timeZone: corpus.zone(page) }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no result in 20 s')), 20_000)),
    ]);
    return { src, got };
  } catch (error) {
    return { src: `${origin}/pages/${corpus.name}/${encodeURIComponent(page.file)}`, got: { state: 'error', error: String(error), notes: [], cards: [] } };
  } finally {
    await tab.close();
  }
}

const pad = (s, n) => String(s).padEnd(n);
const padStart = (s, n) => String(s).padStart(n);
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function report(corpus, scored, sum) {
  say(`${corpus.name}: ${scored.length} pages of ../shared/${corpus.name} through <job-posting-list> (${args.src ? 'src/ via Vite' : 'dist/job-posting.js'}, headless Chromium; ${corpus.how})`);
  say();
  say(`${pad('field', 14)}${padStart('right', 6)}${padStart('of', 6)}`);
  for (const [field, t] of Object.entries(sum.byField)) say(`${pad(field, 14)}${padStart(t.right, 6)}${padStart(t.of, 6)}`);
  say();
  say(`${pad('page', 50)}${padStart('cards', 7)}${padStart('fields', 9)}  ok  wrong deadlines`);
  for (const p of scored) {
    say(`${pad(clip(p.file.replace(/\.md$/, ''), 48), 50)}${padStart(`${p.cards}/${p.labelled}`, 7)}${padStart(`${p.fieldsRight}/${p.fields}`, 9)}  ${p.allRight ? '✓' : '✗'}   ${p.wrongDeadlines.length || ''}`);
  }
  say();
  say(`fields right: ${sum.fieldsRight}/${sum.fields}, pages all right: ${sum.pagesRight}/${sum.pageCount}, wrong deadlines shown: ${sum.wrongDeadlines.length}`);
  if (sum.wrongDeadlines.length > 0) {
    say(`\nWrong deadlines shown (${sum.wrongDeadlines.length}):`);
    for (const w of sum.wrongDeadlines) {
      const why = w.extra ? 'no such vacancy' : `labelled ${w.labelled ?? 'none'}`;
      say(`  ${w.file}  ${JSON.stringify(w.card)}: shows ${w.shown}, ${why}${w.warned ? ` (warned: ${w.warned})` : ''}`);
    }
  }
  const missed = scored.filter((p) => p.misses.length > 0);
  if (missed.length > 0) {
    say('\nMismatches (shown ≠ labelled):');
    for (const p of missed) {
      say(`  ${p.file}`);
      for (const m of p.misses) say(`    ${m}`);
    }
  }
  say();
}

const corpora = await loadCorpora();
if (corpora.length === 0) {
  if (args.json) console.log(JSON.stringify({ corpora: [] }));
  process.exit(0);
}
const server = await serve(corpora);
const browser = await launchChromium();
const out = [];
try {
  for (const corpus of corpora) {
    const scored = [];
    for (const page of corpus.pages) {
      const { src, got } = await render(browser, server.origin, corpus, page);
      const labels = { ...page, timeZone: corpus.zone(page), baseUrl: src };
      const here = new URL('.', src).href;
      const relative = (url) => (url?.startsWith(here) ? url.slice(here.length) : url);
      const shown = got.cards.map((card) => ({ ...card, applyUrl: relative(card.applyUrl) }));
      scored.push({ ...scorePage(labels, got, corpus.fields), shown });
    }
    const sum = totals(scored, ['count', ...corpus.fields, ...(corpus.name === 'corpus' ? ['notes'] : [])]);
    report(corpus, scored, sum);
    out.push({ name: corpus.name, ...sum, pages: scored.map(({ results: _, ...p }) => p) });
  }
} finally {
  await browser.close();
  await server.close();
}
if (args.json) console.log(JSON.stringify({ source: args.src ? 'src' : 'dist', corpora: out }, null, 2));
