import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { JobPostingList } from '../src/job-posting-list.js';
import { gated, isRendered, part, release, text, useClock } from './helpers.js';

/** A page written for the tests on the lab's pattern (test/fixtures/pages/), so a clone alone passes: three vacancies and a note. */
const SEVERAL_PAGE = '/test/fixtures/pages/several-vacancies.md';

describe('<job-posting-list>', () => {
  beforeEach(() => {
    useClock(Date.parse('2025-03-20T12:00:00Z'));
  });
  afterEach(() => {
    sinon.restore();
  });

  it('lists every vacancy in page order, then the notes', async () => {
    sinon.stub(console, 'warn');
    const list = await fixture<JobPostingList>(html`<job-posting-list src=${SEVERAL_PAGE}></job-posting-list>`);
    await list.loadComplete;
    expect(list.state).to.equal('ready');
    expect(list.cards.map((c) => text(c, 'title'))).to.deep.equal([
      'Fellowship in AI for Materials Discovery',
      'Fellowship in AI for Climate Forecasting',
      'Postdoctoral Research Assistant in Machine Learning',
    ]);
    const notes = [...(list.shadowRoot?.querySelectorAll('[part="note-title"]') ?? [])].map((n) => n.textContent);
    expect(notes).to.deep.equal(['Fourth Year Project/Master Thesis']);
    await expect(list).to.be.accessible();
  });

  it('hides closed vacancies with hide-closed', async () => {
    sinon.stub(console, 'warn');
    sinon.clock.setSystemTime(Date.parse('2025-04-01T12:00:00Z'));
    const list = await fixture<JobPostingList>(html`<job-posting-list hide-closed src=${SEVERAL_PAGE}></job-posting-list>`);
    await list.loadComplete;
    expect(list.cards.length).to.equal(2);
    expect(list.vacancies.length).to.equal(3);
  });

  it('says when there are no current vacancies', async () => {
    const list = await fixture<JobPostingList>(html`<job-posting-list src="/test/fixtures/pages/none.md"></job-posting-list>`);
    await list.loadComplete;
    expect(list.state).to.equal('ready');
    expect(list.shadowRoot?.querySelector('[part="empty"]')?.textContent).to.equal('No current vacancies');
    expect(list.cards.length).to.equal(0);
  });

  it('passes time-zone down, and reads a JSON list', async () => {
    const postings = [
      { title: 'A', closes: '2025-04-01T12:00', applyUrl: 'https://example.org/a' },
      { title: 'B', closes: '2025-04-02T12:00', applyUrl: 'https://example.org/b' },
    ];
    const list = await fixture<JobPostingList>(
      html`<job-posting-list time-zone="America/New_York"><script type="application/json">${JSON.stringify(postings)}</script></job-posting-list>`,
    );
    await list.loadComplete;
    expect(list.cards.map((c) => part(c, 'deadline')?.getAttribute('datetime'))).to.deep.equal(['2025-04-01T16:00:00Z', '2025-04-02T16:00:00Z']);
  });

  it('fetches through its fetch method, which a subclass can override (credentials, headers)', async () => {
    const requests: Request[] = [];
    class CredentialedList extends JobPostingList {
      override fetch(request: Request): Promise<Response> {
        const withCredentials = new Request(request, { credentials: 'include' });
        requests.push(withCredentials);
        return super.fetch(withCredentials);
      }
    }
    if (!customElements.get('credentialed-list')) customElements.define('credentialed-list', CredentialedList);
    sinon.stub(console, 'warn');
    const list = document.createElement('credentialed-list') as CredentialedList;
    list.src = SEVERAL_PAGE;
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.append(list);
    await list.loadComplete;
    expect(requests.map((r) => [new URL(r.url).pathname, r.credentials])).to.deep.equal([[SEVERAL_PAGE, 'include']]);
    expect(list.cards.length).to.equal(3);
  });

  it('aborts its fetch when removed from the page, and loads again when put back', async () => {
    sinon.stub(console, 'warn');
    const url = gated(SEVERAL_PAGE);
    const requests: Request[] = [];
    class RecordingList extends JobPostingList {
      override fetch(request: Request): Promise<Response> {
        requests.push(request);
        return super.fetch(request);
      }
    }
    if (!customElements.get('recording-list')) customElements.define('recording-list', RecordingList);
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('recording-list') as RecordingList;
    list.src = url;
    holder.append(list);
    await list.updateComplete;
    list.remove();
    expect(requests[0]?.signal.aborted).to.equal(true);
    holder.append(list);
    await list.updateComplete;
    expect(requests.length).to.equal(2);
    await release(url);
    await list.loadComplete;
    expect(list.state).to.equal('ready');
    expect(list.cards.length).to.equal(3);
  });

  it("resolves a JSON list's relative links against the list's URL, as the card does", async () => {
    const list = await fixture<JobPostingList>(html`<job-posting-list src="/test/fixtures/relative-link.json"></job-posting-list>`);
    await list.loadComplete;
    expect(list.cards[0]?.normalizedPosting?.applyUrl).to.equal(`${location.origin}/test/jobs/160000`);
  });

  it('passes structured-data down: one JSON-LD JobPosting per open vacancy in the head', async () => {
    sinon.stub(console, 'warn');
    const list = await fixture<JobPostingList>(html`<job-posting-list structured-data src=${SEVERAL_PAGE}></job-posting-list>`);
    await list.loadComplete;
    const scripts = [...document.head.querySelectorAll('script[type="application/ld+json"][data-job-posting]')];
    const titles = scripts.map((s) => (JSON.parse(s.textContent ?? '{}') as { title?: string }).title).sort();
    expect(titles).to.deep.equal(list.cards.filter((c) => c.state !== 'closed').map((c) => c.normalizedPosting?.title).sort());
    expect(titles.length).to.be.greaterThan(0);
    list.remove();
    expect(document.head.querySelectorAll('script[data-job-posting]').length).to.equal(0);
  });

  it('reads a <script> the page appends just after the list, with no error in between', async () => {
    const errors = sinon.stub(console, 'error');
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('job-posting-list');
    holder.append(list);
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify([{ title: 'A', closes: '2025-04-01T12:00' }]) });
    list.append(script);
    const failed = sinon.spy();
    list.addEventListener('job-posting-error', failed);
    await list.loadComplete;
    expect(list.state).to.equal('ready');
    expect(list.cards.length).to.equal(1);
    expect(errors.callCount).to.equal(0);
    expect(failed.callCount).to.equal(0);
  });

  it('says so when given no document at all', async () => {
    const logged = sinon.stub(console, 'error');
    const list = await fixture<JobPostingList>(html`<job-posting-list><a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting-list>`);
    // A page script may still give it one: it waits, quietly, for one more task.
    expect(list.state).to.equal('loading');
    expect(logged.callCount).to.equal(0);
    await list.loadComplete;
    expect(list.state).to.equal('error');
    expect(list.error).to.contain('No document given');
    expect(logged.callCount).to.equal(1);
    expect(isRendered(list.querySelector('.fallback') as Element)).to.equal(true);
  });

  it('shows an error and keeps the fallback when the page cannot be loaded', async () => {
    const logged = sinon.stub(console, 'error');
    const list = await fixture<JobPostingList>(html`<job-posting-list src="/status/404"><a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting-list>`);
    await list.loadComplete;
    expect(list.state).to.equal('error');
    expect(list.error).to.contain('HTTP 404');
    // Visitors read a plain sentence; the reason is the page author's.
    expect(list.shadowRoot?.querySelector('[part="error"]')?.textContent).to.equal('The vacancies could not be shown.');
    expect(String(logged.firstCall.args[0])).to.contain('HTTP 404');
    expect(logged.callCount).to.equal(1);
    expect(isRendered(list.querySelector('.fallback') as Element)).to.equal(true);
  });

  describe('long posts folded', () => {
    /** The lab's page of two long posts, each six paragraphs with its salary, deadline and apply lines. */
    const LONG_PAGE = '/test/fixtures/pages/long-posts.md';
    const paragraphs = (card: JobPosting): HTMLElement[] => [...(part(card, 'description')?.querySelectorAll('p') ?? [])];
    /** Laid out and not inside a closed <details> (content-visibility: hidden), where the engine can tell. */
    const visible = (el: Element): boolean => isRendered(el) && (!('checkVisibility' in el) || el.checkVisibility());

    beforeEach(() => sinon.clock.setSystemTime(Date.parse('2025-12-10T12:00:00Z')));

    async function longList(attributes = ''): Promise<JobPostingList> {
      const list = await fixture<JobPostingList>(
        attributes ? html`<job-posting-list description=${attributes} src=${LONG_PAGE}></job-posting-list>` : html`<job-posting-list src=${LONG_PAGE}></job-posting-list>`,
      );
      await list.loadComplete;
      return list;
    }

    it('a list folds each card: the first paragraph shows, the rest is in the DOM behind "Show full description of …"', async () => {
      const list = await longList();
      expect(list.cards.length).to.equal(2);
      for (const card of list.cards) {
        expect(card.getAttribute('description')).to.equal('summary');
        const more = part(card, 'more') as HTMLElement;
        expect(more.localName).to.equal('summary');
        expect(more.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Show full description of ${text(card, 'title')}`);
        const ps = paragraphs(card);
        expect(ps.length, 'paragraphs').to.be.at.least(5);
        expect(visible(ps[0]), 'first paragraph').to.equal(true);
        expect(visible(ps.at(-1) as HTMLElement), 'last paragraph').to.equal(false);
        // The full text stays in the DOM, for find-in-page and crawlers.
        expect(ps.at(-1)?.textContent).to.match(/^Closing date: 12 noon on (15|22) January 2026/);
        for (const name of ['facts', 'deadline', 'countdown', 'apply']) expect(isRendered(part(card, name) as HTMLElement), name).to.equal(true);
      }
    });

    it('the control shows the rest', async () => {
      const list = await longList();
      const [card] = list.cards as [JobPosting];
      (part(card, 'more') as HTMLElement).click();
      expect(visible(paragraphs(card).at(-1) as HTMLElement)).to.equal(true);
    });

    it('a list with description="full" shows every description whole', async () => {
      const list = await longList('full');
      for (const card of list.cards) {
        expect(card.getAttribute('description')).to.equal('full');
        expect(part(card, 'more')).to.equal(null);
        expect(visible(paragraphs(card).at(-1) as HTMLElement)).to.equal(true);
      }
    });

    it('description="none" shows no description; junk folds as the default does', async () => {
      const none = await longList('none');
      for (const card of none.cards) expect(part(card, 'description')).to.equal(null);
      const junk = await longList('folded');
      for (const card of junk.cards) expect(part(card, 'more')).to.not.equal(null);
    });

    it('a lone card shows the whole description; summary folds it, none hides it, junk shows it whole', async () => {
      const lone = await fixture<JobPosting>(html`<job-posting src=${LONG_PAGE}></job-posting>`);
      await lone.loadComplete;
      expect(lone.description).to.equal('full');
      expect(part(lone, 'more')).to.equal(null);
      expect(visible(paragraphs(lone).at(-1) as HTMLElement)).to.equal(true);
      lone.description = 'summary';
      await lone.updateComplete;
      expect(visible(paragraphs(lone).at(-1) as HTMLElement)).to.equal(false);
      lone.setAttribute('description', 'none');
      await lone.updateComplete;
      expect(part(lone, 'description')).to.equal(null);
      lone.setAttribute('description', 'all of it');
      await lone.updateComplete;
      expect(lone.description).to.equal('full');
      expect(visible(paragraphs(lone).at(-1) as HTMLElement)).to.equal(true);
    });

    it('a plain-text description folds too, before (or without) the Markdown chunk', async () => {
      const posting = { title: 'Lab manager', closes: '2026-01-15T12:00', description: 'First.\n\nSecond.\n\nThird.' };
      const card = await fixture<JobPosting>(html`<job-posting description="summary" .posting=${posting}></job-posting>`);
      await card.loadComplete;
      expect(paragraphs(card).map((p) => p.textContent)).to.deep.equal(['First.', 'Second.', 'Third.']);
      expect(visible(paragraphs(card)[0])).to.equal(true);
      expect(visible(paragraphs(card)[2])).to.equal(false);
      const single = await fixture<JobPosting>(html`<job-posting description="summary" .posting=${{ ...posting, description: 'Only.' }}></job-posting>`);
      expect(part(single, 'more'), 'nothing to fold').to.equal(null);
    });
  });
});
