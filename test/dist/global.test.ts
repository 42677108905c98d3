import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { chunkName } from '../helpers.js';

// The classic-script build, loaded with <script src defer> as a CMS page would — twice.
// This page is at the server's root; the script and its chunks are in /dist/.
function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.defer = true;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

/** The paths of the scripts this page has downloaded from /dist/. */
const downloaded = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

type Card = HTMLElement & { loadComplete: Promise<void>; updateComplete: Promise<unknown>; error?: string };

describe('dist/job-posting.global.js (the classic-script build)', () => {
  const errors: ErrorEvent[] = [];
  const onError = (e: ErrorEvent): number => errors.push(e);

  before(async () => {
    window.addEventListener('error', onError);
    await loadClassicScript('/dist/job-posting.global.js');
    await loadClassicScript('/dist/job-posting.global.js?copy=2');
    window.removeEventListener('error', onError);
  });
  afterEach(() => sinon.restore());

  it('registers <job-posting>, and a second copy on the page throws nothing', () => {
    expect(customElements.get('job-posting')).to.be.a('function');
    expect(customElements.get('job-posting-list')).to.be.a('function');
    expect(errors.map((e) => e.message)).to.deep.equal([]);
  });

  it('offers its API as the global JobPosting, as the one-file script did', () => {
    const api = (window as unknown as { JobPosting: Record<string, unknown> }).JobPosting;
    expect(Object.keys(api).sort()).to.deep.equal(['JobPosting', 'JobPostingClosedEvent', 'JobPostingErrorEvent', 'JobPostingList', 'JobPostingLoadEvent', 'setStrings']);
    expect(api['setStrings']).to.be.a('function');
  });

  it('renders an inline vacancy, and a JSON page downloads nothing but the script', async () => {
    const el = await fixture<Card>(
      html`<job-posting><script type="application/json">{"title": "Research Engineer", "closes": "2021-11-15", "applyUrl": "https://www.eng.ox.ac.uk/jobs/"}</script></job-posting>`,
    );
    await el.loadComplete;
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Research Engineer');
    expect(el.shadowRoot?.querySelector('[part="deadline"]')?.getAttribute('datetime')).to.equal('2021-11-15');
    expect([...new Set(downloaded())]).to.deep.equal(['/dist/job-posting.global.js']);
  });

  it('reads a Markdown page with the Markdown, salary and front-matter chunks, found beside the script', async () => {
    const el = await fixture<Card>(html`<job-posting src="/test/fixtures/pages/one-vacancy.md"></job-posting>`);
    await el.loadComplete;
    expect(el.error).to.equal(undefined);
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Postdoctoral Research Assistant in Robust Vision');
    const chunks = downloaded().filter((p) => p !== '/dist/job-posting.global.js');
    expect(chunks.every((p) => /^\/dist\/global-[\w-]+\.js$/.test(p)), chunks.join()).to.equal(true);
    expect(chunks.map(chunkName).sort()).to.deep.equal(['global-front-matter', 'global-markdown', 'global-salary']);
    // Each chunk's <script> goes once it has run (its load event); the page keeps only its own.
    await waitUntil(() => document.querySelectorAll('script[src*="/dist/global-"]').length === 0, 'the chunks’ scripts stay in the page');
  });

  it('loads a chunk once for every card that needs it', async () => {
    sinon.stub(console, 'warn');
    const before = downloaded().length;
    const list = await fixture<Card>(html`<job-posting-list src="/test/fixtures/pages/several-vacancies.md"></job-posting-list>`);
    await list.loadComplete;
    expect(list.shadowRoot?.querySelectorAll('job-posting').length).to.equal(3);
    expect(downloaded().slice(before).filter((p) => p.includes('/global-'))).to.deep.equal([]);
  });
});
