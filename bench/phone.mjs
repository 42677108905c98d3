// `npm run bench:phone` (and the end of `npm run bench`): how soon a visitor on a
// mid-range phone sees the vacancy, and how much the page jumps meanwhile (issue 16).
//
// Profile: 150 ms per request, 1.6 Mbit/s down, 750 kbit/s up
// (Network.emulateNetworkConditions: the issue's round trip as request latency, not
// DevTools' "Slow 4G" preset, which multiplies it by 3.75 to stand for connection
// set-up); CPU slowed 4× (Emulation.setCPUThrottlingRate); a 375 × 812 phone viewport
// (layout shift at 1280 × 800 too); every load cold: a new incognito context, cache
// off. A local server sends gzip, content types and `cache-control: no-cache`, as a
// static host does. Each row is a page with the same header and footer around one
// way of embedding the seed vacancy; loads go round the rows in turn, so noise on
// this shared machine falls on every row alike. What follows the embed (a short section
// and a footer) is what moves when the card or list grows: layout shift is the page's.
//
//   node bench/phone.mjs [--loads N] [--only ID…] [--shifts] [--markdown FILE --clock ISO]
//
// --only runs some rows (ids below) and writes nothing; --shifts prints every layout
// shift with the elements that moved; --markdown and --clock put another page in the
// Markdown row (the clock must be before its first deadline, or the cards are closed).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readmeBlock } from '../scripts/readme-block.mjs';
import { shiftClock } from '../scripts/shift-clock.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '5' },
    only: { type: 'string', multiple: true },
    shifts: { type: 'boolean', default: false },
    markdown: { type: 'string' },
    clock: { type: 'string' },
  },
});
const LOADS = Math.max(1, Number(args.loads) || 5);

// The lab's page is read from ../shared, never copied into the repository; without it
// the Markdown row reads the CLI's fixture (the same post, far fewer words).
const CORPUS_PAGE = new URL('../../shared/corpus/pages/2021-11-10_912bcd1.md', import.meta.url);
const hasCorpus = await readFile(CORPUS_PAGE).then(() => true, () => false);
const MARKDOWN = args.markdown
  ? new URL(args.markdown, `file://${process.cwd()}/`)
  : hasCorpus ? CORPUS_PAGE : new URL('test/fixtures/cli/good.md', ROOT);
const markdownName = fileURLToPath(MARKDOWN).split('/').pop();
// Every page, plain HTML included, runs at this clock: five days before the seed's
// (and the 2021-11-10 page's) deadline, so each card is open with its countdown and
// apply link, whatever day the bench runs. The server sends no Date header, which the
// card would otherwise take as the true time (clock-offset.ts).
const CLOCK = args.clock ?? '2021-11-10T12:00:00Z';

const NETWORK = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8 };
const CPU = 4;
const PHONE = { width: 375, height: 812, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };

const seed = await readFile(new URL('demo/seed.json', ROOT), 'utf8');
const posting = JSON.parse(seed);

// ---------------------------------------------------------------- the pages

/**
 * Runs first in every page (inline, in <head>). Records layout shifts from page start
 * and the moment the title and the deadline are both on screen.
 *
 * Why a rAF probe: Element Timing reports nothing inside a shadow root (tried: an
 * `elementtiming` heading in an open shadow root gives no entry), and LCP, which does
 * see shadow content (its `element` then null), names the largest text, the
 * description, not the title and deadline. Layout-shift sources in shadow trees are
 * null too: `--shifts` also logs the hosts' heights (ResizeObserver) to tell them apart. So every frame looks, through open shadow roots, for a
 * title and a `<time>` deadline that have text, a non-empty box inside the first
 * screen and are visible (checkVisibility: not hidden, transparent or skipped by
 * content-visibility). Content found in frame N's rAF is painted in frame N; the
 * timestamp of the next frame's rAF is when that frame was done, and is the figure.
 * The plain page marks its title and deadline with data-bench; the cards have parts.
 * LCP entries are kept too, to compare.
 */
