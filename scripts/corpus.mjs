// `npm run corpus`: renders every page of ../shared/corpus/pages through
// <job-posting-list> in headless Chromium — with the page's clock set a day
// before its first deadline — and compares what the cards show with
// ../shared/corpus/expected.json, field by field. Prints a table and every
// miss. Reads the corpus where it is; nothing is copied here.
import { readFile, readdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const expected = JSON.parse(await readFile(new URL('expected.json', CORPUS), 'utf8'));
const files = new Set(await readdir(new URL('pages/', CORPUS)));

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'error',
  server: { port: 5175, strictPort: false },
  plugins: [
    {
      name: 'corpus-pages',
      configureServer(s) {
        s.middlewares.use('/corpus-pages', async (req, res) => {
          const name = decodeURIComponent((req.url ?? '').slice(1));
          if (!files.has(name)) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('content-type', 'text/markdown; charset=utf-8');
          res.end(await readFile(new URL(`pages/${name}`, CORPUS)));
        });
      },
    },
  ],
});
await server.listen();
const origin = `http://localhost:${server.config.server.port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

const FIELDS = ['count', 'title', 'closes', 'applyUrl', 'salaryText', 'contactEmail', 'positions', 'notes'];
const totals = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, all: 0 }]));
const misses = [];

/** A day before the page's first deadline (or its date, when it has none). */
function clockFor(page) {
  const deadlines = page.vacancies.map((v) => Date.parse(v.closes.length === 10 ? `${v.closes}T12:00:00Z` : v.closes));
  return deadlines.length > 0 ? Math.min(...deadlines) - 86_400_000 : Date.parse(`${page.file.slice(0, 10)}T12:00:00Z`);
}

try {
  for (const page of expected) {
    const tab = await browser.newPage();
    const now = clockFor(page);
    // The page's clock, shifted to `now`; it still runs.
    await tab.evaluateOnNewDocument((target) => {
      const RealDate = Date;
      const offset = target - RealDate.now();
      class ShiftedDate extends RealDate {
        constructor(...args) {
          if (args.length === 0) super(RealDate.now() + offset);
          else super(...args);
        }
        static now() {
          return RealDate.now() + offset;
        }
      }
      globalThis.Date = ShiftedDate;
    }, now);
    await tab.emulateTimezone('Europe/London');
    await tab.goto(`${origin}/corpus.html?page=${encodeURIComponent(page.file)}`);
    await tab.waitForFunction(() => window.__corpusResult !== undefined, { timeout: 20_000 });
    const got = await tab.evaluate(() => window.__corpusResult);
    await tab.close();

    const check = (field, ok, detail) => {
      totals[field].all++;
      if (ok) totals[field].right++;
      else misses.push(`${page.file}  ${field}: ${detail}`);
    };
    check('count', got.vacancies.length === page.vacancies.length, `got ${got.vacancies.length}, expected ${page.vacancies.length}`);
    page.vacancies.forEach((want, i) => {
      const have = got.vacancies[i] ?? {};
      for (const field of ['title', 'closes', 'applyUrl', 'salaryText', 'contactEmail', 'positions']) {
        const a = have[field] ?? null;
        const b = want[field] ?? null;
        check(field, a === b, `got ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
      }
    });
    const notesOk = JSON.stringify(got.notes) === JSON.stringify(page.otherSections ?? []);
    check('notes', notesOk, `got ${JSON.stringify(got.notes)}, expected ${JSON.stringify(page.otherSections)}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`Corpus: ${expected.length} pages of ../shared/corpus through <job-posting-list> (headless Chromium)\n`);
console.log(`${pad('field', 14)}${pad('right', 8)}of`);
for (const field of FIELDS) console.log(`${pad(field, 14)}${pad(totals[field].right, 8)}${totals[field].all}`);
console.log(misses.length === 0 ? '\nEvery field right.' : `\n${misses.length} misses:\n${misses.map((m) => `  ${m}`).join('\n')}`);
