// @web/test-runner: every test in headless Chromium (Debian's), TypeScript
// served by esbuild, with a few server-side helpers the tests call through
// `executeServerCommand`:
// - `release-gate {id}`: answers held by `/gate/<id>/<path>` are served (a
//   deterministic way to order two responses, without waiting on a clock);
// - `emulate-timezone {zone}`: the page's time zone, as a visitor's would be.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The lab's real pages, read where they are (../shared/corpus), never copied here. */
const CORPUS = new URL('../shared/corpus/pages/', import.meta.url);

const gates = new Map();
function gate(id) {
  if (!gates.has(id)) {
    let release;
    const opened = new Promise((resolve) => (release = resolve));
    gates.set(id, { opened, release });
  }
  return gates.get(id);
}

/** Held answers (/gate/…), corpus pages (/corpus/…), echoed bodies (/echo) and status codes on demand (/status/404). */
async function testServer(ctx, next) {
  const held = /^\/gate\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (held) {
    await gate(held[1]).opened;
    ctx.path = held[2];
  }
  const page = /^\/corpus\/([\w.-]+\.md)$/.exec(ctx.path);
  if (page) {
    ctx.type = 'text/markdown; charset=utf-8';
    ctx.body = await readFile(new URL(page[1], CORPUS), 'utf8');
    return;
  }
  if (ctx.path === '/echo') {
    // The body and content type a test asks for: /echo?type=text/markdown&body=<base64url>
    ctx.type = String(ctx.query.type ?? 'text/plain');
    ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
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
    if (command === 'emulate-timezone') {
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload.zone);
      return true;
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: the gated-response tests hold server connections open,
  // and Chromium shares six per host across tabs.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  middleware: [testServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    serverCommands,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