function probe() {
  const bench = (window.__bench = { shifts: [], lcp: [], seen: null });
  const describe = (node) => {
    if (!node) return null;
    if (node.nodeType !== 1) return `#${node.nodeName.toLowerCase().replace('#', '')}${node.parentElement ? ` in ${describe(node.parentElement)}` : ''}`;
    const root = node.getRootNode();
    const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>'s shadow` : '';
    const part = node.getAttribute('part');
    const cls = node.getAttribute('class');
    const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${node.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>${text ? ` "${text}"` : ''}${where}`;
  };
  const box = (r) => [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // Every shift counts, hadRecentInput or not: the bench sends no input, yet under
      // mobile emulation Chromium marks about half the loads' shifts as after input
      // (a card growing 1.5 s into the page, no viewport event near it; never with
      // isMobile off). Dropping them made one page read CLS 0 or 0.53 by chance.
      bench.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput, sources: e.sources.map((s) => ({ node: describe(s.node), from: box(s.previousRect), to: box(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp.push({ t: e.startTime, size: e.size, element: describe(e.element) });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && el.textContent.trim() !== '' &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  };
  const find = (root, selector) => {
    for (const el of root.querySelectorAll(selector)) if (onScreen(el)) return el;
    for (const el of root.querySelectorAll('*')) {
      const hit = el.shadowRoot && find(el.shadowRoot, selector);
      if (hit) return hit;
    }
    return null;
  };
  // --shifts: the heights the elements take, frame by frame (ResizeObserver reads no layout itself).
  if (location.search === '?trace') {
    bench.sizes = [];
    const watched = new WeakSet();
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) bench.sizes.push({ t: performance.now(), node: describe(e.target), state: e.target.getAttribute('state'), height: Math.round(e.borderBoxSize[0].blockSize) });
    });
    const watch = (root) => {
      for (const el of root.querySelectorAll('job-posting, job-posting-list, footer')) {
        if (watched.has(el)) continue;
        watched.add(el);
        ro.observe(el);
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
    };
    const each = () => {
      watch(document);
      requestAnimationFrame(each);
    };
    requestAnimationFrame(each);
  }
  const look = () => {
    if (find(document, '[part~="title"], [data-bench="title"]') && find(document, 'time[part~="deadline"], time[data-bench="deadline"]')) {
      requestAnimationFrame((t) => (bench.seen = t));
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shell(head, body) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Vacancies · Torr Vision Group</title>
    <script>(${probe})();</script>
    <style>
      body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 50rem; padding: 0 1rem; }
    </style>
    ${head}
  </head>
  <body>
    <header><h1>Torr Vision Group</h1></header>
    <main>
      <h2>Vacancies</h2>
      ${body}
    </main>
    <section>
      <h2>Working here</h2>
      <p>The group is part of the Department of Engineering Science in central Oxford. The department holds an Athena Swan Bronze award and supports flexible and part-time working.</p>
      <p>Questions about a post go to the contact named in it; questions about applying go to the department's HR team.</p>
    </section>
    <footer><p>Department of Engineering Science, University of Oxford, Parks Road, Oxford OX1 3PJ</p></footer>
  </body>
</html>
`;
}

/** The card's words as static HTML: what a card drawn by script cannot beat. */
function plainCard(p) {
  const paragraphs = p.description.split(/\n\s*\n/).map((t) => `<p>${escape(t)}</p>`).join('\n');
  return `<style>
        .card { border: 1px solid #d0d5dc; border-radius: 12px; padding: 1rem 1.25rem; }
        .card h3 { margin: 0; font-size: 1.25rem; line-height: 1.3; }
        .card p, .card ul { margin: 0.5rem 0 0; }
        .apply { display: inline-block; margin-top: 1rem; padding: 0.5rem 1rem; border-radius: 6px; background: #0b57a4; color: #fff; }
      </style>
      <article class="card">
        <h3 data-bench="title">${escape(p.title)}</h3>
        <p>${p.positions} posts · ${escape(p.organization)} · ${escape(p.department)} · ${escape(p.location)}</p>
        <ul><li>${escape(p.salary)}</li><li>${escape(p.contract)}</li><li>${escape(p.funding)}</li></ul>
        <p><time data-bench="deadline" datetime="2021-11-15T12:00:00Z">Closes 12:00 GMT, Monday, 15 November 2021</time></p>
        ${paragraphs}
        <p>Informal enquiries: <a href="mailto:${escape(p.contact.email)}">${escape(p.contact.name)}</a></p>
        <a class="apply" href="${escape(p.applyUrl)}">Apply on my.corehr.com</a>
      </article>`;
}

const MODULE = '<script type="module" src="/dist/job-posting.js"></script>';
/**
 * README's embed snippet for pages that draw the card by script: the
 * element's place kept until it has drawn (without it the page shifts by the
 * card's height: CLS 0.38 at 375 px for the JSON card, 0.40 for the list).
 */
const RESERVE = '<style>job-posting:not(:defined), job-posting[state="loading"], job-posting-list:not(:defined), job-posting-list[state="loading"] { display: block; min-height: 40rem; }</style>';
const inlineJson = `<job-posting>
        <script type="application/json">
${seed.replace(/</g, '\\u003c')}
        </script>
      </job-posting>`;

/** `dist/cli.js render` prints the pre-rendered card; until that command exists the row is skipped. */
async function prerendered() {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL('dist/cli.js', ROOT)), 'render', fileURLToPath(new URL('demo/seed.json', ROOT)), '--now', CLOCK], { maxBuffer: 8 << 20 });
    return stdout.includes('<job-posting') ? stdout : null;
  } catch {
    return null;
  }
}

