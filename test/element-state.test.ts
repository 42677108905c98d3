import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { ticker } from '../src/testing.js';
import { HOUR, seed, SEED_CLOSES } from './helpers.js';

describe('state and hide-closed', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('state is read-only: the card sets it, and writes the attribute back when the page changes it', async () => {
    sinon.useFakeTimers({ now: SEED_CLOSES - HOUR, toFake: ['Date'] });
    const el = await fixture<JobPosting>(html`<job-posting .posting=${seed}></job-posting>`);
    expect(el.state).to.equal('closing-soon');
    expect(() => ((el as unknown as { state: string }).state = 'closed')).to.throw(TypeError);
    el.setAttribute('state', 'closed');
    el.requestUpdate();
    await el.updateComplete;
    expect([el.state, el.getAttribute('state')]).to.deep.equal(['closing-soon', 'closing-soon']);
  });

  it('hide-closed takes a vacancy away when the shared ticker passes its deadline, and lets the ticker go when none is left', async () => {
    const clock = sinon.useFakeTimers({ now: SEED_CLOSES - 2 * HOUR, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const later = { ...seed, title: 'Later', closes: '2021-11-15T13:00' };
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('job-posting-list');
    list.hideClosed = true;
    list.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify([seed, later]) }));
    holder.append(list);
    await list.loadComplete;
    const titles = (): string[] => list.cards.map((c) => c.normalizedPosting?.title ?? '');
    expect(titles()).to.deep.equal([seed.title, 'Later']);
    clock.tick(2 * HOUR);
    await list.updateComplete;
    expect(titles()).to.deep.equal(['Later']);
    expect(list.vacancies.length).to.equal(2);
    clock.tick(HOUR);
    await list.updateComplete;
    expect(titles()).to.deep.equal([]);
    expect(list.shadowRoot?.querySelector('[part="empty"]')?.textContent).to.equal('No current vacancies');
    expect(ticker.subscriberCount).to.equal(0);
  });

  it('the list’s state is read-only too', async () => {
    sinon.stub(console, 'error');
    const list = await fixture<JobPostingList>(html`<job-posting-list></job-posting-list>`);
    await list.loadComplete;
    expect(list.state).to.equal('error');
    expect(list.getAttribute('state')).to.equal('error');
    expect(() => ((list as unknown as { state: string }).state = 'ready')).to.throw(TypeError);
  });
});
