import { expect } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  __xss?: number;
}
type Loading = HTMLElement & { loadComplete: Promise<void>; state: string };

/** Opens a test page in a frame and waits until every card and list shows what it was given. */
async function open(name: string): Promise<{ win: ProbeWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/locked/${name}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as ProbeWindow & typeof globalThis;
  await win.customElements.whenDefined('job-posting');
  await win.customElements.whenDefined('job-posting-list');
  const doc = frame.contentDocument as Document;
  for (const el of doc.querySelectorAll<Loading>('job-posting, job-posting-list')) await el.loadComplete;
  return { win, doc, frame };
}

function shows(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of doc.querySelectorAll<Loading>('job-posting, job-posting-list')) out[el.id] = el.state;
  return out;
}

describe('locked-down pages', () => {
  for (const policy of ['csp', 'trusted-types', 'both']) {
    it(`works under ${policy === 'csp' ? "CSP default-src/script-src/style-src 'self'" : policy === 'trusted-types' ? "require-trusted-types-for 'script'" : 'both'}`, async () => {
      const { win, doc, frame } = await open(policy);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      expect(shows(doc)).to.deep.equal({ json: 'open', markdown: 'closed', 'schema-org': 'open', list: 'ready' });
      const ld = doc.getElementById('schema-org')?.shadowRoot?.querySelector('[part="description"]');
      expect(ld?.querySelector('b')?.textContent).to.equal('robustness');
      expect(ld?.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
      const list = doc.getElementById('list');
      expect(list?.shadowRoot?.querySelectorAll('job-posting').length).to.equal(3);
      frame.remove();
    });
  }

  it('survives aggressive global CSS, an old Array polyfill and a second copy of the bundle', async () => {
    const { win, doc, frame } = await open('hostile-css');
    expect(win.__errors).to.deep.equal([]);
    expect(shows(doc)).to.deep.equal({ json: 'open', markdown: 'closed', 'schema-org': 'open', list: 'ready' });
    const card = doc.getElementById('json') as HTMLElement;
    const apply = card.shadowRoot?.querySelector('[part="apply"]') as HTMLElement;
    // The page hides every <a> and shrinks text; the card's own links and text are untouched.
    expect(apply.getClientRects().length).to.be.greaterThan(0);
    expect(win.getComputedStyle(apply).display).to.equal('inline-block');
    const title = card.shadowRoot?.querySelector('[part="title"]') as HTMLElement;
    expect(parseFloat(win.getComputedStyle(title).fontSize)).to.be.greaterThan(12);
    expect(card.getBoundingClientRect().width).to.be.greaterThan(300);
    frame.remove();
  });
});