const rendered = await prerendered();
const ROWS = [
  { id: 'plain', label: 'plain HTML (the limit)', goal: '—', html: shell('', plainCard(posting)) },
  { id: 'module', label: 'JSON card by the module script', goal: '≤ 1.7×', max: 1.7, html: shell(RESERVE + MODULE, inlineJson) },
  { id: 'markdown', label: `the lab's Markdown page by \`<job-posting-list src>\` (${markdownName})`, goal: '≤ 2.5×', max: 2.5, html: shell(RESERVE + MODULE, '<job-posting-list src="/page.md"></job-posting-list>') },
  { id: 'classic', label: 'JSON card by the classic script', goal: '≤ 1.8×', max: 1.8, html: shell(RESERVE + '<script src="/dist/job-posting.global.js" defer></script>', inlineJson) },
  { id: 'prerendered', label: 'card pre-rendered at build time, hydrated by the module script', goal: '≤ 1.1×, no shift', max: 1.1, html: rendered === null ? null : shell(MODULE, rendered) },
  // Not one of the issue's rows: what any card drawn by script pays before its own code — the
  // same words as the plain row, written by a module script that is nothing else (/floor.js).
  { id: 'floor', label: 'for reference: the plain words written by a module script of their own size (the floor of a script path)', goal: '—', html: shell('<script type="module" src="/floor.js"></script>', '<div id="floor" style="min-height: 40rem"></div>') },
].filter((row) => !args.only || args.only.includes(row.id) || row.id === 'plain');

