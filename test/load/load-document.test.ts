import { expect } from '@open-wc/testing';
import { loadDocument } from '../../src/load/load-document.js';
import { gated, release } from '../helpers.js';

// This file loads nothing else first: the Markdown chunk is not in the page until a test asks for it.

/** Resolves when the page has requested a file whose URL matches `pattern`. */
function requested(pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => pattern.test(e.name))) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe({ type: 'resource', buffered: true });
  });
}

describe('loadDocument', () => {
  it('asks for the Markdown chunk while a .md page is still on its way', async () => {
    const url = gated('/corpus/2021-11-10_912bcd1.md');
    const loading = loadDocument(url, null, { signal: new AbortController().signal, fetch: (r) => fetch(r), now: Date.parse('2021-11-10T12:00:00Z') });
    // The page is held by the server until released: the chunk must be on its way already.
    await requested(/\/load\/markdown\b/);
    await release(url);
    const loaded = await loading;
    expect(loaded.kind).to.equal('markdown');
    expect(loaded.kind === 'markdown' && loaded.document.vacancies.length).to.equal(1);
  });
});
