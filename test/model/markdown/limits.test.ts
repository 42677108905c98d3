import { expect } from '@open-wc/testing';
import { marked } from 'marked';
import { limitMarkdown, MAX_MARKDOWN_LINES, MAX_MARKDOWN_NESTING, MAX_MARKDOWN_WORD, MAX_UNCLOSED } from '../../../src/model/markdown/limits.js';
import { isWebKit } from '../../helpers.js';

const N = MAX_MARKDOWN_NESTING;

describe('limitMarkdown', () => {
  it('leaves Markdown within the limits as it is', () => {
    const pages = [
      '### 1. Research Engineer x2\n\nGrade 7: **£33,309 - £35,326** per annum, *fixed-term*.\n\n> Only applications received before **midday on 15 November 2021** can be considered.\n',
      '- Full time\n  - Fixed-term\n    - 2 years\n\n1. First\n2. Second\n\n* * *\n\n***Bold italic*** and ~~struck~~ and snake_case_words and 5 * 3 = 15\n',
      `${'> '.repeat(N)}twenty deep\n\n${'**a '.repeat(N)}x${' b**'.repeat(N)}\n\n${'  '.repeat(N)}- indented ${2 * N} spaces\n`,
      '```\n' + '**a '.repeat(3 * N) + '\n```\n\n    code *** ___\n',
    ];
    for (const page of pages) expect(limitMarkdown(page, 'The page')).to.deep.equal({ text: page, warnings: [] });
  });

  it('keeps the first 20,000 lines and says where it cut', () => {
    const { text, warnings } = limitMarkdown('line\n'.repeat(200_000), 'The description');
    expect(text.split('\n').length).to.equal(MAX_MARKDOWN_LINES);
    expect(warnings).to.deep.equal(['The description was cut at line 20,000 (it has 200,001); the rest is not shown']);
  });

  const deep: [string, string, string][] = [
    ['quotes', '>'.repeat(10_000) + ' x', '>'.repeat(N) + 'x'],
    ['spaced quotes', '> '.repeat(5_000) + 'x', '> '.repeat(N) + 'x'],
    ['bullets', '- '.repeat(5_000) + 'x', '- '.repeat(N) + 'x'],
    ['numbers', '1. '.repeat(3_000) + 'x', '1. '.repeat(N) + 'x'],
    ['quotes in lists', '> - '.repeat(2_500) + 'x', '> - '.repeat(N / 2) + 'x'],
    ['indentation', ' '.repeat(5_000) + '- x', ' '.repeat(2 * N) + '- x'],
  ];
  for (const [name, markdown, flat] of deep) {
    it(`flattens ${name} nested deeper than ${N}, and says so`, () => {
      const { text, warnings } = limitMarkdown(markdown, 'The page');
      expect(text).to.equal(flat);
      expect(warnings).to.deep.equal([`The page nests quotes, lists or emphasis deeper than ${N} levels (from line 1); the deeper levels are shown flat`]);
    });
  }

  it('breaks a word longer than 1,000 characters with a space, and says so; a long line of words is left alone', () => {
    const W = MAX_MARKDOWN_WORD;
    const { text, warnings } = limitMarkdown(`Write to ${'a.'.repeat(0.8 * W)}@x.org today`, 'The page');
    expect(text).to.equal(`Write to ${'a.'.repeat(W / 2)} ${'a.'.repeat(0.3 * W)}@x.org today`);
    expect(warnings).to.deep.equal(['The page has a word longer than 1,000 characters (from line 1); it is shown broken with spaces']);
    const prose = 'A long paragraph of ordinary words. '.repeat(200);
    expect(limitMarkdown(prose, 'The page')).to.deep.equal({ text: prose, warnings: [] });
    // Code keeps its words whole: it is not read as inline Markdown.
    const fenced = '```\n' + 'x'.repeat(3 * W) + '\n```';
    expect(limitMarkdown(fenced, 'The page').text).to.equal(fenced);
  });

  it('shows as text the "(" and "<!--" a paragraph leaves open, past 20 of them, and reads a few as before', () => {
    const many = `Apply [here](${'[]('.repeat(MAX_UNCLOSED + 1)}x. <!-- note`;
    const { text, warnings } = limitMarkdown(`${many}\n\n(a (few) open <!-- as people leave them`, 'The page');
    expect(text).to.equal(`Apply [here]\\(${'[]\\('.repeat(MAX_UNCLOSED + 1)}x. <!-- note\n\n(a (few) open <!-- as people leave them`);
    expect(warnings).to.deep.equal(['The page opens more than 20 parentheses or HTML comments that it never closes (from line 1); they are shown as text']);
    const comments = limitMarkdown(`${'<!-- '.repeat(MAX_UNCLOSED + 1)}x\n\n<!-- closed --> (closed)`, 'The page').text;
    expect(comments).to.equal(`${'&lt;!-- '.repeat(MAX_UNCLOSED + 1)}x\n\n<!-- closed --> (closed)`);
  });

  it('escapes emphasis opened deeper than the limit, across the lines of a paragraph', () => {
    const { text } = limitMarkdown(`${'**a\n'.repeat(N + 2)}x${' b**'.repeat(N + 2)}`, 'The page');
    expect(text.split('\n').slice(N - 1, N + 2)).to.deep.equal(['**a', '\\*\\*a', '\\*\\*a']);
    // A blank line ends the paragraph: what opens after it starts from nothing.
    expect(limitMarkdown(`${'**a '.repeat(N)}\n\n${'**a '.repeat(N)}`, 'The page').warnings).to.deep.equal([]);
  });

  // WebKitGTK over WebDriver takes minutes over these 200 KB pages in marked (past CI's limit for one file);
  // Chromium and Firefox run them, as they run test/model/adversarial.test.ts.
  (isWebKit ? describe.skip : describe)('adversarial input: linear time, and nothing marked cannot read', () => {
    const KB = 1024;
    const cases: [string, string][] = [
      ['10 KB of >', '>'.repeat(10 * KB)],
      ['10 KB of nested **', `${'**a '.repeat(1_280)}x${' b**'.repeat(1_280)}`],
      ['10 KB of ** in one run', '**'.repeat(2_560) + 'x' + '**'.repeat(2_560)],
      ['nested ~~', `${'~~a '.repeat(2_500)}x${' b~~'.repeat(2_500)}`],
      ['nested *', `${'*a '.repeat(3_000)}x${' b*'.repeat(3_000)}`],
      ['list markers', '- '.repeat(100 * KB)],
      ['a staircase of indented items', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}- a`).join('\n')],
      ['200k lines', 'line\n'.repeat(200_000)],
      ['200k paragraphs', 'line\n\n'.repeat(200_000)],
      ['a 200 KB e-mail-like word', `${'a.'.repeat(100 * KB)}@`],
      ['200 KB of unclosed comments', '<!--'.repeat(50 * KB)],
      ['200 KB of link targets', `[here](${'[]('.repeat(70 * KB)})`],
    ];
    for (const [name, markdown] of cases) {
      it(`${name}: limited, and the rest rendered by marked, in linear time`, () => {
        const started = performance.now();
        const { text, warnings } = limitMarkdown(markdown, 'The page');
        expect(() => marked.parse(text, { async: false, gfm: true })).not.to.throw();
        const ms = performance.now() - started;
        // Prose of the same length, timed beside it: a loaded machine slows both alike.
        const proseStarted = performance.now();
        marked.parse(limitMarkdown('Lorem ipsum dolor sit amet. '.repeat(Math.ceil(markdown.length / 28)), 'The page').text, { async: false, gfm: true });
        expect(ms).to.be.below(Math.max(1000, 100 * (performance.now() - proseStarted)));
        expect(warnings).not.to.be.empty;
      });
    }
  });
});
