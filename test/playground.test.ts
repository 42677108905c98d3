import { expect } from '@open-wc/testing';

/** Opens the playground in a frame and waits for its first (or next) update. */
function nextUpdate(doc: Document): Promise<void> {
  return new Promise((resolve) => doc.addEventListener('playground-update', () => resolve(), { once: true }));
}

async function open(hash = ''): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/demo/playground.html${hash}`;
  await loaded;
  const doc = frame.contentDocument as Document;
  if (!doc.getElementById('normalised')?.textContent) await nextUpdate(doc);
  return { frame, doc, win: frame.contentWindow as Window };
}

describe('playground (demo/playground.html)', () => {
  it('shows the sample as cards, warnings, normalised postings and JSON-LD', async () => {
    const { frame, doc } = await open();
    const list = doc.querySelector('job-posting-list') as HTMLElement;
    const card = list.shadowRoot?.querySelector('job-posting');
    expect(card?.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Postdoctoral Research Assistant in Machine Learning');
    const postings = JSON.parse(doc.getElementById('normalised')?.textContent ?? '[]') as { positions: number }[];
    expect(postings[0]?.positions).to.equal(2);
    const ld = JSON.parse(doc.getElementById('json-ld')?.textContent ?? '[]') as { '@type': string; validThrough: string }[];
    expect(ld[0]?.['@type']).to.equal('JobPosting');
    expect(ld[0]?.validThrough).to.equal('2026-12-15T12:00:00Z');
    expect(doc.getElementById('warnings')?.textContent).to.contain('datePosted');
    frame.remove();
  });

  it('explains the sample: where the card title came from, and why the other section is a note', async () => {
    const { frame, doc } = await open();
    const text = doc.getElementById('explain')?.textContent ?? '';
    expect(text).to.contain('Card "Postdoctoral Research Assistant in Machine Learning"');
    expect(text).to.contain('title from: its heading');
    expect(text).to.contain('Note "Fourth Year Project/Master Thesis": no deadline, apply link or open job title');
    frame.remove();
  });

  it('follows typing, keeps the text in the address, and opens from it', async () => {
    const { frame, doc, win } = await open();
    const source = doc.getElementById('source') as HTMLTextAreaElement;
    source.value = JSON.stringify({ title: 'Research Engineer', closes: '2030-01-15T12:00', applyUrl: 'javascript:alert(1)' });
    const updated = nextUpdate(doc);
    source.dispatchEvent(new Event('input'));
    await updated;
    expect(doc.getElementById('warnings')?.textContent).to.contain('applyUrl: "javascript:alert(1)" is not an http(s) link');
    const shared = win.location.hash;
    expect(shared).to.match(/^#z=[\w-]+$/);
    frame.remove();
    const again = await open(shared);
    expect((again.doc.getElementById('source') as HTMLTextAreaElement).value).to.contain('Research Engineer');
    const list = again.doc.querySelector('job-posting-list') as HTMLElement;
    expect(list.shadowRoot?.querySelector('job-posting')?.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Research Engineer');
    again.frame.remove();
  });

  describe('long text', () => {
    /** A recruitment page of about `kb` KB: one vacancy, then the lab's notes. */
    function longPage(kb: number): string {
      const vacancy = '### Research Engineer\n\nOnly applications received before midday on 15 December 2030 can be considered.\n\nApply [here](https://example.org/apply)\n\n';
      const note = (i: number): string => `### Project ${i}\n\nStudents interested in project ${i} should write to the group with a short statement of interest and a CV.\n\n`;
      let text = vacancy;
      for (let i = 1; text.length < kb * 1024; i++) text += note(i);
      return text;
    }
    /** Base64url of UTF-8, the address format the playground wrote first (`#text=`). */
    const base64url = (text: string): string => {
      let binary = '';
      for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
      return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };

    it('opens a 170 KB page from the address, and keeps it there compressed', async function () {
      // Reading 170 KB through the reader and the list takes WebKitGTK longer than the default limit.
      this.timeout(60_000);
      const page = longPage(170);
      const { frame, doc, win } = await open(`#text=${base64url(page)}`);
      expect((doc.getElementById('source') as HTMLTextAreaElement).value).to.equal(page);
      const list = doc.querySelector('job-posting-list') as HTMLElement;
      expect(list.shadowRoot?.querySelector('job-posting')?.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Research Engineer');
      const shared = win.location.hash;
      expect(shared).to.match(/^#z=[\w-]+$/);
      expect(shared.length).to.be.below(page.length / 4);
      frame.remove();
      const again = await open(shared);
      expect((again.doc.getElementById('source') as HTMLTextAreaElement).value).to.equal(page);
      again.frame.remove();
    });

    it('says so when the text is too long for the address, and keeps the last one that fit', async function () {
      // 400 KB read, rendered and compressed: WebKit over WebDriver on a loaded machine needs longer than the default.
      this.timeout(60_000);
      const { frame, doc, win } = await open();
      const before = win.location.hash;
      // Text that does not compress: the address would pass the limit.
      let state = 1;
      const noise = Array.from({ length: 400 * 1024 }, () => {
        state = (state * 48271) % 2147483647;
        return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[state % 62];
      }).join('');
      const source = doc.getElementById('source') as HTMLTextAreaElement;
      source.value = `### Research Engineer\n\n${noise}\n`;
      const updated = nextUpdate(doc);
      source.dispatchEvent(new Event('input'));
      await updated;
      expect(doc.getElementById('address-note')?.textContent).to.match(/^The text is too long to keep in the address \(\d+ KB compressed; at most 256 KB\)/);
      expect(win.location.hash).to.equal(before);
      frame.remove();
    });
  });
});

