import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as template } from 'lit';
import { DocumentLoader, type LoadState } from '../../src/controllers/document-loader.js';
import { gated, release, seed } from '../helpers.js';

/** What a host shows for a load state: the title of a loaded JSON vacancy, or the error's message. */
function describeState(state: LoadState): string {
  if (state.kind === 'failed') return `failed: ${String((state.error as Error).message)}`;
  if (state.kind !== 'loaded') return state.kind;
  const { document: loaded } = state;
  return `loaded: ${loaded.kind === 'json' ? String((loaded.json as { title?: string }).title) : 'a Markdown page'}`;
}

/**
 * A host as the card and the list use the loader: `src`, a `given` flag for a
 * vacancy handed over another way, and the fetch seam, recording its requests.
 * It renders the loader's state and keeps every state it has shown.
 */
class LoaderHost extends LitElement {
  static override properties = { src: {}, given: { type: Boolean } };
  src = '';
  given = false;
  requests: Request[] = [];
  history: string[] = [];
  loader = new DocumentLoader(this, {
    src: () => this.src,
    skip: () => this.given,
    fetch: (request) => {
      this.requests.push(request);
      return fetch(request);
    },
    timeout: () => 10_000,
  });

  override render(): unknown {
    const now = describeState(this.loader.state());
    if (this.history.at(-1) !== now) this.history.push(now);
    return template`${now}`;
  }
}
customElements.define('loader-test-host', LoaderHost);

/** A JSON vacancy script for a host. */
const inline = (title: string): HTMLScriptElement =>
  Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify({ title }) });

/** A host on the page, built with the DOM (a template cannot hold a `<script>` made at run time). */
async function loaderHost(src = '', ...children: Node[]): Promise<LoaderHost> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const host = document.createElement('loader-test-host') as LoaderHost;
  host.src = src;
  host.append(...children);
  holder.append(host);
  return host;
}

/** What the host shows once the load in flight has settled. */
async function settled(host: LoaderHost): Promise<string> {
  await host.updateComplete;
  await host.loader.complete;
  await host.updateComplete;
  return host.shadowRoot?.textContent ?? '';
}

const paths = (host: LoaderHost): string[] => host.requests.map((r) => new URL(r.url).pathname);

describe('DocumentLoader', () => {
  it('loads src rather than an inline script, and the script once src is taken away', async () => {
    const host = await loaderHost('/test/fixtures/seed.json', inline('Inline'));
    expect(await settled(host)).to.equal(`loaded: ${seed.title}`);
    host.src = '';
    expect(await settled(host)).to.equal('loaded: Inline');
    expect(paths(host)).to.deep.equal(['/test/fixtures/seed.json']);
    expect(host.history).to.deep.equal(['loading', `loaded: ${seed.title}`, 'loading', 'loaded: Inline']);
  });

  it('follows the page changing its inline script', async () => {
    const script = inline('First');
    const host = await loaderHost('', script);
    expect(await settled(host)).to.equal('loaded: First');
    script.textContent = JSON.stringify({ title: 'Second' });
    await waitUntil(() => host.history.at(-1) === 'loaded: Second', 'the changed script was not read');
    host.append(inline('Ignored: only the first script counts'));
    expect(await settled(host)).to.equal('loaded: Second');
    expect(host.requests.length).to.equal(0);
  });

  it('has no source only once the page has loaded and its scripts have had one more task: until then a script may be on its way', async () => {
    // The test page is long loaded: it is made to look as if still loading (parsed, not yet loaded).
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      const [waiting, given] = [await loaderHost(), await loaderHost()];
      await Promise.all([waiting.updateComplete, given.updateComplete]);
      expect([waiting.shadowRoot?.textContent, given.shadowRoot?.textContent]).to.deep.equal(['loading', 'loading']);
      given.append(inline('Parsed later'));
      await waitUntil(() => given.history.at(-1) === 'loaded: Parsed later', 'the late script was not read');
      delete (document as { readyState?: unknown }).readyState;
      window.dispatchEvent(new Event('load'));
      expect(await settled(waiting)).to.equal('none');
      expect([waiting.history, given.history]).to.deep.equal([
        ['loading', 'none'],
        ['loading', 'loaded: Parsed later'],
      ]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('a newer src aborts the older load, whose answer is never shown', async () => {
    const older = gated('/test/fixtures/other.json');
    const host = await loaderHost(older);
    await host.updateComplete;
    host.src = '/test/fixtures/seed.json';
    expect(await settled(host)).to.equal(`loaded: ${seed.title}`);
    expect(host.requests.map((r) => r.signal.aborted)).to.deep.equal([true, false]);
    await release(older);
    expect(await settled(host)).to.equal(`loaded: ${seed.title}`);
    expect(host.history).to.deep.equal(['loading', `loaded: ${seed.title}`]);
  });

  it('leaving the page aborts a load in flight, and coming back loads again', async () => {
    const url = gated('/test/fixtures/seed.json');
    const host = await loaderHost(url);
    await host.updateComplete;
    const holder = host.parentElement as HTMLElement;
    host.remove();
    expect(host.requests.map((r) => r.signal.aborted)).to.deep.equal([true]);
    holder.append(host);
    await host.updateComplete;
    await release(url);
    expect(await settled(host)).to.equal(`loaded: ${seed.title}`);
    expect(paths(host)).to.deep.equal([url, url]);
  });

  it('loads nothing while the host has its vacancy another way', async () => {
    const host = await fixture<LoaderHost>(html`<loader-test-host given src="/test/fixtures/seed.json"></loader-test-host>`);
    expect(await settled(host)).to.equal('none');
    expect(host.requests.length).to.equal(0);
    host.given = false;
    expect(await settled(host)).to.equal(`loaded: ${seed.title}`);
  });

  it('reports a failed load as its state; waiting for it never throws', async () => {
    const host = await loaderHost('/status/404');
    const shown = await settled(host);
    expect(shown).to.match(/^failed: /);
    expect(shown).to.contain('HTTP 404');
  });
});
