// `npm run corpus:render`: every real page of ../shared/corpus and ../shared/corpus-labs rendered by
// `job-posting render` (dist/cli.js, with --base-url the page's URL) and opened in Chromium beside
// the same page read live by <job-posting-list src> (dist/job-posting.js), at the same clock: the
// cards (title, deadline, state) must agree, and the pre-rendered list must hydrate without a
// mismatch warning or an error. Exits with 1 when a page differs. The corpora are read in place.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { shiftClock } from './shift-clock.mjs';
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const dirs = ['corpus/pages/', 'corpus-labs/pages/'].map((d) => fileURLToPath(new URL(`../../shared/${d}`, import.meta.url)));
const files = [];
for (const d of dirs) {
  const names = await readdir(d).catch(() => null);
  if (!names) {
    console.log(`corpus:render: ${d} not found: the corpora are in ../shared beside this repository`);
    process.exit(0);
  }
  for (const f of names.filter((n) => n.endsWith('.md')).sort()) files.push(d + f);
}
const NOW = '2021-06-01T12:00:00Z';
const pages = new Map();
const server = createServer(async (req, res) => {
  res.sendDate = false;
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  try {
    const body = pages.get(path) ?? (path.startsWith('/md/') ? await readFile(path.slice(3)) : await readFile(ROOT + path.slice(1)));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : path.startsWith('/md/') ? 'text/markdown' : 'text/html' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
}).listen(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const read = () => (async () => {
  const host = document.querySelector('job-posting-list');
  await customElements.whenDefined('job-posting-list');
  await host.loadComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return host.cards.map((c) => `${c.shadowRoot.querySelector('[part~=title]')?.textContent.trim()} | ${c.shadowRoot.querySelector('[part~=deadline]')?.getAttribute('datetime')} | ${c.state}`);
})();
let bad = 0;
for (const [i, file] of files.entries()) {
  const clock = /\/(\d{4}-\d\d-\d\d)_/.exec(file)?.[1] ? `${/\/(\d{4}-\d\d-\d\d)_/.exec(file)[1]}T12:00:00Z` : NOW;
  const { stdout } = await run(process.execPath, [`${ROOT}dist/cli.js`, 'render', '--now', clock, '--base-url', `${origin}/md${file}`, file], { maxBuffer: 1 << 24 }).catch((e) => ({ stdout: `FAILED ${e.stdout}` }));
  const head = '<!doctype html><meta charset=utf-8><link rel=icon href="data:,"><script type=module src="/dist/job-posting.js"></script>';
  pages.set(`/pre${i}.html`, `${head}<body lang=en-GB>${stdout}</body>`);
  pages.set(`/live${i}.html`, `${head}<body lang=en-GB><job-posting-list src="/md${file}"></job-posting-list></body>`);
  const seen = {};
  for (const kind of ['pre', 'live']) {
    const tab = await browser.newPage();
    const said = [];
    tab.on('console', (m) => ['warn', 'error'].includes(m.type()) && /did not match|Hydration|error/i.test(m.text()) && said.push(m.text().slice(0, 160)));
    tab.on('pageerror', (e) => said.push('pageerror ' + e.message));
    await tab.evaluateOnNewDocument(shiftClock, Date.parse(clock) + 60_000);
    await tab.goto(`${origin}/${kind}${i}.html`);
    seen[kind] = { cards: await tab.evaluate(read).catch((e) => ['ERR ' + e.message]), said };
    await tab.close();
  }
  const same = JSON.stringify(seen.pre.cards) === JSON.stringify(seen.live.cards);
  if (!same || seen.pre.said.length) {
    bad++;
    console.log('DIFF', file.replace(/.*\//, ''), JSON.stringify(seen.pre), JSON.stringify(seen.live).slice(0, 600));
  }
}
console.log(`${files.length - bad}/${files.length} pages: the pre-rendered list hydrates cleanly and shows what the live list shows`);
await browser.close();
server.close();
process.exitCode = bad ? 1 : 0;
