// Writes docs/screenshot.png: the demo's open card, rendered by Debian's
// Chromium from the Vite dev server. `npm run screenshot`.
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 5174 } });
await server.listen();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 2 });
  await page.emulateTimezone('America/New_York');
  await page.goto('http://localhost:5174/', { waitUntil: 'networkidle0' });
  await page.evaluate(() => {
    const card = document.getElementById('open');
    card?.setAttribute('local-time-zone', 'America/New_York');
    return card?.updateComplete;
  });
  const card = await page.$('#open');
  await card?.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
