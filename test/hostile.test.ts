import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { markdownCard, useClock } from './helpers.js';
import { dangers, PAYLOADS } from './hostile-payloads.js';

// Hostile text (test/hostile-payloads.ts) in every place that takes text.

const base = {
  title: 'Research Engineer',
  closes: '2026-12-15T12:00',
  applyUrl: 'https://my.corehr.com/x?p_recruitment_id=1',
  contact: 'philip.torr@eng.ox.ac.uk',
};
const FIELDS = ['title', 'organization', 'department', 'location', 'salary', 'contract', 'hours', 'funding', 'reference', 'description', 'contact', 'applyUrl', 'posted', 'closes', 'timeZone', 'employmentType'];

const echo = (type: string, body: string): string => {
  const bytes = new TextEncoder().encode(body);
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `/echo?type=${encodeURIComponent(type)}&body=${b64}`;
};

describe('hostile content', () => {
  beforeEach(() => {
    useClock(Date.parse('2026-11-26T12:00:00Z'));
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    delete (window as { __xss?: number }).__xss;
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1}: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
      const cards: JobPosting[] = [];
      // Every JSON field.
      for (const field of FIELDS) {
        const posting = { ...base, [field]: field === 'employmentType' ? [payload] : payload };
        cards.push(await fixture<JobPosting>(html`<job-posting .posting=${posting}></job-posting>`));
      }
      // A schema.org description (HTML) and name.
      cards.push(
        await fixture<JobPosting>(html`<job-posting .posting=${{ '@type': 'JobPosting', title: payload, description: payload, validThrough: '2026-12-15T12:00:00Z', url: base.applyUrl }}></job-posting>`),
      );
      // A Markdown body, and a Markdown heading, inline…
      const page = `## ${payload}\n\n${payload}\n\nOnly applications received before midday on 15 December 2026 can be considered.\n\n[Apply](${payload.startsWith('[') ? 'https://my.corehr.com/y' : payload})\n`;
      cards.push(await markdownCard(page));
      // …and fetched by src.
      const fetched = await fixture<JobPosting>(html`<job-posting src=${echo('text/markdown', page)}></job-posting>`);
      await fetched.loadComplete;
      cards.push(fetched);
      // A list of the same page.
      const list = await fixture<JobPostingList>(html`<job-posting-list src=${echo('text/markdown', page)}></job-posting-list>`);
      await list.loadComplete;

      for (const card of cards) await card.loadComplete;
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      for (const card of cards) {
        expect(card.state, 'the card still renders').to.be.oneOf(['open', 'closing-soon', 'no-deadline', 'closed', 'error']);
        expect(dangers(card.shadowRoot)).to.deep.equal([]);
        const apply = card.shadowRoot?.querySelector('[part~="apply"]')?.getAttribute('href');
        if (apply) expect(apply).to.match(/^https?:/);
      }
      expect(list.state).to.equal('ready');
      expect(dangers(list.shadowRoot)).to.deep.equal([]);
      expect(document.querySelector('base, meta[http-equiv], body > style')?.outerHTML ?? null).to.equal(null);
      expect(getComputedStyle(document.body).display).to.equal('block');
    });
  });
});
