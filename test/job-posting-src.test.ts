import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPostingLoadEvent } from '../src/events.js';
import { JobPosting } from '../src/job-posting.js';
import { DAY, gated, isRendered, part, release, SEED_CLOSES, text, useClock } from './helpers.js';

/** A card that records the requests it makes; `ignoreAbort` lets a superseded response arrive anyway. */
class RecordingJobPosting extends JobPosting {
  requests: Request[] = [];
  responses: Promise<Response>[] = [];
  ignoreAbort = false;
  override fetch(request: Request): Promise<Response> {
    this.requests.push(request);
    const response = this.ignoreAbort ? fetch(request.url) : super.fetch(request);
    this.responses.push(response);
    return response;
  }
}
customElements.define('recording-job-posting', RecordingJobPosting);

/** A URL whose answer the server holds until {@link release} is called with it (ids unique across browsers). */

const FALLBACK = html`<a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Current vacancies</a>`;

describe('<job-posting src>', () => {
  beforeEach(() => {
    useClock(SEED_CLOSES - 5 * DAY);
  });
  afterEach(() => {
    sinon.restore();
  });

  it('fetches the seed and shows it', async () => {
    const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" src="/test/fixtures/seed.json">${FALLBACK}</job-posting>`);
    expect(el.state).to.be.oneOf(['loading', 'open']);
    if (el.state === 'loading') await oneEvent(el, 'job-posting-load');
    expect(el.state).to.equal('open');
    expect(text(el, 'title')).to.equal('Postdoctoral Research Assistant in Machine Learning');
    expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-15T12:00:00Z');
    expect((part(el, 'apply') as HTMLAnchorElement).href).to.contain('p_recruitment_id=154006');
    expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(false);
  });

  it('shows the fallback and a loading note while it waits', async () => {
    const url = gated('/test/fixtures/seed.json');
    const el = await fixture<JobPosting>(html`<job-posting src=${url}>${FALLBACK}</job-posting>`);
    expect(el.state).to.equal('loading');
    expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'job-posting-load');
    await release(url);
    await loaded;
    expect(el.state).to.equal('open');
  });

  it('reads a schema.org document', async () => {
    const el = await fixture<JobPosting>(html`<job-posting src="/test/fixtures/seed.jsonld"></job-posting>`);
    await el.loadComplete;
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Postdoctoral Research Assistant in Machine Learning');
    expect(text(el, 'facts')).to.contain('Full-time · Temporary');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  describe('bad input: a clear error, nothing lost', () => {
    const cases: [string, string, RegExp][] = [
      ['a missing document', '/status/404', /the server answered HTTP 404 Not Found$/],
      ['a server error', '/status/500', /the server answered HTTP 500 Internal Server Error$/],
      ['a document that is not JSON', '/test/fixtures/not-json.txt', /expected JSON or Markdown, but it is text\/plain$/],
      ['an empty body', '/test/fixtures/empty.json', /The JSON document is empty$/],
      ['broken JSON', '/test/fixtures/broken.json', /The JSON is broken at line 3, column \d+/],
      ['no title', '/test/fixtures/no-title.json', /The vacancy has no title: add a "title" field$/],
      ['an impossible date', '/test/fixtures/impossible-date.json', /closes: "2021-02-30T12:00" is not a real date$/],
      ['an empty Markdown page', '/echo?type=text/markdown&body=', /The Markdown document is empty$/],
      ['broken YAML front matter', `/echo?type=text/markdown&body=${btoa('---\ntitle: [x\n---\n## Post\n').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`, /The YAML front matter is broken at line \d+: /],
      ['an unreachable server', 'http://127.0.0.1:9/vacancy.json', /the network failed, or that server does not allow this page to read it \(CORS\)$/],
    ];
    for (const [name, src, message] of cases) {
      it(name, async () => {
        const logged = sinon.stub(console, 'error');
        const errors = sinon.spy();
        const wrapper = await fixture<HTMLElement>(html`<div @job-posting-error=${errors}></div>`);
        const el = document.createElement('job-posting');
        el.innerHTML = '<a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Current vacancies</a>';
        el.src = src;
        wrapper.append(el);
        await el.loadComplete;

        expect(el.state).to.equal('error');
        expect(el.error).to.match(message);
        expect(errors.callCount).to.equal(1);
        expect((errors.firstCall.args[0] as CustomEvent<{ message: string }>).detail.message).to.match(message);
        expect(logged.callCount).to.equal(1);
        expect(String(logged.firstCall.args[0])).to.match(message);
        expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
        expect(part(el, 'apply')).to.equal(null);
        logged.restore();
        await expect(el).to.be.accessible();
      });
    }
  });

  it('gives up after the timeout, and says so', async () => {
    sinon.clock?.restore();
    const clock = useClock(SEED_CLOSES - 5 * DAY, { timers: true });
    const logged = sinon.stub(console, 'error');
    const url = gated('/test/fixtures/seed.json');
    const el = await fixture<JobPosting>(html`<job-posting timeout="5" src=${url}>${FALLBACK}</job-posting>`);
    clock.tick(4999);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    clock.tick(1);
    await el.loadComplete;
    expect(el.state).to.equal('error');
    expect(el.error).to.match(/no complete answer within 5 s \(set the timeout attribute to wait longer\)$/);
    expect(logged.callCount).to.equal(1);
    expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
    clock.restore();
    await release(url);
  });

  it('names CORS when another origin refuses to be read', async () => {
    const logged = sinon.stub(console, 'error');
    // 127.0.0.1 is another origin than localhost, and the test server sends no CORS headers.
    const other = `${location.protocol}//127.0.0.1:${location.port}/test/fixtures/seed.json`;
    const el = await fixture<JobPosting>(html`<job-posting src=${other}></job-posting>`);
    await el.loadComplete;
    expect(el.state).to.equal('error');
    expect(el.error).to.contain('that server does not allow this page to read it (CORS)');
    expect(logged.callCount).to.equal(1);
  });

  it('fetches again when src changes', async () => {
    const el = await fixture<JobPosting>(html`<job-posting src="/test/fixtures/seed.json"></job-posting>`);
    await el.loadComplete;
    const loaded = oneEvent(el, 'job-posting-load');
    el.src = '/test/fixtures/other.json';
    expect(((await loaded) as JobPostingLoadEvent).detail.posting.title).to.equal('Research Engineer in Computer Vision');
    expect(text(el, 'title')).to.equal('Research Engineer in Computer Vision');
  });

  it('aborts the older fetch when src changes', async () => {
    const first = gated('/test/fixtures/seed.json');
    const second = gated('/test/fixtures/other.json');
    const el = await fixture<RecordingJobPosting>(html`<recording-job-posting src=${first}></recording-job-posting>`);
    el.src = second;
    await el.updateComplete;
    expect(el.requests.length).to.equal(2);
    expect(el.requests[0]?.signal.aborted).to.equal(true);
    await release(second);
    await el.loadComplete;
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Research Engineer in Computer Vision');
    await release(first);
  });

  it('never lets a response for an older src overwrite a newer one, even one that arrives last', async () => {
    const first = gated('/test/fixtures/seed.json');
    const second = gated('/test/fixtures/other.json');
    const el = document.createElement('recording-job-posting') as RecordingJobPosting;
    el.ignoreAbort = true;
    el.src = first;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    el.src = second;
    await el.updateComplete;
    await release(second);
    await el.loadComplete;
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Research Engineer in Computer Vision');
    const loads = sinon.spy();
    el.addEventListener('job-posting-load', loads);
    await release(first);
    await el.responses[0];
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Research Engineer in Computer Vision');
    expect(loads.callCount).to.equal(0);
  });

  it('aborts its fetch when removed from the page, and fetches again when put back', async () => {
    const url = gated('/test/fixtures/seed.json');
    const el = await fixture<RecordingJobPosting>(html`<recording-job-posting src=${url}></recording-job-posting>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    expect(el.requests[0]?.signal.aborted).to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(el.requests.length).to.equal(2);
    await release(url);
    await el.loadComplete;
    await el.updateComplete;
    expect(el.state).to.equal('open');
  });

  it('prefers the posting property to src', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<RecordingJobPosting>(
      html`<recording-job-posting src="/test/fixtures/seed.json" .posting=${{ title: 'From the property', closes: '2021-11-15' }}></recording-job-posting>`,
    );
    expect(text(el, 'title')).to.equal('From the property');
    expect(el.requests.length).to.equal(0);
  });

  it('resolves a relative apply link against the src URL', async () => {
    const el = await fixture<JobPosting>(html`<job-posting src="/test/fixtures/relative-link.json"></job-posting>`);
    await el.loadComplete;
    await el.updateComplete;
    expect((part(el, 'apply') as HTMLAnchorElement).href).to.equal(`${location.origin}/test/jobs/160000`);
  });

  it('resolves relative links in a posting object against baseUrl, when given one', async () => {
    const posting = { title: 'Research Engineer', closes: '2031-11-30T12:00', applyUrl: '../jobs/160000' };
    const el = await fixture<JobPosting>(html`<job-posting .posting=${posting} .baseUrl=${'/test/fixtures/feed.json'}></job-posting>`);
    expect((part(el, 'apply') as HTMLAnchorElement).href).to.equal(`${location.origin}/test/jobs/160000`);
    el.baseUrl = '';
    await el.updateComplete;
    expect((part(el, 'apply') as HTMLAnchorElement).href).to.equal(new URL('../jobs/160000', document.baseURI).href);
  });
});

describe('<job-posting src>: links in the description', () => {
  /** The description's links and images, as the card shows them. */
  function descriptionUrls(el: JobPosting): string[] {
    const description = part(el, 'description');
    return [...(description?.querySelectorAll<HTMLAnchorElement | HTMLImageElement>('a[href], img[src]') ?? [])].map((n) =>
      n instanceof HTMLAnchorElement ? n.href : n.src,
    );
  }
  const dir = `${location.origin}/test/fixtures/relative/jobs/`;

  it('resolves relative links and images in a Markdown page against the page, not the host page', async () => {
    const el = await fixture<JobPosting>(html`<job-posting src="/test/fixtures/relative/jobs/page.md"></job-posting>`);
    await el.loadComplete;
    expect(descriptionUrls(el)).to.deep.equal([
      `${dir}particulars.pdf`,
      `${location.origin}/test/fixtures/relative/group/`,
      `${dir}lab.png`,
    ]);
    // "Apply [here](apply.html)" is the Apply button, resolved the same way (no fact twice: not in the description too).
    expect((part(el, 'apply') as HTMLAnchorElement).href).to.equal(`${dir}apply.html`);
  });

  it('resolves them in a JSON document against the JSON', async () => {
    const el = await fixture<JobPosting>(html`<job-posting src="/test/fixtures/relative/jobs/description.json"></job-posting>`);
    await el.loadComplete;
    expect(descriptionUrls(el)).to.deep.equal([`${dir}particulars.pdf`, `${dir}lab.png`]);
  });

  it('resolves them in a posting object against baseUrl, else the page', async () => {
    const posting = { title: 'Research Engineer', closes: '2031-11-30T12:00', description: 'See the [particulars](particulars.pdf).' };
    const el = await fixture<JobPosting>(html`<job-posting .posting=${posting} .baseUrl=${'/test/fixtures/relative/jobs/feed.json'}></job-posting>`);
    await el.loadComplete;
    expect(descriptionUrls(el)).to.deep.equal([`${dir}particulars.pdf`]);
    el.baseUrl = '';
    await el.loadComplete;
    expect(descriptionUrls(el)).to.deep.equal([new URL('particulars.pdf', document.baseURI).href]);
  });
});
