import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement, html as template } from 'lit';
import { environmentWatchers, watchEnvironment } from '../../src/controllers/environment-controller.js';
import { dateTimeFormat } from '../../src/model/intl-cache.js';
import { setStrings, strings } from '../../src/strings.js';

/** A host that follows the page as the card does: it shows a word from the strings table and hears reduced motion. */
class EnvironmentHost extends LitElement {
  renders = 0;
  reduced: boolean[] = [];

  constructor() {
    super();
    watchEnvironment(this, { onReducedMotion: (reduced) => this.reduced.push(reduced) });
  }

  override render(): unknown {
    this.renders++;
    return template`${strings.apply}`;
  }
}
customElements.define('environment-test-host', EnvironmentHost);

/** Two hosts on the page, rendered. */
async function twoHosts(): Promise<[EnvironmentHost, EnvironmentHost]> {
  const wrapper = await fixture<HTMLElement>(html`<div><environment-test-host></environment-test-host><environment-test-host></environment-test-host></div>`);
  const hosts = [...wrapper.children] as EnvironmentHost[];
  await Promise.all(hosts.map((h) => h.updateComplete));
  return hosts as [EnvironmentHost, EnvironmentHost];
}

/** Whether the formatter cache was emptied by `action` (a new formatter is built afterwards). */
function dropsFormatters(action: () => void): boolean {
  const before = dateTimeFormat('en-GB', { dateStyle: 'full' });
  action();
  return dateTimeFormat('en-GB', { dateStyle: 'full' }) !== before;
}

/** Emulates `prefers-reduced-motion` where the engine's driver can; false elsewhere (WebKit). */
const reduceMotion = (value: 'reduce' | 'no-preference'): Promise<unknown> =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-reduced-motion', value }] });

describe('EnvironmentController (watchEnvironment)', () => {
  it('re-renders every host on the page in the new words when setStrings changes them', async () => {
    const hosts = await twoHosts();
    const original = strings.apply;
    try {
      setStrings({ apply: 'Postuler' });
      await Promise.all(hosts.map((h) => h.updateComplete));
      expect(hosts.map((h) => [h.renders, h.shadowRoot?.textContent])).to.deep.equal([
        [2, 'Postuler'],
        [2, 'Postuler'],
      ]);
    } finally {
      setStrings({ apply: original });
    }
  });

  it('re-renders every host when a lang attribute changes on the page, and not after the last host leaves', async () => {
    const hosts = await twoHosts();
    const wrapper = hosts[0].parentElement as HTMLElement;
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => hosts.every((h) => h.renders === 2), 'both hosts re-render');
    document.documentElement.setAttribute('lang', document.documentElement.getAttribute('lang') ?? 'en');
    await waitUntil(() => hosts.every((h) => h.renders === 3), 'both hosts re-render again');
    wrapper.remove();
    expect(environmentWatchers()).to.equal(0);
    wrapper.setAttribute('lang', 'fr');
    // A watcher would have been called before this continuation: mutation records are delivered as a microtask queued first.
    await Promise.resolve();
    expect(hosts.map((h) => h.renders)).to.deep.equal([3, 3]);
  });

  it("drops the cached formatters and re-renders when the browser's language changes", async () => {
    const [host] = await twoHosts();
    expect(dropsFormatters(() => undefined)).to.equal(false);
    expect(dropsFormatters(() => window.dispatchEvent(new Event('languagechange')))).to.equal(true);
    await host.updateComplete;
    expect(host.renders).to.equal(2);
  });

  it('lets go of a host that left the page, and of the page once the last host has gone', async () => {
    const [gone, staying] = await twoHosts();
    expect(environmentWatchers()).to.equal(2);
    gone.remove();
    expect(environmentWatchers()).to.equal(1);
    window.dispatchEvent(new Event('languagechange'));
    await staying.updateComplete;
    expect([gone.renders, staying.renders]).to.deep.equal([1, 2]);
    staying.remove();
    expect(environmentWatchers()).to.equal(0);
    // Nobody listens any more: a language change leaves the formatters alone.
    expect(dropsFormatters(() => window.dispatchEvent(new Event('languagechange')))).to.equal(false);
  });

  describe('reduced motion', () => {
    afterEach(async () => {
      await reduceMotion('no-preference');
    });

    it('is reported when the host is connected, and whenever the preference changes', async function () {
      if (!(await reduceMotion('no-preference'))) this.skip();
      const [host] = await twoHosts();
      expect(host.reduced).to.deep.equal([false]);
      await reduceMotion('reduce');
      await waitUntil(() => host.reduced.length === 2, 'no change reported');
      await reduceMotion('no-preference');
      await waitUntil(() => host.reduced.length === 3, 'no change reported');
      expect(host.reduced).to.deep.equal([false, true, false]);
    });
  });
});
