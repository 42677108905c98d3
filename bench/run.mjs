// `npm run bench`: measures the built bundle in headless Chromium and prints a
// table; writes bench/results.json with the browser version, machine and date.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname } from 'node:path';
import { build } from 'esbuild';
import { readmeBlock } from '../scripts/readme-block.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const CORPUS = new URL('../../shared/corpus/pages/', import.meta.url);
// The corpus sits beside the repository (../shared); without it the reading row is skipped
// and the Markdown card is the CLI's fixture.
const hasCorpus = await readdir(CORPUS).then(() => true, () => false);
const MARKDOWN = hasCorpus ? new URL('2021-11-10_912bcd1.md', CORPUS) : new URL('../test/fixtures/cli/good.md', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.md': 'text/markdown' };

await build({
  entryPoints: [new URL('reader-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  mainFields: ['module', 'main'],
  outfile: new URL('../dist/bench-reader.js', import.meta.url).pathname,
  logLevel: 'error',
});

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  try {
    const file = path.startsWith('/corpus/') ? new URL(path.slice(8), CORPUS) : new URL(`.${path}`, ROOT);
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const seed = JSON.parse(await readFile(new URL('../demo/seed.json', import.meta.url), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function page() {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/bench/page.html`);
  return tab;
}

/** Script start to a rendered card: a fresh page loads the bundle and one card. */
async function firstCard(kind) {
  const times = [];
  const markdown = await readFile(MARKDOWN, 'utf8');
  for (let i = 0; i < 20; i++) {
    const tab = await page();
    times.push(
      await tab.evaluate(
        async (kind, json, markdown) => {
          const el = document.createElement('job-posting');
          const script = document.createElement('script');
          script.type = kind === 'json' ? 'application/json' : 'text/markdown';
          script.textContent = kind === 'json' ? json : markdown;
          el.append(script);
          document.body.append(el);
          const t0 = performance.now();
          await import('/dist/job-posting.js');
          await customElements.whenDefined('job-posting');
          await el.loadComplete;
          return performance.now() - t0;
        },
        kind,
        JSON.stringify(seed),
        markdown,
      ),
    );
    await tab.close();
  }
  return median(times);
}

/** N cards from JSON on one page: from appending them to all rendered. */
async function manyCards(n) {
  const tab = await page();
  const ms = await tab.evaluate(
    async (n, posting) => {
      await import('/dist/job-posting.js');
      const t0 = performance.now();
      const cards = [];
      for (let i = 0; i < n; i++) {
        const el = document.createElement('job-posting');
        // A different deadline for every card (an hour apart), so no two countdowns read the same.
        const closes = new Date(Date.UTC(2030, 0, 15, 12) + i * 3_600_000).toISOString().slice(0, 16);
        el.posting = { ...posting, title: `${posting.title} ${i}`, closes };
        cards.push(el);
      }
      document.body.append(...cards);
      await Promise.all(cards.map((c) => c.updateComplete));
      // Layout and paint of the cards.
      document.body.getBoundingClientRect();
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    },
    n,
    seed,
  );
  await tab.close();
  return ms;
}

/** Every corpus page through the reader, 20 times each: the median per page. */
async function reading() {
  const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.md'));
  const tab = await page();
  const perPage = await tab.evaluate(async (files) => {
    const r = await import('/dist/bench-reader.js');
    const texts = await Promise.all(files.map(async (f) => (await fetch(`/corpus/${f}`)).text()));
    const result = [];
    for (const text of texts) {
      const runs = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        const { yaml, body } = r.splitFrontMatter(text);
        const fm = yaml ? r.parseFrontMatter(yaml) : undefined;
        const doc = r.readMarkdown(body, { now: Date.parse('2022-01-01'), ...(fm?.ok ? { frontMatter: fm.value } : {}) });
        for (const v of doc.vacancies) r.readPosting(v.fields);
        runs.push(performance.now() - t0);
      }
      result.push(runs.sort((a, b) => a - b)[10]);
    }
    return result;
  }, files);
  await tab.close();
  return { pages: files.length, median: median(perPage), max: Math.max(...perPage) };
}

/** 200 live countdowns (or relative-time elements) over 60 s of virtual time, then hidden. */
async function waiting(which) {
  const tab = await page();
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await tab.evaluate(async (which, posting) => {
    const closes = new Date(Date.now() + 30 * 60_000);
    if (which === 'job-posting') {
      await import('/dist/job-posting.js');
      const wall = closes.toISOString().slice(0, 19) + 'Z';
      const cards = Array.from({ length: 200 }, (_, i) => Object.assign(document.createElement('job-posting'), { posting: { ...posting, title: `Post ${i}`, closes: wall } }));
      document.body.append(...cards);
      await Promise.all(cards.map((c) => c.updateComplete));
    } else {
      await import('/node_modules/@github/relative-time-element/dist/bundle.js');
      for (let i = 0; i < 200; i++) {
        const el = document.createElement('relative-time');
        el.setAttribute('datetime', closes.toISOString());
        el.setAttribute('format', 'duration');
        el.setAttribute('precision', 'second');
        document.body.append(el);
      }
    }
    window.__wakeUps = 0;
    window.__shift = 0;
  }, which, seed);
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
  const script0 = await metric('ScriptDuration');
  const advance = async (ms) => {
    const done = new Promise((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', resolve));
    await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: ms });
    await done;
  };
  await advance(60_000);
  const visible = await tab.evaluate(() => ({ wakeUps: window.__wakeUps, shift: window.__shift }));
  const script1 = await metric('ScriptDuration');
  // The page hidden, as a background tab: visibility changes and nothing should run.
  await tab.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.__wakeUps = 0;
  });
  await advance(60_000);
  const hidden = await tab.evaluate(() => window.__wakeUps);
  await tab.close();
  return { scriptMs: (script1 - script0) * 1000, wakeUpsPerSecond: visible.wakeUps / 60, layoutShift: visible.shift, hiddenWakeUps: hidden };
}

/** Heap per card after 1,000 cards. */
async function memory() {
  const tab = await page();
  const cdp = await tab.createCDPSession();
  await tab.evaluate(() => import('/dist/job-posting.js'));
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  await tab.evaluate(async (posting) => {
    const cards = Array.from({ length: 1000 }, (_, i) => Object.assign(document.createElement('job-posting'), { posting: { ...posting, title: `Post ${i}`, closes: '2030-01-15T12:00' } }));
    document.body.append(...cards);
    await Promise.all(cards.map((c) => c.updateComplete));
  }, seed);
  const after = await heap();
  await tab.close();
  return (after - before) / 1000;
}

const results = {};
try {
  results.firstCardJsonMs = round(await firstCard('json'));
  results.firstCardMarkdownMs = round(await firstCard('markdown'));
  results.cards100Ms = round(await manyCards(100));
  results.cards1000Ms = round(await manyCards(1000));
  results.reading = hasCorpus ? await reading() : null;
  results.waiting = { jobPosting: await waiting('job-posting'), relativeTime: await waiting('relative-time') };
  results.memoryPerCardKB = round((await memory()) / 1024);
} finally {
  await browser.close();
  server.close();
}

// bench/phone.mjs keeps its figures in the same file, under `phone`.
const previous = await readFile(new URL('results.json', import.meta.url), 'utf8').then(JSON.parse, () => ({}));
const ours = results.waiting.jobPosting;
const theirs = results.waiting.relativeTime;
const report = {
  date: new Date().toISOString(),
  browser: await (async () => {
    const b = await launchChromium();
    const v = await b.version();
    await b.close();
    return v;
  })(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version },
  results,
  ...(previous.phone ? { phone: previous.phone } : {}),
};
await writeFile(new URL('results.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);

const rows = [
  ['first card, JSON (median of 20 loads)', `${results.firstCardJsonMs} ms`, '≤ 50 ms'],
  ['first card, Markdown (median of 20 loads)', `${results.firstCardMarkdownMs} ms`, '—'],
  ['100 cards from JSON', `${results.cards100Ms} ms`, '—'],
  ['1,000 cards from JSON', `${results.cards1000Ms} ms`, '≤ 300 ms'],
  results.reading
    ? [`reading: ${results.reading.pages} corpus pages, median (max) per page`, `${round(results.reading.median, 2)} ms (${round(results.reading.max, 2)} ms)`, '< 2 ms']
    : ['reading: corpus pages', 'skipped: ../shared/corpus not found', '< 2 ms'],
  ['waiting: 200 countdowns, scripting per 60 s', `${round(ours.scriptMs)} ms`, `≤ relative-time-element (${round(theirs.scriptMs)} ms)`],
  ['waiting: timer wake-ups per second', `${round(ours.wakeUpsPerSecond, 2)}`, `relative-time-element: ${round(theirs.wakeUpsPerSecond, 2)}`],
  ['waiting: cost ratio, ours ÷ relative-time-element', `${round(ours.scriptMs / theirs.scriptMs, 2)}`, '≤ 1'],
  ['hidden page: wake-ups in 60 s', `${ours.hiddenWakeUps}`, '0'],
  ['memory per card after 1,000 cards', `${results.memoryPerCardKB} KB`, '—'],
  ['layout shift while ticking (60 s)', `${round(ours.layoutShift, 4)}`, '0'],
];
const machine = `${report.browser.replace('/', ' ')}, ${report.machine.cpus} × ${report.machine.cpu} cores, ${report.machine.memoryGiB} GiB, ${report.date.slice(0, 10)}`;
const table = `| measure | result | goal |\n| --- | --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`;
console.log(`job-posting bench — ${machine}\n\n${table}`);

// README's Performance table is this run's.
await readmeBlock('<!-- bench:start (written by npm run bench) -->', '<!-- bench:end -->', `On ${machine}:\n\n${table}`);