// ---------------------------------------------------------------- the server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};
const gzipped = new Map();
async function body(path) {
  if (!gzipped.has(path)) {
    const row = path.match(/^\/phone\/(\w+)\.html$/);
    const raw = row
      ? Buffer.from(ROWS.find((r) => r.id === row[1]).html)
      : path === '/page.md'
        ? await readFile(MARKDOWN)
        : path === '/floor.js'
          ? Buffer.from(`document.getElementById('floor').innerHTML = ${JSON.stringify(plainCard(posting))};\n`)
        : path.startsWith('/dist/')
          ? await readFile(new URL(`.${path}`, ROOT))
          : null;
    if (raw === null) throw new Error('not served');
    gzipped.set(path, { raw, gzip: gzipSync(raw) });
  }
  return gzipped.get(path);
}
const server = createServer(async (req, res) => {
  res.sendDate = false;
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/favicon.ico') return res.writeHead(204, { 'cache-control': 'no-cache' }).end();
  try {
    const { raw, gzip } = await body(path);
    const zip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(zip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': (zip ? gzip : raw).length,
    });
    res.end(zip ? gzip : raw);
  } catch {
    res.writeHead(404, { 'cache-control': 'no-cache' });
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- the loads

const browser = await launchChromium();
const version = (await browser.version()).replace('/', ' ');

/** One cold load: title and deadline on screen (ms from navigation start), layout shift, bytes. */
async function load(row, viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await tab.setCacheEnabled(false);
    await tab.emulateNetworkConditions(NETWORK);
    await tab.emulateCPUThrottling(CPU);
    await tab.setViewport(viewport);
    await tab.emulateTimezone('Europe/London');
    await tab.evaluateOnNewDocument(shiftClock, Date.parse(CLOCK));
    await tab.goto(`${origin}/phone/${row.id}.html${args.shifts ? '?trace' : ''}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const got = await tab.evaluate(async () => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const bench = window.__bench;
      // The page's own signal that the card (or list) is complete; then 1 s without a shift.
      const el = document.querySelector('job-posting, job-posting-list');
      if (el) {
        await customElements.whenDefined(el.localName);
        await el.loadComplete;
      } else if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
      const complete = performance.now();
      for (let i = 0; i < 300 && bench.seen === null; i++) await sleep(100);
      for (;;) {
        const last = Math.max(complete, bench.seen ?? 0, ...bench.shifts.map((s) => s.t));
        if (performance.now() - last >= 1000) break;
        await sleep(200);
      }
      const bytes = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((n, e) => n + e.transferSize, 0);
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const sum = (shifts) => shifts.reduce((n, s) => n + s.value, 0);
      return { sizes: bench.sizes, seen: bench.seen, fcp, complete, cls: sum(bench.shifts), clsMarkedInput: sum(bench.shifts.filter((s) => s.input)), shifts: bench.shifts, lcp: bench.lcp, bytes };
    });
    return { ...got, errors };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const round = (x, d = 0) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

function printShifts(row, width, got) {
  console.log(`\n${row.id} at ${width} px: seen ${round(got.seen)} ms, FCP ${round(got.fcp)} ms, complete ${round(got.complete)} ms, CLS ${round(got.cls, 3)}`);
  for (const s of got.shifts) {
    console.log(`  ${round(s.t)} ms  ${round(s.value, 4)}${s.input ? ' (marked hadRecentInput)' : ''}`);
    for (const src of s.sources) console.log(`      ${src.node}: [x y w h] ${src.from.join(' ')} → ${src.to.join(' ')}`);
  }
  for (const z of got.sizes ?? []) console.log(`  ${round(z.t)} ms  height ${z.height}: ${z.node.slice(0, 60)}${z.state ? ` state=${z.state}` : ''}`);
  for (const l of got.lcp) console.log(`  LCP candidate ${round(l.t)} ms, ${l.size} px²: ${l.element}`);
  for (const e of got.errors) console.log(`  console: ${e}`);
}

// Other work on this shared machine slows the script rows most (their cost is CPU, and
// CPU is already slowed 4×): the load average is said with the figures.
const loadBefore = os.loadavg()[0];
const results = Object.fromEntries(ROWS.map((r) => [r.id, { seen: [], lcp: [], cls375: [], cls1280: [], markedInput: [], bytes: [], errors: [] }]));
try {
  for (const [viewport, key] of [[PHONE, 'cls375'], [DESKTOP, 'cls1280']]) {
    for (let i = 0; i < LOADS; i++) {
      for (const row of ROWS) {
        if (row.html === null) continue;
        const got = await load(row, viewport);
        const r = results[row.id];
        r[key].push(round(got.cls, 4));
        r.markedInput.push(round(got.clsMarkedInput, 4));
        if (viewport === PHONE) {
          r.seen.push(round(got.seen, 1));
          r.bytes.push(got.bytes);
          r.lcp.push(got.lcp.at(-1)?.t ?? null);
        }
        r.errors.push(...got.errors.filter((e) => !r.errors.includes(e)));
        if (args.shifts) printShifts(row, viewport.width, got);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------- the table

const limit = median(results.plain.seen);
const rows = ROWS.map((row) => {
  const r = results[row.id];
  const ms = median(r.seen);
  return {
    id: row.id,
    label: row.label,
    goal: row.goal,
    built: row.html !== null,
    medianMs: round(ms),
    ratio: ms === null ? null : round(ms / limit, 2),
    cls375: round(median(r.cls375), 3),
    cls1280: round(median(r.cls1280), 3),
    transferKB: round(median(r.bytes) / 1000, 1),
    lcpMs: round(median(r.lcp)),
    loadsMs: r.seen,
    cls375Loads: r.cls375,
    cls1280Loads: r.cls1280,
    clsMarkedInputLoads: r.markedInput,
    ...(r.errors.length ? { errors: r.errors } : {}),
  };
});
const cell = (row) =>
  row.built
    ? [`${row.medianMs} ms`, row.id === 'plain' ? '1.0×' : `${row.ratio.toFixed(1)}×`, row.goal, `${row.cls375}`, `${row.cls1280}`]
    : ['not built yet (`dist/cli.js render`)', '—', row.goal, '—', '—'];
const table = `| how the page embeds it | title and deadline on screen, median | ratio | goal | CLS 375 px | CLS 1280 px |
| --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${[row.label, ...cell(row)].join(' | ')} |`).join('\n')}`;
const profile = `${LOADS} cold loads per row and width, 150 ms per request, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower, gzip, 375 × 812 phone (CLS also at 1280 × 800)`;
const loadAverage = [loadBefore, os.loadavg()[0]].map((x) => x.toFixed(1)).join(' → ');
const heading = `${version}, ${os.cpus().length} cores (load average ${loadAverage}), ${new Date().toISOString().slice(0, 10)}; ${profile}; page clock ${CLOCK}`;
console.log(`\njob-posting phone bench: ${heading}\n\n${table}`);
if (!hasCorpus && !args.markdown) console.log('\n../shared/corpus not found: the Markdown row reads test/fixtures/cli/good.md.');
for (const row of rows) if (row.errors) console.log(`\n${row.id}: ${row.errors.join('\n  ')}`);

// A partial run (--only, --markdown, --clock, fewer loads) is for looking, not for README.
if (!args.only && !args.markdown && !args.clock && LOADS >= 5) {
  const RESULTS = new URL('results.json', import.meta.url);
  const report = await readFile(RESULTS, 'utf8').then(JSON.parse, () => ({}));
  report.phone = { date: new Date().toISOString(), browser: version, cpus: os.cpus().length, loadAverage, profile, clock: CLOCK, markdown: markdownName, rows };
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  await readmeBlock('<!-- bench-phone:start (written by npm run bench) -->', '<!-- bench-phone:end -->', `On ${heading}:\n\n${table}`);
}
