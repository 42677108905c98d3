// @web/test-runner: the browser tests in Debian's Chromium, Firefox ESR and
// WebKit (BROWSERS=chromium,firefox picks some), TypeScript served by esbuild.
// The test server's extra routes and commands live in test/server/, a file each.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { big } from './test/server/big.mjs';
import { clock } from './test/server/clock.mjs';
import { echo } from './test/server/echo.mjs';
import { emulation } from './test/server/emulation.mjs';
import { gateCommands, gated } from './test/server/gates.mjs';
import { heldChunkCommands, heldChunks } from './test/server/held-chunks.mjs';
import { lockedPages } from './test/server/locked-pages.mjs';
import { render } from './test/server/render.mjs';
import { screenshots } from './test/server/screenshots.mjs';
import { status } from './test/server/status.mjs';

const engines = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore.default ?? puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  // WebKit over WebDriver, which needs a display: scripts/test.mjs starts
  // WebKitWebDriver under Xvfb and sets WEBKIT_DRIVER_PORT.
  webkit: () =>
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
};
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: the gated-response tests hold server connections open,
  // and Chromium shares six per host across tabs.
  concurrency: 1,
  // Three engines share two cores: a generous per-test limit (no test asserts speed).
  testFramework: { config: { timeout: 15000 } },
  // In this order: no Date header unless a test asks (clock), and a gate or a
  // held chunk answers as the path behind it does.
  middleware: [clock, gated, heldChunks, lockedPages, echo, big, status, render],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    gateCommands,
    heldChunkCommands,
    emulation,
    screenshots,
  ],
  browsers: Object.keys(engines)
    .filter((name) => wanted.includes(name))
    .map((name) => engines[name]()),
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
