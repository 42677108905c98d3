import { expect } from '@open-wc/testing';
import { inlineSourceOf, loadDocument } from '../../src/load/load-document.js';
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
    const url = gated('/test/fixtures/pages/one-vacancy.md');
    const loading = loadDocument(url, null, { signal: new AbortController().signal, fetch: (r) => fetch(r), now: Date.parse('2021-11-10T12:00:00Z') });
    // The page is held by the server until released: the chunk must be on its way already.
    await requested(/\/load\/markdown\b/);
    await release(url);
    const loaded = await loading;
    expect(loaded.kind).to.equal('markdown');
    expect(loaded.kind === 'markdown' && loaded.document.vacancies.length).to.equal(1);
  });
});

describe('inlineSourceOf', () => {
  /** A host parsed from HTML by the browser's own parser, as a page would hold it. */
  function host(inner: string): Element {
    const div = document.createElement('div');
    div.innerHTML = `<job-posting>${inner}</job-posting>`;
    return div.firstElementChild as Element;
  }
  /** What the Jekyll include writes for Markdown: one JSON string, every "<" as \u003c. */
  const encoded = (markdown: string): string => JSON.stringify(markdown).replace(/</g, '\\u003c');

  it('reads Markdown written as a JSON string (data-encoding="json") back to the exact text', () => {
    const markdown = '## Post\r\n\n</SCRIPT><img src=x> <!--<script> a literal \\u003c, &lt; and "quotes"\n';
    const el = host(`<script type="text/markdown" data-encoding="json">${encoded(markdown)}</script><a href="/">Vacancies</a>`);
    expect(el.children.length).to.equal(2);
    // Written by a generator after its templates ran: braces in it are text (see from-markdown.ts, templates).
    expect(inlineSourceOf(el)).to.deep.equal({ type: 'markdown', text: markdown, rendered: true });
  });

  it('reads Markdown without data-encoding as it stands, and text that is not a JSON string as it stands', () => {
    expect(inlineSourceOf(host('<script type="text/markdown">"## Post"</script>'))).to.deep.equal({ type: 'markdown', text: '"## Post"' });
    expect(inlineSourceOf(host('<script type="text/markdown" data-encoding="json">## Post</script>'))).to.deep.equal({ type: 'markdown', text: '## Post', rendered: true });
    expect(inlineSourceOf(host('<script type="text/markdown" data-encoding="json">["## Post"]</script>'))).to.deep.equal({ type: 'markdown', text: '["## Post"]', rendered: true });
  });

  it('leaves JSON to the JSON reader, which undoes \\u003c itself', () => {
    const el = host(`<script type="application/json" data-encoding="json">${encoded('</script>')}</script>`);
    expect(inlineSourceOf(el)).to.deep.equal({ type: 'json', text: '"\\u003c/script>"' });
  });
});
