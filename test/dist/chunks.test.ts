import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { chunkName } from '../helpers.js';

// The built bundle from /held/<id>/: it loads at once, its lazy chunks are held at the
// server until released — so the test sees which chunks the page asked for before any arrived.
// Alone in its file: no other copy of the bundle may have registered the elements first.
const ID = `c${crypto.randomUUID()}`;

describe('dist/job-posting.js: lazy chunks', () => {
  afterEach(() => sinon.restore());

  it('a Markdown page with front matter asks for all its chunks at once, not one after another', async () => {
    const el = document.createElement('job-posting') as HTMLElement & { loadComplete: Promise<void>; normalizedPosting?: { title: string } };
    const script = Object.assign(document.createElement('script'), {
      type: 'text/markdown',
      textContent: '---\nlayout: page\ntitle: Recruitment\n---\n## Research Engineer\n\nApplications close at 12:00 on Monday 15 November 2021. [Apply](https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.jobspec?p_id=160000)\n',
    });
    el.append(script);
    document.body.append(el);
    await import(/* @vite-ignore */ `/held/${ID}/dist/job-posting.js`);
    // While none of them has arrived, the page has asked for the Markdown chunk, the chunk it
    // shares with structured data (the salary reader) and js-yaml for the front matter.
    const asked = await executeServerCommand<string[], { id: string; count: number }>('held-requests', { id: ID, count: 3 });
    expect(asked.map(chunkName).sort()).to.deep.equal(['front-matter', 'markdown', 'salary']);
    await executeServerCommand('release-gate', { id: ID });
    await el.loadComplete;
    expect(el.normalizedPosting?.title).to.equal('Research Engineer');
    el.remove();
  });
});
