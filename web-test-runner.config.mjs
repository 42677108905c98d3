// @web/test-runner: every test in headless Chromium (Debian's), TypeScript
// served by esbuild, with a few server-side helpers the tests call through
// `executeServerCommand`:
// - `release-gate {id}`: answers held by `/gate/<id>/<path>` are served (a
//   deterministic way to order two responses, without waiting on a clock);
//   `/held/<id>/dist/…` holds every file but the bundle itself, and
//   `held-requests {id, count}` answers with the files asked for meanwhile;
// - `emulate-timezone {zone}`: the page's time zone, as a visitor's would be;
// - `emulate-media-features {features}`: forced colours, reduced motion …;
// - `screenshot {name}`: an element's picture against test/screenshots/<name>.png.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { fileURLToPath } from 'node:url';

/** The policies the locked-page tests run under. */
const LOCKED_POLICIES = {
  csp: "default-src 'self'; script-src 'self'; style-src 'self'",
  'trusted-types': "require-trusted-types-for 'script'; trusted-types lit-html dompurify",
  both: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify",
};

const gates = new Map();
function gate(id) {
  if (!gates.has(id)) {
    let release;
    const opened = new Promise((resolve) => (release = resolve));
    gates.set(id, { opened, release });
  }
  return gates.get(id);
}

/** What `/held/<id>/…` has been asked for, and who waits to hear it. */
const heldLogs = new Map();
function heldLog(id) {
  if (!heldLogs.has(id)) heldLogs.set(id, { paths: [], waiters: [] });
  return heldLogs.get(id);
}

/** Held answers (/gate/…, /held/…), echoed bodies (/echo) and status codes on demand (/status/404). */
async function testServer(ctx, next) {
  const held = /^\/gate\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (held) {
    await gate(held[1]).opened;
    ctx.path = held[2];
  }
  const chunk = /^\/held\/([\w-]+)(\/dist\/[\w.-]+)$/.exec(ctx.path);
  if (chunk) {
    const [, id, path] = chunk;
    if (!path.endsWith('/job-posting.js')) {
      // A lazy chunk: noted, then held until released.
      const log = heldLog(id);
      log.paths.push(path);
      for (const waiter of log.waiters) waiter();
      await gate(id).opened;
    }
    ctx.path = path;
  }
  const locked = /^\/locked\/(csp|trusted-types|both|hostile-css)$/.exec(ctx.path);
  if (locked) {
    // A page under a strict policy, loading the built bundle as a department page would.
    const policy = LOCKED_POLICIES[locked[1]];
    if (policy) ctx.set('Content-Security-Policy', policy);
    ctx.type = 'text/html';
    ctx.body = await readFile(new URL(`./test/fixtures/locked-page${locked[1] === 'hostile-css' ? '-hostile-css' : ''}.html`, import.meta.url), 'utf8');
    return;
  }
  if (ctx.path === '/echo') {
    // The body and content type a test asks for: /echo?type=text/markdown&body=<base64url>
    ctx.type = String(ctx.query.type ?? 'text/plain');
    if (ctx.query.csp) ctx.set('Content-Security-Policy', String(ctx.query.csp));
    ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
    return;
  }
  const big = /^\/big\/(\d+)$/.exec(ctx.path);
  if (big) {
    // /big/<bytes>?type=text/markdown: that many bytes of Markdown, made as they are read; &length=1 declares the size.
    const { Readable } = await import('node:stream');
    const total = Number(big[1]);
    const chunk = Buffer.alloc(64 * 1024, 'x\n');
    ctx.type = String(ctx.query.type ?? 'text/markdown');
    ctx.compress = false;
    if (ctx.query.length) ctx.length = total;
    ctx.body = Readable.from((function* () {
      for (let sent = 0; sent < total; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, total - sent));
    })());
    return;
  }
  const status = /^\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = `status ${status[1]}`;
    return;
  }
  return next();
}

