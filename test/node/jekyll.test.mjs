// integrations/jekyll/_includes/job-posting.html rendered with Liquid, as Jekyll would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOperators, Liquid } from 'liquidjs';
// The WHATWG HTML parser (as jsdom uses), here through the test runner's own dependencies.
import parse5 from 'parse5';

// Ruby's Liquid reads `hash contains "key"` as "has that key" (the include
// asks so, which strict_variables allows); liquidjs only looks in strings and arrays.
const contains = (l, r) => (l !== null && typeof l === 'object' && !Array.isArray(l) ? Object.hasOwn(l, r) : defaultOperators.contains(l, r));
const engine = new Liquid({
  root: new URL('../../integrations/jekyll/_includes/', import.meta.url).pathname,
  extname: '.html',
  jekyllInclude: true,
  dynamicPartials: false,
  operators: { ...defaultOperators, contains },
});
// Jekyll's own filters, as simple as Jekyll's for a site at the root; markdownify
// passes text through (kramdown would add markup, which the include strips).
engine.registerFilter('relative_url', (v) => v);
engine.registerFilter('jsonify', (v) => JSON.stringify(v));
engine.registerFilter('markdownify', (v) => String(v));

const render = (source, context = {}) => engine.parseAndRender(source, { page: { url: '/recruitment/' }, site: { data: {} }, ...context });

test('a Markdown page as a static asset, as a list', async () => {
  const out = await render('{% include job-posting.html src="/assets/recruitment.md" list=true hide_closed=true %}');
  assert.match(out, /<script type="module" src="\/assets\/job-posting.js"><\/script>/);
  assert.match(out, /<job-posting-list src="\/assets\/recruitment.md" hide-closed>/);
  // Without JavaScript: a link to the page's Markdown, which reads as text.
  assert.match(out, /<a href="\/assets\/recruitment.md">Current vacancies<\/a>\s*<\/job-posting-list>/);
});

/** Text a page's Markdown or _data may hold that an HTML parser would read as markup inside a <script>. */
const HOSTILE = [
  '</SCRIPT><img src=x onerror="globalThis.pwned = 1">',
  '</script >',
  '</script\t>',
  '</ScRiPt/>',
  '</script\n>',
  '</script',
  '<!--<script>',
  '<!-- <script> -->',
  '<!--<script></script>-->',
  '<script>globalThis.pwned = 1</script>',
  '-->',
  '</style></textarea></title><plaintext>',
  'a literal \\u003c, an entity &lt;/script&gt;, a backslash \\ and "quotes"',
  'CRLF\r\nlone CR\rNUL\u0000end',
];

/** The include rendered into a page with a paragraph after it, parsed by parse5 (the WHATWG HTML parser). */
async function parsePage(source, context) {
  const out = await render(source, context);
  return parse5.parse(`<!doctype html><html><head></head><body>${out}<p id="after">after</p></body></html>`);
}

const elements = (node) => (node.childNodes ?? []).filter((n) => n.tagName).flatMap((n) => [n, ...elements(n)]);
const attr = (node, name) => node.attrs.find((a) => a.name === name)?.value;
const textOf = (node) => node.childNodes.map((n) => n.value ?? '').join('');
const allText = (node) => (node.childNodes ?? []).map((n) => n.value ?? allText(n)).join('');

/**
 * What the parser made of the page: every element's tag, the one inline script's
 * type, encoding and text, and whether the fallback link and the paragraph
 * after the include are where they were written.
 */
function readPage(document) {
  const all = elements(document);
  const host = all.find((e) => e.tagName.startsWith('job-posting'));
  const inline = host?.childNodes.find((n) => n.tagName === 'script');
  const body = all.find((e) => e.tagName === 'body');
  return {
    tags: all.map((e) => e.tagName).filter((t) => !['html', 'head', 'body'].includes(t)),
    type: inline && attr(inline, 'type'),
    encoding: inline && attr(inline, 'data-encoding'),
    text: inline && textOf(inline),
    fallback: host && allText(host.childNodes.find((n) => n.tagName && n.tagName !== 'script')),
    after: body.childNodes.filter((n) => n.tagName).map((n) => attr(n, 'id') ?? n.tagName),
  };
}

for (const hostile of HOSTILE) {
  test(`Markdown inline holding ${JSON.stringify(hostile)}: one script, its text exactly what was given, the page after it intact`, async () => {
    const markdown = `## Post\n\nClosing: 1 May 2030\n\n${hostile}\n`;
    const page = readPage(await parsePage('{% include job-posting.html markdown=v %}', { v: markdown }));
    assert.deepEqual(page.tags, ['script', 'job-posting', 'script', 'div', 'p']);
    assert.equal(page.type, 'text/markdown');
    assert.equal(page.encoding, 'json');
    // The element reads data-encoding="json" text with JSON.parse (src/load/load-document.ts, inlineSourceOf).
    assert.equal(JSON.parse(page.text), markdown);
    // Without JavaScript, the Markdown as text: exactly what was written (the HTML parser reads CR as LF and drops NUL in text).
    assert.equal(page.fallback, markdown.replace(/\r\n?/g, '\n').replace(/\u0000/g, ''));
    assert.deepEqual(page.after, ['script', 'job-posting', 'after']);
  });

  test(`JSON from _data holding ${JSON.stringify(hostile)}: one script, JSON.parse gives back the data, the page after it intact`, async () => {
    const vacancies = [{ title: 'Research Engineer', closes: '2030-11-15T12:00', applyUrl: 'https://my.corehr.com/x', description: hostile }];
    const page = readPage(await parsePage('{% include job-posting.html data=site.data.vacancies list=true %}', { site: { data: { vacancies } } }));
    assert.deepEqual(page.tags, ['script', 'job-posting-list', 'script', 'article', 'h3', 'p', 'p', 'a', 'p', 'p']);
    assert.equal(page.type, 'application/json');
    assert.deepEqual(JSON.parse(page.text), vacancies);
    assert.match(page.fallback, /^\s*Research Engineer\s*Closes:\s*15 November 2030, 12:00 \(Europe\/London\)\s*Apply\s*/);
    assert.deepEqual(page.after, ['script', 'job-posting-list', 'after']);
  });
}

test('no "<" at all inside either inline script', async () => {
  const markdown = HOSTILE.join('\n');
  const out = [
    await render('{% include job-posting.html markdown=v %}', { v: markdown }),
    await render('{% include job-posting.html data=site.data.vacancies %}', { site: { data: { vacancies: [{ title: 'T', description: markdown }] } } }),
  ];
  const inner = out.map((html) => /<script type="(?:text\/markdown|application\/json)"[^>]*>(.*?)<\/script>\s*<(?:div|article) /s.exec(html)?.[1]);
  assert.deepEqual(inner.map((text) => typeof text === 'string' && !text.includes('<')), [true, true]);
});

test('JSON from _data with jsonify', async () => {
  const vacancies = [{ title: 'Research Engineer', closes: '2030-11-15T12:00', applyUrl: 'https://my.corehr.com/x', description: '</script><b>' }];
  const out = await render('{% include job-posting.html data=site.data.vacancies list=true time_zone="Europe/London" %}', { site: { data: { vacancies } } });
  assert.match(out, /<job-posting-list time-zone="Europe\/London">/);
  const json = /<script type="application\/json">(.*?)<\/script>/s.exec(out)?.[1];
  assert.deepEqual(JSON.parse(json), vacancies);
});
