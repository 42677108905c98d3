// A real Jekyll build of a fixture site, served over HTTP and read in a real
// Chromium: the harness of test/node/jekyll-build.test.mjs.
//
// A site is the fixture folders given (test/jekyll/_common first, so every
// site has the same minimal layout and no theme), plus what the guide
// (integrations/jekyll/README.md) tells a lab to copy in: the include into
// _includes/, and the bundle (dist/job-posting.js and the chunks it imports)
// into assets/.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shiftClock } from '../../scripts/shift-clock.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./', import.meta.url));
// JEKYLL_INCLUDE: another include to try in its place (say, `git show HEAD:…` of it).
const INCLUDE = process.env.JEKYLL_INCLUDE ?? join(ROOT, 'integrations/jekyll/_includes/job-posting.html');
const DIST = join(ROOT, 'dist');

/** Relative module specifiers a built file imports, statically or with import(). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([\w.-]+\.js)["'`]/g;

/** dist/job-posting.js and every chunk it reaches through its imports (read from the files, not a glob of dist/). */
export async function bundleFiles() {
  const found = new Set();
  const visit = async (name) => {
    if (found.has(name)) return;
    found.add(name);
    let text;
    try {
      text = await readFile(join(DIST, name), 'utf8');
    } catch (error) {
      if (error.code === 'ENOENT') throw new Error(`dist/${name} is missing: run \`npm run build\` first`);
      throw error;
    }
    for (const [, next] of text.matchAll(IMPORT)) await visit(next);
  };
  await visit('job-posting.js');
  return [...found].sort();
}

/** At most `limit` of the functions given run at once (Jekyll is a Ruby process each; the machine may have two cores). */
function pool(limit) {
  let running = 0;
  const waiting = [];
  const next = () => {
    if (running >= limit || waiting.length === 0) return;
    running++;
    const { job, resolve, reject } = waiting.shift();
    job()
      .then(resolve, reject)
      .finally(() => {
        running--;
        next();
      });
  };
  return (job) =>
    new Promise((resolve, reject) => {
      waiting.push({ job, resolve, reject });
      next();
    });
}

const inPool = pool(Math.max(1, Math.min(2, availableParallelism())));
const made = [];

/** Runs `jekyll build`; rejects with what Jekyll said, or with how to install it. */
function jekyll(source, zone) {
  return new Promise((resolve, reject) => {
    const args = ['build', '--quiet', '--disable-disk-cache', '--source', source, '--destination', join(source, '_site')];
    execFile('jekyll', args, { cwd: source, env: { ...process.env, TZ: zone, JEKYLL_ENV: 'production' }, timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      if (error.code === 'ENOENT') return reject(new Error('`jekyll` is not installed (Debian: `apt-get install jekyll`)'));
      // Jekyll's own lines, without the Ruby backtrace after them.
      const said = `${stderr}\n${stdout}`
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((line) => line.trim() && !/^\s*from \//.test(line) && !/^\/usr\//.test(line))
        .join('\n');
      reject(new Error(`jekyll build under TZ=${zone} failed${error.killed ? ' (timed out)' : ''}:\n${said}`));
    });
  });
}

/**
 * A fresh site from the fixture folders `layers` (names under test/jekyll/,
 * later ones over earlier ones), built by Jekyll with `TZ=zone` after
 * `prepare(source, zone)`, when given. Resolves to the path of its _site.
 */
export function buildSite(layers, zone, prepare) {
  return inPool(async () => {
    const source = await mkdtemp(join(tmpdir(), `jekyll-${layers.join('-')}-`));
    made.push(source);
    for (const layer of ['_common', ...layers]) await cp(join(FIXTURES, layer), source, { recursive: true });
    await mkdir(join(source, '_includes'), { recursive: true });
    await cp(INCLUDE, join(source, '_includes/job-posting.html'));
    await mkdir(join(source, 'assets'), { recursive: true });
    for (const file of await bundleFiles()) await cp(join(DIST, file), join(source, 'assets', file));
    // What the site's workflow runs before `jekyll build` (the pre-rendered way).
    await prepare?.(source, zone);
    await jekyll(source, zone);
    return join(source, '_site');
  });
}

/** Removes every site built. */
export async function removeSites() {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A static server over `root` on 127.0.0.1 (a free port), as GitHub Pages would serve a _site. Resolves to { origin, close }. */
export async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    try {
      if (!file.startsWith(root + sep) && file !== root) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** One headless Chromium (Debian's, or CHROME_PATH). */
export function launchBrowser() {
  return launchChromium();
}

/**
 * Runs in the page: waits for the first <job-posting-list> or <job-posting>
 * to show what its source gave, and says what it shows.
 */
async function readWidget() {
  const host = document.querySelector('job-posting-list, job-posting');
  if (!host) return { host: null };
  const limit = new Promise((_, reject) => setTimeout(() => reject(new Error(`<${host.localName}> not loaded after 15 s`)), 15_000));
  await Promise.race([customElements.whenDefined(host.localName).then(() => host.loadComplete), limit]);
  const cards = host.localName === 'job-posting-list' ? host.cards : [host];
  return {
    host: host.localName,
    state: host.state,
    // What the include wrote inside the element, as the page holds it.
    inline: host.querySelector('script')?.textContent ?? null,
    cards: cards.map((card) => {
      const posting = card.normalizedPosting;
      const shadow = card.shadowRoot;
      return {
        state: card.state,
        title: posting?.title ?? null,
        closesAt: posting?.deadline ? new Date(posting.deadline.closesAt).toISOString() : null,
        source: posting?.deadline?.source ?? null,
        unsure: posting?.deadline?.unsure ?? null,
        warnings: [...card.warnings],
        shownTitle: shadow?.querySelector('[part~="title"]')?.textContent.trim() ?? null,
        datetime: shadow?.querySelector('[part~="deadline"]')?.getAttribute('datetime') ?? null,
        description: shadow?.querySelector('[part~="description"]')?.textContent ?? null,
        error: shadow?.querySelector('[part~="error"]')?.textContent.trim() ?? null,
      };
    }),
  };
}

/**
 * Opens `url` in a new tab of `browser` with the clock at `now` and the
 * visitor in `timeZone`; resolves to what the widget shows (readWidget), or,
 * with `javaScript: false`, to the page's visible text. `failed` lists the
 * requests that did not succeed (a chunk not copied …) and the page's errors.
 */
export async function openPage(browser, url, { now, timeZone, javaScript = true }) {
  const page = await browser.newPage();
  const failed = [];
  const said = [];
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && said.push(`${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('.map')) failed.push(`${response.url()}: ${response.status()}`);
  });
  try {
    await page.emulateTimezone(timeZone);
    await page.setJavaScriptEnabled(javaScript);
    if (javaScript) await page.evaluateOnNewDocument(shiftClock, now);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    if (!response?.ok()) throw new Error(`${url}: ${response?.status()}`);
    if (!javaScript) return { text: await page.evaluate(() => document.body.innerText), shown: await composedText(page), failed };
    return { ...(await page.evaluate(readWidget)), failed, said };
  } finally {
    await page.close();
  }
}

/**
 * The text of `page` through its shadow roots (declarative shadow DOM
 * included), read over CDP: it works with JavaScript off, where innerText
 * stops at a shadow root. Scripts and styles are left out.
 */
export async function composedText(page) {
  const cdp = await page.createCDPSession();
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const text = [];
  const walk = (node) => {
    if (node.nodeType === 3) text.push(node.nodeValue);
    if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(root);
  await cdp.detach();
  return text.join(' ').replace(/\s+/g, ' ');
}
