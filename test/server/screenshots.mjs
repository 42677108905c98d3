// Pictures: `screenshot {name}` takes a picture of the element marked
// `data-screenshot="<name>"` and compares it with test/screenshots/<name>.png
// (pixelmatch, Chromium only: other engines answer { skipped: true }). With
// UPDATE_SCREENSHOTS=1 (`npm run screenshots`), or when no baseline exists yet,
// it writes the baseline instead; the "open" picture is also README's
// (docs/screenshot.png). Used by test/visual.test.ts.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const SCREENSHOTS = new URL('../screenshots/', import.meta.url);
const README_PICTURE = new URL('../../docs/screenshot.png', import.meta.url);

/** The picture of `[data-screenshot=name]` on `page`, compared with its baseline. */
async function compare(page, { name }) {
  const handle = await page.$(`[data-screenshot="${name}"]`);
  if (!handle) return { error: `no element with data-screenshot="${name}"` };
  const picture = Buffer.from(await handle.screenshot({ type: 'png' }));
  const baselineUrl = new URL(`${name}.png`, SCREENSHOTS);
  const baseline = await readFile(baselineUrl).catch(() => undefined);
  if (!baseline || process.env.UPDATE_SCREENSHOTS) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(baselineUrl, picture);
    if (name === 'open') await copyFile(baselineUrl, README_PICTURE);
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

export const screenshots = {
  name: 'screenshots',
  executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    if (typeof session.browser.getPage !== 'function' || session.browser.name !== 'Chrome') return { skipped: true };
    return compare(session.browser.getPage(session.id), payload);
  },
};
