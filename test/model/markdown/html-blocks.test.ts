import { expect } from '@open-wc/testing';
import { htmlToMarkdown, inlineTag, MAX_HTML_BLOCK, onclickUrl } from '../../../src/model/markdown/html-blocks.js';
import { expandTemplates } from '../../../src/model/markdown/templates.js';

describe('html-blocks: raw HTML read into Markdown', () => {
  const cases: [string, string, string][] = [
    ['headings keep their level', '<h4 class="x">Postdoc opportunities</h4>', '#### Postdoc opportunities\n'],
    ['list items with links', '<ul><li><a href="https://j.example/1">3 x Engineers</a> (closes 30 June)</li></ul>', '- [3 x Engineers](<https://j.example/1>) (closes 30 June)\n'],
    ['bold stays bold, closed against its words', '<p>by <b>16th of January 2023 </b>.</p>', 'by **16th of January 2023** .\n'],
    ['two <br> end a paragraph, one breaks the line', '<td><b>Title</b><br><br>Text one<br>text two</td>', '**Title**\n\nText one\\\ntext two\n'],
    ['a navigating button is a link', '<button onclick="window.location.href=\'https://apply.example/job/9\';">Apply now</button>', '[Apply now](<https://apply.example/job/9>)\n'],
    ['text that looks like Markdown stays text', '<p>*not* [a](link) # heading</p>', '\\*not\\* \\[a\\](link) \\# heading\n'],
    ['scripts and styles say nothing', '<script>alert(1)</script><style>p{}</style><p>Hello</p>', 'Hello\n'],
    ['character references are decoded', '<p>Homes &amp; Care</p>', 'Homes & Care\n'],
    ['struck-out text is struck in Markdown', '<p>Deadline <del>30 May</del> <s>1 June</s> 15 June</p>', 'Deadline ~~30 May~~ ~~1 June~~ 15 June\n'],
  ];
  for (const [name, html, markdown] of cases) it(name, () => expect(htmlToMarkdown(html)).to.equal(markdown));

  it(`reads at most ${MAX_HTML_BLOCK.toLocaleString('en')} characters of one block (deeply nested open tags cost the square of their depth)`, () => {
    const markdown = htmlToMarkdown(`<p>${'<b>'.repeat(MAX_HTML_BLOCK)}</p><p>after</p>`);
    expect(markdown).not.to.contain('after');
  });

  describe('onclickUrl', () => {
    const cases: [string, string | undefined][] = [
      ["window.location.href='https://a.example/x';", 'https://a.example/x'],
      ['location = "https://a.example/y"', 'https://a.example/y'],
      ["window.open('https://a.example/z')", 'https://a.example/z'],
      ['doSomething()', undefined],
    ];
    for (const [js, url] of cases) it(js, () => expect(onclickUrl(js)).to.equal(url));
  });

  describe('inlineTag: what an inline tag means to the text reader', () => {
    const cases: [string, unknown][] = [
      ['<a href="https://a.example/">', { kind: 'open', href: 'https://a.example/' }],
      ['</a>', { kind: 'close' }],
      ['<br />', { kind: 'break' }],
      ['<span style="x">', undefined],
      ['<a name="top">', undefined],
      ['<del>', { kind: 'struck', open: true }],
      ['</strike>', { kind: 'struck', open: false }],
    ];
    for (const [raw, tag] of cases) it(raw, () => expect(inlineTag(raw)).to.deep.equal(tag));
  });
});

describe('expandTemplates: Liquid and Hugo tags as the built site shows them', () => {
  const cases: [string, string, string][] = [
    ['a Hugo shortcode goes, its text stays', 'Closing date: {{< hl >}}05/12/2021{{< /hl >}}.', 'Closing date: 05/12/2021.'],
    ['an include with a title and a link is a bold link line', '{%\n include feature.html\n link="https://j.example/ra"\n title="Research Associate"\n%}', '\n\n**[Research Associate](<https://j.example/ra>)**\n\n'],
    ['an include with text and a link is a link', '{% include button.html link="https://j.example/ad" text="Advert" %}', '\n\n[Advert](<https://j.example/ad>)\n\n'],
    ['an include whose link is an e-mail address says nothing', '{% include button.html link="a@b.org" text="Email" %}', ''],
    ['capture tags go, their text stays', '{% capture info %}Closing 8 January{% endcapture %}', 'Closing 8 January'],
    ['text without tags is left alone', 'Plain *text*', 'Plain *text*'],
  ];
  for (const [name, source, out] of cases) it(name, () => expect(expandTemplates(source)).to.equal(out));
});
