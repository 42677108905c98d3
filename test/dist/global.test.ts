import { expect, fixture, html } from '@open-wc/testing';

// The classic-script build, loaded with <script src defer> as a CMS page would — twice.
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

describe('dist/job-posting.global.js (the classic-script build)', () => {
  const errors: ErrorEvent[] = [];
  const onError = (e: ErrorEvent): number => errors.push(e);

  before(async () => {
    window.addEventListener('error', onError);
    await loadClassicScript('/dist/job-posting.global.js');
    await loadClassicScript('/dist/job-posting.global.js?copy=2');
    window.removeEventListener('error', onError);
  });

  it('registers <job-posting>, and a second copy on the page throws nothing', () => {
    expect(customElements.get('job-posting')).to.be.a('function');
    expect(errors.map((e) => e.message)).to.deep.equal([]);
  });

  it('renders an inline vacancy', async () => {
    const el = await fixture<HTMLElement>(
      html`<job-posting><script type="application/json">{"title": "Research Engineer", "closes": "2021-11-15", "applyUrl": "https://www.eng.ox.ac.uk/jobs/"}</script></job-posting>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Research Engineer');
    expect(el.shadowRoot?.querySelector('[part="deadline"]')?.getAttribute('datetime')).to.equal('2021-11-15');
  });
});
