import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { DAY, HOUR, seed, SEED_CLOSES, useClock } from './helpers.js';

// Pictures of each state in Chromium, compared with test/screenshots/*.png.
// `npm run screenshots` rewrites the baselines (and README's picture, "open";
// README also shows the list pictures from test/screenshots/).
const { closes: _closes, ...noDeadline } = seed;
const STATES: [name: string, now: number, posting: object | null, wrapperStyle: string, dir: string][] = [
  ['open', SEED_CLOSES - 10 * DAY - 3 * HOUR, seed, 'width: 640px', 'ltr'],
  ['closing-soon', SEED_CLOSES - 30 * HOUR, seed, 'width: 640px', 'ltr'],
  ['closed', SEED_CLOSES + 3 * DAY, seed, 'width: 640px', 'ltr'],
  ['no-deadline', SEED_CLOSES, noDeadline, 'width: 640px', 'ltr'],
  ['error', SEED_CLOSES, null, 'width: 640px', 'ltr'],
  ['dark', SEED_CLOSES - 10 * DAY - 3 * HOUR, seed, 'width: 640px; color-scheme: dark; background: #111418', 'ltr'],
  ['rtl', SEED_CLOSES - 10 * DAY - 3 * HOUR, seed, 'width: 640px', 'rtl'],
  ['narrow-320', SEED_CLOSES - 10 * 60_000, seed, 'width: 320px', 'ltr'],
];

interface Comparison {
  skipped?: boolean;
  written?: boolean;
  error?: string;
  differentPixels?: number;
  total?: number;
}

describe('pictures', () => {
  afterEach(() => {
    sinon.restore();
  });

  for (const [name, now, posting, style, dir] of STATES) {
    it(name, async function () {
      useClock(now);
      sinon.stub(console, 'warn');
      sinon.stub(console, 'error');
      const wrapper = await fixture<HTMLElement>(
        html`<div data-screenshot=${name} dir=${dir} lang="en-GB" style="${style}; padding: 8px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px">
          ${posting
            ? html`<job-posting local-time-zone="Europe/London" .posting=${posting}></job-posting>`
            : html`<job-posting src="/status/404"><a href="https://www.eng.ox.ac.uk/jobs/">Current vacancies</a></job-posting>`}
        </div>`,
      );
      const el = wrapper.querySelector('job-posting') as JobPosting;
      await el.loadComplete;
      await document.fonts.ready;
      const result = await executeServerCommand<Comparison, { name: string }>('screenshot', { name });
      if (result.skipped) this.skip();
      expect(result.error ?? null).to.equal(null);
      // Anti-aliasing may differ by a few pixels; layout, colour and text changes do not.
      expect(result.differentPixels ?? 0).to.be.at.most(Math.ceil((result.total ?? 0) * 0.002));
    });
  }

  // A lab's page of two long posts as a list, folded, on a desktop and on a phone.
  for (const [name, width] of [['list', 800], ['list-phone', 375]] as const) {
    it(name, async function () {
      useClock(Date.parse('2026-01-05T09:00:00Z'));
      sinon.stub(console, 'warn');
      const wrapper = await fixture<HTMLElement>(
        html`<div data-screenshot=${name} lang="en-GB" style="width: ${width}px; padding: 8px; font-family: 'DejaVu Sans', sans-serif; font-size: 16px">
          <job-posting-list local-time-zone="Europe/London" src="/test/fixtures/pages/long-posts.md"></job-posting-list>
        </div>`,
      );
      await (wrapper.querySelector('job-posting-list') as JobPostingList).loadComplete;
      await document.fonts.ready;
      const result = await executeServerCommand<Comparison, { name: string }>('screenshot', { name });
      if (result.skipped) this.skip();
      expect(result.error ?? null).to.equal(null);
      expect(result.differentPixels ?? 0).to.be.at.most(Math.ceil((result.total ?? 0) * 0.002));
    });
  }
});
