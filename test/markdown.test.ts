import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { DAY, isRendered, markdownCard, part, text, useClock } from './helpers.js';
import { setStrings, strings } from '../src/strings.js';

/** A page written for the tests on the lab's pattern (test/fixtures/pages/), so a clone alone passes. */
const SEED_PAGE = '/test/fixtures/pages/one-vacancy.md';
const SEED_CLOSES = Date.parse('2021-11-15T12:00:00Z');

/** What a card shows, as a candidate would read it. */
function readCard(el: JobPosting): Record<string, string | null> {
  return {
    title: text(el, 'title'),
    meta: text(el, 'meta'),
    facts: text(el, 'facts'),
    deadline: part(el, 'deadline')?.getAttribute('datetime') ?? null,
    deadlineText: text(el, 'deadline'),
    countdown: text(el, 'countdown'),
    apply: (part(el, 'apply') as HTMLAnchorElement | null)?.href ?? null,
    contact: text(el, 'contact'),
    description: text(el, 'description'),
  };
}

describe('Markdown vacancies', () => {
  beforeEach(() => {
    useClock(SEED_CLOSES - 5 * DAY);
  });
  afterEach(() => {
    sinon.restore();
  });

  it('the seed page renders the same card inlined, fetched by src, and listed', async () => {
    const source = await (await fetch(SEED_PAGE)).text();
    const fetched = await fixture<JobPosting>(html`<job-posting lang="en-GB" local-time-zone="Europe/London" src=${SEED_PAGE}></job-posting>`);
    await fetched.loadComplete;
    const inline = await markdownCard(source, { lang: 'en-GB', 'local-time-zone': 'Europe/London' });
    const list = await fixture<JobPostingList>(html`<job-posting-list lang="en-GB" local-time-zone="Europe/London" description="full" src=${SEED_PAGE}></job-posting-list>`);
    await list.loadComplete;
    const listed = list.cards[0];

    const card = readCard(fetched);
    expect(card.title).to.equal('Postdoctoral Research Assistant in Robust Vision');
    expect(card.meta).to.equal('2 posts');
    expect(card.facts).to.contain('Grade 7: £34,100 - £36,900 per annum');
    expect(card.facts).to.contain('Fixed-term for 2 years in the first instance');
    expect(card.facts).to.contain('Funded by EPSRC');
    expect(card.deadline).to.equal('2021-11-15T12:00:00Z');
    expect(card.deadlineText).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
    expect(card.apply).to.contain('p_recruitment_id=900101');
    // No fact twice: the salary is a fact, not a paragraph too; the lab's enquiries sentence names the address, so the card's own line goes.
    expect(part(fetched, 'contact')).to.equal(null);
    expect(card.description).to.contain('Informal enquiries may be addressed to vision.jobs@eng.example.ac.uk.');
    const whole = fetched.shadowRoot?.textContent ?? '';
    expect([whole.split('£34,100 - £36,900').length - 1, whole.split('vision.jobs@eng.example.ac.uk').length - 1]).to.deep.equal([1, 1]);
    // What only the lab's words carry stays.
    expect(card.description).to.contain('Please upload a covering letter');
    expect(card.description).to.contain('keep learning without forgetting');
    expect(readCard(inline)).to.deep.equal(card);
    expect(readCard(listed)).to.deep.equal(card);
    expect(list.cards.length).to.equal(1);
    expect(list.state).to.equal('ready');
  });

  it('renders the description as sanitised Markdown', async () => {
    const md = `---
title: Recruitment
---
## [Research Engineer](https://my.corehr.com/x?p_recruitment_id=1)

Only applications received before midday on 20 November 2021 can be considered.

**Bold**, a [link](https://example.org/a), a [bad link](javascript:alert(1)) and <img src=x onerror="window.__pwned = 1"><script>window.__pwned = 1</script>

<form action="https://evil.example/"><input name="cv" type="file"></form>
<p style="position:fixed;inset:0">overlay</p>
`;
    const el = await markdownCard(md);
    const description = part(el, 'description') as HTMLElement;
    expect(description.querySelector('strong')?.textContent).to.equal('Bold');
    const links = [...description.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a', null]);
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).to.equal(true);
    // Compare strings, never elements: a failing assertion on a DOM node can hang the runner.
    expect(description.querySelector('script, form, input, [style], [onerror]')?.outerHTML ?? null).to.equal(null);
    expect([...description.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([`${location.origin}/x`]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.state).to.equal('open');
  });

  it('shows one vacancy of many, chosen by recruitment id, slug or position', async () => {
    const md = `## [Senior Research Associate](https://my.corehr.com/x?p_recruitment_id=158846)
Closing date: 20 November 2021.

## Postdoctoral Research Assistant
Closing date: 21 November 2021. Apply [here](https://my.corehr.com/x?p_recruitment_id=159132)
`;
    const card = (vacancy: string): Promise<JobPosting> => markdownCard(md, { vacancy });
    expect(text(await card(''), 'title')).to.equal('Senior Research Associate');
    expect(text(await card('159132'), 'title')).to.equal('Postdoctoral Research Assistant');
    expect(text(await card('2'), 'title')).to.equal('Postdoctoral Research Assistant');
    expect(text(await card('senior-research-associate'), 'title')).to.equal('Senior Research Associate');
    const logged = sinon.stub(console, 'error');
    const missing = await card('999999');
    expect(missing.state).to.equal('error');
    expect(missing.error).to.contain('vacancy="999999": the document has 2 vacancies');
    const unknown = await card('lecturer');
    expect(unknown.error).to.contain('vacancy="lecturer" matches none of the document\'s vacancies (158846, 159132)');
    expect(logged.callCount).to.equal(2);
  });

  it('tells the page author what it could not read, once, naming the vacancy', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<JobPosting>(html`<job-posting><script type="text/markdown">
      ### 2. Research Fellow
      Closing: 30th April
    </script></job-posting>`);
    await el.loadComplete;
    expect(el.warnings).to.deep.equal([
      '"Research Fellow": the closing date "Closing: 30th April" gives no year; read as 2022',
      '"Research Fellow": no apply link found; add e.g. "Apply [here](https://…)"',
    ]);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('"Research Fellow"');
    // Shown on the card too: a deadline the reader is unsure of is never shown silently.
    expect(text(el, 'deadline-warning')).to.equal('The advert gives no year for this date; 2022 is assumed.');
  });

  it('reads numeric dates month first when its time-zone is American, and tells the author how to be sure', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<JobPosting>(html`<job-posting time-zone="America/New_York"><script type="text/markdown">
      ## Research Fellow
      Closing date: 4/08/2022. Apply [here](https://jobs.example.ac.uk/vacancy/4411).
    </script></job-posting>`);
    await el.loadComplete;
    expect(el.normalizedPosting?.deadline?.date).to.equal('2022-04-08');
    expect(el.normalizedPosting?.deadline?.unsure).to.deep.equal({ code: 'day-month-order', other: '2022-08-04' });
    expect(warn.calledWithMatch(/read month first, not as 2022-08-04: write the month in words/)).to.equal(true);
  });

  it('words what it is unsure of from the strings table, so setStrings reaches it', async () => {
    const original = { unsureOrder: strings.unsureOrder };
    setStrings({ unsureOrder: 'Date ambiguë ; peut-être le {other}.' });
    sinon.stub(console, 'warn');
    try {
      const el = await fixture<JobPosting>(html`<job-posting><script type="text/markdown">
        ## Research Fellow
        Closing date: 4/08/2022. Apply [here](https://jobs.example.ac.uk/vacancy/4411).
      </script></job-posting>`);
      await el.loadComplete;
      expect(text(el, 'deadline-warning')).to.equal('Date ambiguë ; peut-être le 2022-04-08.');
      expect(el.normalizedPosting?.deadline?.unsure).to.deep.equal({ code: 'day-month-order', other: '2022-04-08' });
    } finally {
      setStrings(original);
    }
  });

  it('reads inline Markdown as the Jekyll include writes it (a JSON string, data-encoding="json"), markup in it staying text', async () => {
    const md = `## Research Engineer
Only applications received before midday on 20 November 2021 can be considered. Apply [here](https://my.corehr.com/x?p_recruitment_id=1)

Tags such as \`</SCRIPT><img src=x onerror="window.__pwned = 1">\` and \`<!--<script>\` are text here.`;
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<job-posting><script type="text/markdown" data-encoding="json">${JSON.stringify(md).replace(/</g, '\\u003c')}</script></job-posting><p>after</p>`;
    const el = holder.querySelector('job-posting') as JobPosting;
    await el.loadComplete;
    expect(el.state).to.equal('open');
    expect(text(el, 'title')).to.equal('Research Engineer');
    expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-20T12:00:00Z');
    expect(text(el, 'description')).to.contain('</SCRIPT><img src=x onerror="window.__pwned = 1"> and <!--<script> are text here.');
    expect(holder.lastElementChild?.outerHTML).to.equal('<p>after</p>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps Liquid-looking braces in Markdown a site generator already rendered (data-encoding="json"), and reads them as tags in a page’s source', async () => {
    const md = '## Research Engineer {% if cuda %} and {{ user.name }}\nClosing date: 20 November 2021. Apply [here](https://my.corehr.com/x?p_recruitment_id=1)\n';
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<job-posting><script type="text/markdown" data-encoding="json">${JSON.stringify(md)}</script></job-posting><job-posting><script type="text/markdown">${md}</script></job-posting>`;
    const [rendered, source] = [...holder.querySelectorAll('job-posting')] as JobPosting[];
    await Promise.all([rendered.loadComplete, source.loadComplete]);
    expect(text(rendered, 'title')).to.equal('Research Engineer {% if cuda %} and {{ user.name }}');
    // In a page's source, {% … %} is a tag the built site would not show.
    expect(text(source, 'title')).to.equal('Research Engineer and {{ user.name }}');
  });

  it('says when front matter is broken, with its line', async () => {
    const logged = sinon.stub(console, 'error');
    const el = await fixture<JobPosting>(html`<job-posting><script type="text/markdown">---
title: Recruitment
closes: [2021-11-15
---
## Post</script><a class="fallback" href="https://www.eng.ox.ac.uk/jobs/">Vacancies</a></job-posting>`);
    await el.loadComplete;
    expect(el.state).to.equal('error');
    expect(el.error).to.match(/The YAML front matter is broken at line \d+/);
    expect(logged.callCount).to.equal(1);
    expect(isRendered(el.querySelector('.fallback') as Element)).to.equal(true);
  });

  it('uses front-matter fields as defaults for every vacancy', async () => {
    const el = await fixture<JobPosting>(html`<job-posting><script type="text/markdown">---
layout: page
title: "Recruitment"
permalink: "/recruitment/"
closes: "2021-11-15T12:00"
timeZone: America/New_York
organization: University of Oxford
---
## Research Engineer
Apply [here](https://www.eng.ox.ac.uk/jobs/job-detail?vacancyID=160000)
</script></job-posting>`);
    await el.loadComplete;
    expect(text(el, 'title')).to.equal('Research Engineer');
    expect(text(el, 'meta')).to.equal('University of Oxford');
    expect(part(el, 'deadline')?.getAttribute('datetime')).to.equal('2021-11-15T17:00:00Z');
  });
});
