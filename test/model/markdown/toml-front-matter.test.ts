import { expect } from '@open-wc/testing';
import { splitFrontMatter } from '../../../src/model/markdown/from-markdown.js';
import { parseTomlFrontMatter } from '../../../src/model/markdown/toml-front-matter.js';

describe('TOML front matter', () => {
  it('is split from the body between +++ lines', () => {
    expect(splitFrontMatter('+++\ntitle = "We are hiring!"\n+++\n\nBody\n')).to.deep.equal({ toml: 'title = "We are hiring!"', body: '\nBody\n' });
  });
  it('keeps dates as text: a local date, and a date-time with its offset', () => {
    expect(parseTomlFrontMatter('title = "Post"\ndeadline = 2021-12-05\ndate = 2021-02-09T15:25:12-04:00\n[design]\ncolumns = "1"')).to.deep.equal({
      ok: true,
      value: { title: 'Post', deadline: '2021-12-05', date: '2021-02-09T15:25:12-04:00', design: { columns: '1' } },
      warnings: [],
    });
  });
  it('keeps the lines that parse when the standard refuses one (Hugo takes "weight = 01"), and says which', () => {
    expect(parseTomlFrontMatter('widget = "blank"\nweight = 01\ntitle = "Intro"\n[design]\ncolumns = "1"')).to.deep.equal({
      ok: true,
      value: { widget: 'blank', title: 'Intro' },
      warnings: ['The TOML front matter is broken at line 3: illegal leading zero; read only its lines that parse'],
    });
  });
  it('is an error, naming the line, when nothing in it parses', () => {
    const r = parseTomlFrontMatter('= = =');
    expect(r.ok ? '' : r.error).to.match(/^The TOML front matter is broken at line 2: /);
  });
});
