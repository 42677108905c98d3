import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { chunkName } from '../helpers.js';

// The classic script as a page loads it from a CDN: from another origin (the test server
// under its other name), `async`, from a folder of its own (/held/<id>/dist/, where the
// server holds every chunk until released — so the test sees which chunks the page asked
// for before any arrived). Alone in its file: no other copy may have registered the elements.
const ID = `g${crypto.randomUUID()}`;
const OTHER = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const CDN = `${location.protocol}//${OTHER}:${location.port}/held/${ID}/dist/`;

function loadAsync(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, async: true });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

describe('dist/job-posting.global.js from another origin and folder, async', () => {
  afterEach(() => sinon.restore());

  it('asks for every chunk a Markdown page with front matter needs at once, from beside itself, and reads it', async () => {
    const el = document.createElement('job-posting') as HTMLElement & { loadComplete: Promise<void>; normalizedPosting?: { title: string } };
    el.append(
      Object.assign(document.createElement('script'), {
        type: 'text/markdown',
        textContent: '---\nlayout: page\ntitle: Recruitment\n---\n## Research Engineer\n\nApplications close at 12:00 on Monday 15 November 2021. [Apply](https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.jobspec?p_id=160000)\n',
      }),
    );
    document.body.append(el);
    await loadAsync(`${CDN}job-posting.global.js`);
    // While none of them has arrived, the page has asked for the Markdown chunk, the salary
    // reader it shares with structured data, and js-yaml for the front matter.
    const asked = await executeServerCommand<string[], { id: string; count: number }>('held-requests', { id: ID, count: 3 });
    expect(asked.map(chunkName).sort()).to.deep.equal(['global-front-matter', 'global-markdown', 'global-salary']);
    await executeServerCommand('release-gate', { id: ID });
    await el.loadComplete;
    expect(el.normalizedPosting?.title).to.equal('Research Engineer');
    const chunks = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => /\/global-[\w-]+\.js$/.test(new URL(url).pathname));
    expect(chunks.length).to.equal(3);
    expect(chunks.every((url) => url.startsWith(CDN)), chunks.join(' ')).to.equal(true);
    el.remove();
  });
});
