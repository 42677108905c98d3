// The visitor's browser, emulated through puppeteer (Chromium, and Firefox over
// WebDriver BiDi); WebDriver classic (WebKit) cannot, and the commands answer
// false there so tests skip:
// - `emulate-timezone {zone}`: the page's time zone (visitor-zone, long-lived);
// - `emulate-media-features {features}`: e.g. [{ name: 'forced-colors', value:
//   'active' }] (accessibility), [{ name: 'prefers-color-scheme', value: 'dark' }]
//   (layout); a value of '' lets the feature go;
// - `emulate-media-type {type}`: 'print' or 'screen', null lets it go (layout);
// - `grant-clipboard`: Chromium lets the page write and read the clipboard, as
//   a user's click would (actions).

/** The puppeteer page of a test session, where the driver has one. */
const pageOf = (session) => (typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined);

/** Runs `action`; false when the engine refuses it. */
async function tried(action) {
  try {
    await action();
    return true;
  } catch {
    return false;
  }
}

const commands = {
  'emulate-timezone': (page, { zone }) => tried(() => page.emulateTimezone(zone)),
  'emulate-media-features': (page, { features }, browser) =>
    tried(async () => {
      // Chromium through CDP: puppeteer's own helper refuses forced-colors.
      if (browser.name !== 'Chrome') return page.emulateMediaFeatures(features);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features });
    }),
  'emulate-media-type': (page, { type }) => tried(() => page.emulateMediaType(type ?? undefined)),
  'grant-clipboard': async (page, _payload, browser) => {
    if (browser.name !== 'Chrome') return false;
    const permissions = ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'];
    await page.browserContext().overridePermissions(new URL(page.url()).origin, permissions);
    return true;
  },
};

export const emulation = {
  name: 'emulation',
  executeCommand({ command, payload = {}, session }) {
    if (!(command in commands)) return undefined;
    const page = pageOf(session);
    return page ? commands[command](page, payload, session.browser) : false;
  },
};
