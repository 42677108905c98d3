import { expect } from '@open-wc/testing';
import { parseFrontMatter } from '../../../src/model/markdown/front-matter.js';

describe('parseFrontMatter', () => {
  it('reads Jekyll front matter, keeping dates as text', () => {
    expect(parseFrontMatter('layout: page\ntitle: "Recruitment"\ncloses: 2021-11-15\nheader:\n   image_fullwidth:\n')).to.deep.equal({
      ok: true,
      data: { layout: 'page', title: 'Recruitment', closes: '2021-11-15', header: { image_fullwidth: null } },
    });
  });
  it('says which line of the file is broken', () => {
    const r = parseFrontMatter('title: Recruitment\ncloses: [2021-11-15\n');
    expect(r.ok).to.equal(false);
    expect(r.ok ? '' : r.error).to.match(/^The YAML front matter is broken at line \d+: /);
  });
  it('refuses front matter that is not key: value lines', () => {
    expect(parseFrontMatter('- a\n- b\n')).to.deep.equal({ ok: false, error: 'The front matter is not a set of "key: value" lines' });
  });
});
