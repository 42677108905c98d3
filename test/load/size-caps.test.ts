import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { fetchDocument, MAX_DOCUMENT_BYTES } from '../../src/load/fetch-document.js';
import type { JobPosting } from '../../src/job-posting.js';
import { markdownCard, part, text, useClock } from '../helpers.js';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/**
 * A Markdown response of `size` bytes made as it is read, and how much of it
 * was: `pulled` bytes, and whether the reader cancelled the rest.
 */
function streamed(size: number, headers: Record<string, string> = {}): { response: Response; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const n = Math.min(CHUNK, size - pulled);
        if (n <= 0) return controller.close();
        pulled += n;
        controller.enqueue(new Uint8Array(n).fill(0x78));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, { headers: { 'content-type': 'text/markdown', ...headers } });
  return { response, pulled: () => pulled, cancelled: () => cancelled };
}

async function refusal(response: Response): Promise<string> {
  try {
    await fetchDocument('https://example.org/jobs/page.md', { signal: new AbortController().signal, fetch: () => Promise.resolve(response) });
  } catch (error) {
    return (error as Error).message;
  }
  return 'not refused';
}

describe('the size cap on src', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('is 5 MB', () => {
    expect(MAX_DOCUMENT_BYTES).to.equal(5 * MB);
  });

  it('refuses a body whose Content-Length is over the cap without reading any of it', async () => {
    const body = streamed(50 * MB, { 'content-length': String(50 * MB) });
    expect(await refusal(body.response)).to.equal('Could not read https://example.org/jobs/page.md: it is 50 MB; the widget reads at most 5 MB');
    expect(body.pulled()).to.equal(0);
  });

  it('stops reading a body of no stated size as soon as it passes the cap, and cancels the rest', async () => {
    const body = streamed(50 * MB);
    expect(await refusal(body.response)).to.equal('Could not read https://example.org/jobs/page.md: it is over 5 MB; the widget reads at most 5 MB');
    expect(body.pulled()).to.be.within(MAX_DOCUMENT_BYTES + 1, MAX_DOCUMENT_BYTES + CHUNK);
    expect(body.cancelled()).to.equal(true);
  });

  it('reads a body of exactly the cap', async () => {
    const body = streamed(MAX_DOCUMENT_BYTES);
    const read = await fetchDocument('https://example.org/jobs/page.md', {
      signal: new AbortController().signal,
      fetch: () => Promise.resolve(body.response),
    });
    expect(read.kind === 'markdown' && read.text.length).to.equal(MAX_DOCUMENT_BYTES);
  });

  for (const [how, query, size] of [
    ['said by Content-Length', '?length=1', '50 MB'],
    ['found while reading', '', 'over 5 MB'],
  ]) {
    it(`shows a 50 MB src as the error state, with the fallback (${how})`, async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<JobPosting>(html`<job-posting src=${`/big/${50 * MB}${query}`}><a href="/jobs/">Vacancies</a></job-posting>`);
      await el.loadComplete;
      expect(el.state).to.equal('error');
      expect(el.error).to.contain(`/big/${50 * MB}${query}: it is ${size}; the widget reads at most 5 MB`);
      expect(error.calledWithMatch(/the widget reads at most 5 MB/)).to.equal(true);
    });
  }
});

describe('Markdown nested deeper than marked can read', () => {
  beforeEach(() => {
    useClock(Date.parse('2031-11-01T12:00:00Z'));
  });
  afterEach(() => {
    sinon.restore();
  });

  /** A vacancy whose description ends with `body`. */
  const page = (body: string): string =>
    `### Research Engineer\n\nOnly applications received before midday on 30 November 2031 can be considered.\n\nApply [here](https://example.org/apply)\n\n${body}\n`;
  const pages: [string, string, RegExp][] = [
    ['10 KB of >', `${'>'.repeat(10_240)} deep`, /nests quotes, lists or emphasis deeper than 20 levels/],
    ['10 KB of nested **', `${'**a '.repeat(1_280)}x${' b**'.repeat(1_280)}`, /nests quotes, lists or emphasis deeper than 20 levels/],
    ['200k lines', `Description.\n${'line\n'.repeat(200_000)}`, /The page was cut at line 20,000/],
  ];
  for (const [name, body, warning] of pages) {
    it(`a page with ${name}: the card shows the vacancy, with a warning in the console too`, async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await markdownCard(page(body));
      expect(warn.calledWithMatch(warning)).to.equal(true);
      expect(el.state).to.equal('open');
      expect(text(el, 'title')).to.equal('Research Engineer');
      expect(el.warnings.some((w) => warning.test(w))).to.equal(true, el.warnings.join('\n'));
      expect(part(el, 'description')).to.not.equal(null);
    });
  }

  it('a description nested 10 KB deep is rendered, flattened', async () => {
    const posting = { title: 'Research Engineer', closes: '2031-11-30T12:00', description: `${'>'.repeat(10_240)} deep` };
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<JobPosting>(html`<job-posting .posting=${posting}></job-posting>`);
    await el.loadComplete;
    expect(part(el, 'description')?.querySelectorAll('blockquote').length).to.equal(20);
    expect(warn.calledWithMatch(/The description nests quotes, lists or emphasis deeper than 20 levels/)).to.equal(true);
  });

  it('a list whose note is nested 10 KB deep shows its cards and the note', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('job-posting-list');
    const script = document.createElement('script');
    script.type = 'text/markdown';
    script.textContent = `${page('A post.')}\n### About the group\n\n${'**a '.repeat(1_280)}x${' b**'.repeat(1_280)}\n`;
    list.append(script);
    wrapper.append(list);
    await list.loadComplete;
    expect(list.state).to.equal('ready');
    expect(list.cards.length).to.equal(1);
    expect(list.shadowRoot?.querySelector('[part="note"]')?.querySelectorAll('strong').length).to.equal(20);
  });
});
