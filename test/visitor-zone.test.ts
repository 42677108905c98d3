import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import { DAY, seed, SEED_CLOSES, text, useClock } from './helpers.js';

// The browser itself is put in another zone, as a visitor's would be.
describe('<job-posting> seen from the browser\'s own zone', () => {
  before(async function () {
    // WebDriver classic (WebKit) cannot set the browser's zone: these tests skip there.
    if (!(await executeServerCommand('emulate-timezone', { zone: 'Asia/Shanghai' }))) this.skip();
  });
  after(async () => {
    await executeServerCommand('emulate-timezone', { zone: 'UTC' });
  });
  beforeEach(() => {
    useClock(SEED_CLOSES - 5 * DAY);
  });
  afterEach(() => {
    sinon.restore();
  });

  it('reads the zone from the browser', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Shanghai');
  });

  it('shows the deadline in London time and then in the visitor\'s', async () => {
    const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" .posting=${seed}></job-posting>`);
    expect(text(el, 'deadline')).to.equal('Closes 12:00 GMT, Monday, 15 November 2021');
    expect(text(el, 'local-time')).to.equal('(20:00 your time)');
  });

  it('lets local-time-zone override the browser, and ignores junk there', async () => {
    const el = await fixture<JobPosting>(html`<job-posting lang="en-GB" local-time-zone="Europe/London" .posting=${seed}></job-posting>`);
    expect(text(el, 'local-time')).to.equal('');
    el.localTimeZone = 'Not/AZone';
    await el.updateComplete;
    expect(text(el, 'local-time')).to.equal('(20:00 your time)');
  });
});
