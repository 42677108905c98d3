import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { DAY, seed, SEED_CLOSES, useClock } from './helpers.js';

const scripts = (): HTMLScriptElement[] => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-job-posting]')];

describe('structured-data', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = useClock(SEED_CLOSES - 2 * DAY, { timers: true });
    sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
  });

  it('puts one JobPosting per card in the head, with the sanitised description', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <job-posting structured-data .posting=${{ ...seed, posted: '2021-10-20', location: 'Central Oxford', description: 'Work on **robustness**.' }}></job-posting>
      <job-posting structured-data .posting=${{ ...seed, title: 'Research Engineer', posted: '2021-10-20', location: 'Oxford, GB' }}></job-posting>
      <job-posting .posting=${seed}></job-posting>
    </div>`);
    for (const el of wrapper.querySelectorAll('job-posting')) await (el).loadComplete;
    // Each card's code for it loads on first use, so their order in the head is not fixed.
    const found = scripts()
      .map((s) => JSON.parse(s.text) as Record<string, unknown>)
      .sort((a, b) => String(a['title']).localeCompare(String(b['title'])));
    expect(found.map((j) => j['title'])).to.deep.equal(['Postdoctoral Research Assistant in Machine Learning', 'Research Engineer']);
    expect(found[0]?.['description']).to.equal('<p>Work on <strong>robustness</strong>.</p>\n');
    expect(found[0]?.['validThrough']).to.equal('2021-11-15T12:00:00Z');
    wrapper.remove();
    expect(scripts()).to.deep.equal([]);
  });

  it('removes it when the posting closes', async () => {
    const el = await fixture<JobPosting>(html`<job-posting structured-data .posting=${seed}></job-posting>`);
    await el.loadComplete;
    expect(scripts().length).to.equal(1);
    clock.tick(2 * DAY);
    await el.updateComplete;
    expect(el.state).to.equal('closed');
    expect(scripts()).to.deep.equal([]);
  });

  it('follows the card into an iframe: gone from this page, in the head of the iframe\'s document', async () => {
    const el = await fixture<JobPosting>(html`<job-posting structured-data .posting=${seed}></job-posting>`);
    await el.loadComplete;
    expect(scripts().length).to.equal(1);
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    try {
      const inner = iframe.contentDocument as Document;
      inner.body.append(el);
      await el.loadComplete;
      expect(scripts()).to.deep.equal([]);
      const placed = [...inner.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-job-posting]')];
      expect(placed.map((s) => (JSON.parse(s.text) as { title: string }).title)).to.deep.equal([seed.title]);
      // And back: one script, in this page's head again.
      document.body.append(el);
      await el.loadComplete;
      expect(scripts().length).to.equal(1);
      expect(inner.head.querySelectorAll('script').length).to.equal(0);
    } finally {
      el.remove();
      iframe.remove();
    }
  });

  it('warns about required properties it cannot fill, naming the vacancy', async () => {
    const warn = console.warn as sinon.SinonStub;
    const el = await fixture<JobPosting>(html`<job-posting structured-data .posting=${{ title: 'Research Engineer', closes: '2021-11-15' }}></job-posting>`);
    await el.loadComplete;
    const said = warn.getCalls().map((c) => String(c.args[0])).join('\n');
    expect(said).to.contain('"Research Engineer"');
    expect(said).to.contain('"datePosted" is required by job search engines');
    el.remove();
  });
});
