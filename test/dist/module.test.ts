import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { DAY, seed, SEED_CLOSES, useClock } from '../helpers.js';

// The built bundle, exactly as a department page loads it (`npm test` builds first).
const BUNDLE = '/dist/job-posting.js';

describe('dist/job-posting.js (the built ES module)', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });
  afterEach(() => {
    sinon.restore();
  });

  it('registers <job-posting> on import', () => {
    expect(customElements.get('job-posting')).to.be.a('function');
  });

  it('renders the seed from src, with a live countdown', async () => {
    const clock = useClock(SEED_CLOSES - 10 * DAY - 3 * 3_600_000 - 1, { timers: true });
    const el = await fixture<HTMLElement & { loadComplete: Promise<void> }>(
      html`<job-posting lang="en-GB" local-time-zone="Asia/Shanghai" src="/test/fixtures/seed.json"></job-posting>`,
    );
    await el.loadComplete;
    const shadow = el.shadowRoot as ShadowRoot;
    expect(el.getAttribute('state')).to.equal('open');
    expect(shadow.querySelector('[part="title"]')?.textContent).to.equal('Postdoctoral Research Assistant in Machine Learning');
    expect(shadow.querySelector('[part="deadline"]')?.getAttribute('datetime')).to.equal('2021-11-15T12:00:00Z');
    expect(shadow.querySelector('[part="deadline"]')?.textContent).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
    expect(shadow.querySelector('[part="local-time"]')?.textContent?.trim()).to.equal('(20:00 your time)');
    expect(shadow.querySelector('[part="countdown"]')?.textContent).to.equal('10 days, 3 hours left');
    clock.tick(2);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow.querySelector('[part="countdown"]')?.textContent).to.equal('10 days, 2 hours left');
  });

  it('a JSON-only page never downloads the Markdown or front-matter chunks', async () => {
    const el = await fixture<HTMLElement & { loadComplete: Promise<void> }>(
      html`<job-posting src="/test/fixtures/seed.json"></job-posting>`,
    );
    await el.loadComplete;
    expect(el.getAttribute('state')).to.equal('closed');
    const scripts = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));
    expect(scripts).to.deep.equal(['/dist/job-posting.js']);
  });

  it('downloads the Markdown chunk (and js-yaml) for a Markdown page', async () => {
    const el = await fixture<HTMLElement & { loadComplete: Promise<void> }>(
      html`<job-posting src="/test/fixtures/pages/one-vacancy.md"></job-posting>`,
    );
    await el.loadComplete;
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Postdoctoral Research Assistant in Robust Vision');
    const chunks = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .map((p) => /^\/dist\/(markdown|front-matter)-[\w-]+\.js$/.exec(p)?.[1])
      .filter(Boolean);
    expect(chunks.sort()).to.deep.equal(['front-matter', 'markdown']);
  });

  it('fetches the JSON-error chunk only for a broken document', async () => {
    const chunks = (): string[] =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/dist\/json-error-[\w-]+\.js$/.test(n));
    expect(chunks()).to.deep.equal([]);
    sinon.stub(console, 'error');
    const el = await fixture<HTMLElement & { loadComplete: Promise<void>; error?: string }>(
      html`<job-posting src="/test/fixtures/broken.json"></job-posting>`,
    );
    await el.loadComplete;
    expect(el.error).to.match(/The JSON is broken at line 3, column 17: a comma was expected$/);
    expect(chunks().length).to.equal(1);
  });

  it('shows an error and keeps the fallback for a broken src', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<HTMLElement & { loadComplete: Promise<void> }>(
      html`<job-posting src="/status/404"><a href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting>`,
    );
    await el.loadComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect((el.querySelector('a') as HTMLElement).getClientRects().length).to.be.greaterThan(0);
  });

  it('looks exactly as the source does: the build minifies the CSS without changing a computed style', async () => {
    const { JobPosting } = await import('../../src/job-posting.js');
    if (!customElements.get('source-job-posting')) customElements.define('source-job-posting', class extends JobPosting {});
    useClock(SEED_CLOSES - 10 * DAY);
    const posting = { ...seed, closes: '2021-11-15T12:00' };
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 640px"><job-posting .posting=${posting}></job-posting><source-job-posting .posting=${posting}></source-job-posting></div>`,
    );
    const [built, source] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await built?.updateComplete;
    await source?.updateComplete;
    const styles = (el: Element | undefined): string[] =>
      [...(el?.shadowRoot?.querySelectorAll('*') ?? [])].map((node) => {
        const style = getComputedStyle(node);
        return `${node.localName}.${node.className}: ${[...style].map((p) => `${p}=${style.getPropertyValue(p)}`).join(';')}`;
      });
    const ours = styles(built);
    const theirs = styles(source);
    expect(ours.length).to.be.greaterThan(20);
    const differ = ours.filter((line, i) => line !== theirs[i]).map((line) => line.slice(0, 120));
    expect(differ).to.deep.equal([]);
  });
});
