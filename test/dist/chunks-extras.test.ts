import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { chunkName, seed } from '../helpers.js';

// As chunks.test.ts: the built bundle from /held/<id>/, its lazy chunks held at the server.
const ID = `e${crypto.randomUUID()}`;

describe('dist/job-posting.js: the structured-data chunk', () => {
  afterEach(() => sinon.restore());

  it('is asked for together with the chunk it imports, not one after the other', async () => {
    sinon.stub(console, 'warn');
    const el = document.createElement('job-posting') as HTMLElement & { posting: object; loadComplete: Promise<void> };
    el.setAttribute('structured-data', '');
    el.posting = { ...seed, closes: '2031-11-15T12:00' };
    document.body.append(el);
    await import(/* @vite-ignore */ `/held/${ID}/dist/job-posting.js`);
    const asked = await executeServerCommand<string[], { id: string; count: number }>('held-requests', { id: ID, count: 2 });
    expect(asked.map(chunkName).sort()).to.deep.equal(['extras', 'salary']);
    await executeServerCommand('release-gate', { id: ID });
    await el.loadComplete;
    expect(document.head.querySelectorAll('script[data-job-posting]').length).to.equal(1);
    el.remove();
  });
});