const serverCommands = {
  name: 'job-posting-test-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'release-gate') {
      gate(payload.id).release();
      return true;
    }
    if (command === 'held-requests') {
      // The files asked for under /held/<id>/ once there are `count` of them (or what there is after 5 s).
      const log = heldLog(payload.id);
      await new Promise((resolve) => {
        const check = () => log.paths.length >= payload.count && resolve();
        log.waiters.push(check);
        check();
        setTimeout(resolve, 5000);
      });
      return [...log.paths];
    }
    if (command === 'emulate-timezone') {
      // Chromium and Firefox (puppeteer) can; WebDriver classic (WebKit) cannot: tests skip then.
      if (typeof session.browser.getPage !== 'function') return false;
      try {
        await session.browser.getPage(session.id).emulateTimezone(payload.zone);
        return true;
      } catch {
        return false;
      }
    }
    if (command === 'grant-clipboard') {
      // Chromium: let the page write and read the clipboard, as a user's click would.
      if (session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      return true;
    }
    if (command === 'emulate-media-features') {
      // e.g. [{ name: 'forced-colors', value: 'active' }]; engines that cannot say false.
      if (typeof session.browser.getPage !== 'function') return false;
      const page = session.browser.getPage(session.id);
      try {
        if (session.browser.name === 'Chrome') {
          // Through CDP: puppeteer's own helper refuses forced-colors.
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
        } else {
          await page.emulateMediaFeatures(payload.features);
        }
        return true;
      } catch {
        return false;
      }
    }
    if (command === 'screenshot') {
      // Chromium only: an element's picture, compared with its committed baseline.
      if (typeof session.browser.getPage !== 'function' || session.browser.name !== 'Chrome') return { skipped: true };
      return compareScreenshot(session.browser.getPage(session.id), payload);
    }
    return undefined;
  },
};

const SCREENSHOTS = new URL('./test/screenshots/', import.meta.url);

/**
 * Takes a picture of the element marked `data-screenshot="<name>"` and compares it
 * with test/screenshots/<name>.png (pixelmatch). With UPDATE_SCREENSHOTS=1, or when
 * no baseline exists yet, writes the baseline instead; the "open" picture is also
 * README's (docs/screenshot.png).
 */
async function compareScreenshot(page, { name }) {
  const handle = await page.$(`[data-screenshot="${name}"]`);
  if (!handle) return { error: `no element with data-screenshot="${name}"` };
  const picture = Buffer.from(await handle.screenshot({ type: 'png' }));
  const baselineUrl = new URL(`${name}.png`, SCREENSHOTS);
  let baseline;
  try {
    baseline = await readFile(baselineUrl);
  } catch {
    baseline = undefined;
  }
  if (!baseline || process.env.UPDATE_SCREENSHOTS) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(baselineUrl, picture);
    if (name === 'open') await copyFile(baselineUrl, new URL('./docs/screenshot.png', import.meta.url));
    return { written: true, differentPixels: 0, total: 1 };
  }
  const a = PNG.sync.read(baseline);
  const b = PNG.sync.read(picture);
  if (a.width !== b.width || a.height !== b.height) {
    await writeFile(new URL(`${name}.actual.png`, SCREENSHOTS), picture);
    return { error: `size ${b.width}×${b.height} differs from the baseline's ${a.width}×${a.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differentPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  if (differentPixels > 0) await writeFile(new URL(`${name}.diff.png`, SCREENSHOTS), PNG.sync.write(diff));
  return { differentPixels, total: a.width * a.height };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: the gated-response tests hold server connections open,
  // and Chromium shares six per host across tabs.
  concurrency: 1,
  // Three engines share two cores: a generous per-test limit (no test asserts speed).
  testFramework: { config: { timeout: 15000 } },
  middleware: [testServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    serverCommands,
  ],
  browsers: browsers(),
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};

/**
 * The engines to test in: all three by default (`npm test`), or those named in
 * BROWSERS (`BROWSERS=chromium npx wtr`). WebKit needs WebKitWebDriver running
 * under Xvfb: scripts/test.mjs starts it and sets WEBKIT_DRIVER_PORT.
 */
function browsers() {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());
  const list = [];
  if (wanted.includes('chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
    );
  }
  if (wanted.includes('firefox')) {
    list.push(
      chromeLauncher({
        puppeteer: puppeteerCore.default ?? puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
      }),
    );
  }
  if (wanted.includes('webkit')) {
    list.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
        },
      }),
    );
  }
  return list;
}
