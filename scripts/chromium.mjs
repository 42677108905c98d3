// One headless Chromium for the scripts and Node tests that open pages
// (bench, corpus, the Jekyll and render tests): Debian's, or CHROME_PATH.
import puppeteer from 'puppeteer-core';

/** Launches headless Chromium, quiet: no background networking, updates or sync. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
