import { expect } from '@open-wc/testing';
import { parseFrontMatter } from '../../../src/model/markdown/front-matter.js';
import { parseTomlFrontMatter } from '../../../src/model/markdown/toml-front-matter.js';
import { dedent, mayHaveFrontMatter, readMarkdownPage } from '../../../src/model/markdown/read-page.js';

const now = Date.parse('2021-11-01T00:00:00Z');
const vacancy = '## Research Scientist\n\nApplications close at 12:00 noon on 15 November 2021. Apply [here](https://jobs.example.edu/4411).\n';

describe('dedent', () => {
  it('removes leading blank lines and the indentation every line shares', () => {
    expect(dedent('\n  \n    ## Post\n\n      text\n    more\n')).to.equal('## Post\n\n  text\nmore\n');
  });
  it('leaves unindented text as it is', () => {
    expect(dedent('## Post\n  text\n')).to.equal('## Post\n  text\n');
  });
  it('reads 200,000 lines (a spread of the indents overflowed the call stack)', () => {
    expect(dedent('  a\n'.repeat(200_000)).length).to.equal(200_000 * 2);
  });
});

describe('mayHaveFrontMatter', () => {
  it('sees a fence after blank lines or indentation, as dedent leaves it, and names its language', () => {
    expect(['---\na: 1\n---\n', '\n---\na: 1\n---\n', '    ---\n    a: 1\n    ---\n'].map(mayHaveFrontMatter)).to.deep.equal(['yaml', 'yaml', 'yaml']);
    expect(mayHaveFrontMatter('+++\ntitle = "Post"\n+++\n')).to.equal('toml');
    expect(mayHaveFrontMatter('## Post\n---\n')).to.equal(undefined);
  });
});

describe('readMarkdownPage', () => {
  it('reads front matter after a leading blank line: its zone sets the deadline', () => {
    const r = readMarkdownPage(`\n---\ntimeZone: America/New_York\n---\n\n${vacancy}`, { now, parseFrontMatter });
    expect(r.ok && r.value.vacancies.map((v) => [v.fields['title'], v.fields['timeZone']])).to.deep.equal([
      ['Research Scientist', 'America/New_York'],
    ]);
  });
  it('tells the author what a lenient front-matter read left out, with every vacancy', () => {
    const r = readMarkdownPage(`+++\ntitle = "Jobs"\nweight = 01\n+++\n\n${vacancy}`, { now, parseTomlFrontMatter });
    const said = 'The TOML front matter is broken at line 3: illegal leading zero; read only its lines that parse';
    expect(r.ok && r.warnings).to.deep.equal([said]);
    expect(r.ok && r.value.vacancies.map((v) => v.warnings.includes(said))).to.deep.equal([true]);
  });
  it('reads a wholly indented page as Markdown, not as code', () => {
    const r = readMarkdownPage(vacancy.replace(/^/gm, '    '), { now });
    expect(r.ok && r.value.vacancies.map((v) => v.fields['title'])).to.deep.equal(['Research Scientist']);
  });
  it('names the line of broken YAML in the file as written, blank lines included', () => {
    const r = readMarkdownPage(`\n\n---\ntitle: [Jobs\n---\n${vacancy}`, { now, parseFrontMatter });
    expect(r.ok ? '' : r.error).to.match(/^The YAML front matter is broken at line 4: /);
    const unshifted = readMarkdownPage(`---\ntitle: [Jobs\n---\n${vacancy}`, { now, parseFrontMatter });
    const lineOf = (e: string): number => Number(/line (\d+)/.exec(e)?.[1]);
    expect(lineOf(r.ok ? '' : r.error)).to.equal(lineOf(unshifted.ok ? '' : unshifted.error) + 2);
  });
  it('needs no YAML reader for a page without front matter, and says so when one is missing', () => {
    expect(readMarkdownPage(vacancy, { now }).ok).to.equal(true);
    expect(readMarkdownPage(`---\na: 1\n---\n${vacancy}`, { now })).to.deep.equal({
      ok: false,
      error: 'The page has front matter but no YAML reader was given',
    });
  });
});
