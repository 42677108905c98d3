// integrations/jekyll/_includes/job-posting.html rendered with Liquid, as Jekyll would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Liquid } from 'liquidjs';

const engine = new Liquid({ root: new URL('../../integrations/jekyll/_includes/', import.meta.url).pathname, extname: '.html', jekyllInclude: true, dynamicPartials: false });
// Jekyll's own filters, as simple as Jekyll's for a site at the root.
engine.registerFilter('relative_url', (v) => v);
engine.registerFilter('jsonify', (v) => JSON.stringify(v));

const render = (source, context = {}) => engine.parseAndRender(source, { page: { url: '/recruitment/' }, site: { data: {} }, ...context });

test('a Markdown page as a static asset, as a list', async () => {
  const out = await render('{% include job-posting.html src="/assets/recruitment.md" list=true hide_closed=true %}');
  assert.match(out, /<script type="module" src="\/assets\/job-posting.js"><\/script>/);
  assert.match(out, /<job-posting-list src="\/assets\/recruitment.md" hide-closed>/);
  assert.match(out, /<a href="\/recruitment\/">Current vacancies<\/a>\s*<\/job-posting-list>/);
});

test('Markdown inline, its "</script" defused', async () => {
  const out = await render('{% capture v %}## Post\n\nClosing: 1 May 2030 </script><script>alert(1)</script>{% endcapture %}{% include job-posting.html markdown=v %}', {});
  assert.match(out, /<job-posting>\s*<script type="text\/markdown">## Post/);
  assert.doesNotMatch(out, /alert\(1\)<\/script>/);
  assert.equal((out.match(/<\/script>/g) ?? []).length, 2);
});

test('JSON from _data with jsonify', async () => {
  const vacancies = [{ title: 'Research Engineer', closes: '2030-11-15T12:00', applyUrl: 'https://my.corehr.com/x', description: '</script><b>' }];
  const out = await render('{% include job-posting.html data=site.data.vacancies list=true time_zone="Europe/London" %}', { site: { data: { vacancies } } });
  assert.match(out, /<job-posting-list time-zone="Europe\/London">/);
  const json = /<script type="application\/json">(.*?)<\/script>/s.exec(out)?.[1];
  assert.deepEqual(JSON.parse(json.replace(/<\\\//g, '</')), vacancies);
});
