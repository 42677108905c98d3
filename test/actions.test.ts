import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { strings } from '../src/testing.js';
import { DAY, part, seed, SEED_CLOSES, text, useClock } from './helpers.js';

describe('for candidates', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = useClock(SEED_CLOSES - 2 * DAY);
  });
  afterEach(() => {
    sinon.restore();
  });

  it('"Add to calendar" downloads an .ics of the deadline with a reminder', async () => {
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    const downloads: { name: string; text: string }[] = [];
    // Watch the download the button starts (the page's own anchor click), and read the file.
    let started: () => void = () => undefined;
    const download = new Promise<void>((resolve) => (started = resolve));
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, text: this.href });
      started();
    });
    (part(el, 'calendar') as HTMLButtonElement).click();
    await download;
    click.restore();
    expect(downloads.length).to.equal(1);
    expect(downloads[0]?.name).to.equal('Postdoctoral Research Assistant in Machine Learning.ics');
    const blob = await (await fetch(downloads[0]?.text ?? '')).blob();
    expect(blob.type).to.match(/^text\/calendar\b/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await blob.text()) as unknown[]).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toJSDate().getTime()).to.equal(SEED_CLOSES);
  });

  it('"Copy link" copies the link to the vacancy, and says so to a screen reader', async function () {
    if (!(await executeServerCommand('grant-clipboard'))) this.skip();
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    expect(await el.shareLink()).to.equal('copied');
    await el.updateComplete;
    expect(await navigator.clipboard.readText()).to.equal(seed.applyUrl);
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('Link copied');
  });

  describe('what the buttons say for a moment after they were used', () => {
    /** The card's live region: what a screen reader hears. */
    const said = (el: JobPosting): string | undefined => el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? undefined;
    /** Clicks `name`'s button and resolves once its label changes (the extras chunk may load first; no timers). */
    const press = (el: JobPosting, name: string): Promise<unknown> => {
      const button = part(el, name) as HTMLButtonElement;
      const changed = new Promise((resolve) => new MutationObserver(resolve).observe(button, { subtree: true, childList: true, characterData: true }));
      button.click();
      return changed;
    };
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      sinon.restore();
      clock = useClock(SEED_CLOSES - 2 * DAY, { timers: true });
    });

    it('"Copy link" shows "Link copied" for two seconds, and the screen reader hears it once, from the live region', async function () {
      if (!(await executeServerCommand('grant-clipboard'))) this.skip();
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(text(el, 'share')).to.equal('Copy link');
      expect(await el.shareLink()).to.equal('copied');
      await el.updateComplete;
      expect(text(el, 'share')).to.equal('Link copied');
      expect(said(el)).to.equal('Link copied');
      // The label is for the eye: no live region of its own, so nothing is said twice.
      expect(part(el, 'share')?.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
      clock.tick(1999);
      await el.updateComplete;
      expect(text(el, 'share')).to.equal('Link copied');
      clock.tick(1);
      await el.updateComplete;
      expect(text(el, 'share')).to.equal('Copy link');
    });

    it('"Copy link" says visibly, and to a screen reader, when it could not copy', async () => {
      sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      await press(el, 'share');
      expect(text(el, 'share')).to.equal('Could not copy the link');
      expect(said(el)).to.equal('Could not copy the link');
      clock.tick(2000);
      await el.updateComplete;
      expect(text(el, 'share')).to.equal('Copy link');
    });

    it('"Add to calendar" says the file was downloaded, then reads as before', async () => {
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      await press(el, 'calendar');
      expect(text(el, 'calendar')).to.equal('Calendar file downloaded');
      expect(said(el)).to.equal('Calendar file downloaded');
      clock.tick(2000);
      await el.updateComplete;
      expect(text(el, 'calendar')).to.equal('Add to calendar');
    });

    it('"Add to calendar" says so when it could not make the file', async () => {
      sinon.stub(URL, 'createObjectURL').throws(new Error('No blobs here'));
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      await press(el, 'calendar');
      expect(text(el, 'calendar')).to.equal('Could not make the calendar file');
      expect(said(el)).to.equal('Could not make the calendar file');
    });
  });

  describe('where the browser can share (phones)', () => {
    // Linux browsers have no Web Share; the page is given one that records what it was asked.
    let shared: ShareData[];
    let refuse: boolean;
    beforeEach(() => {
      shared = [];
      refuse = false;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => (refuse ? Promise.reject(new DOMException('Share canceled', 'AbortError')) : (shared.push(data), Promise.resolve())),
      });
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: ShareData) => typeof data.url === 'string' });
    });
    afterEach(() => {
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { canShare?: unknown }).canShare;
    });

    it('shares the title and the apply link instead of copying', async () => {
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(await el.shareLink()).to.equal('shared');
      await el.updateComplete;
      expect(shared).to.deep.equal([{ title: seed.title, url: seed.applyUrl }]);
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal(strings.linkShared);
    });

    it('says nothing when the visitor closes the share sheet', async () => {
      refuse = true;
      const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
      expect(await el.shareLink()).to.equal('cancelled');
      await el.updateComplete;
      expect(shared).to.deep.equal([]);
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('');
    });
  });

  it('offers neither once closed', async () => {
    clock.setSystemTime(SEED_CLOSES + DAY);
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    expect(part(el, 'calendar')).to.equal(null);
    expect(part(el, 'share')).to.equal(null);
  });
});
