import { expect } from '@open-wc/testing';
import { timedAgainst } from '../../helpers.js';
import { MAX_ALIASES, parseFrontMatter } from '../../../src/model/markdown/front-matter.js';

describe('parseFrontMatter', () => {
  it('reads Jekyll front matter, keeping dates as text', () => {
    expect(parseFrontMatter('layout: page\ntitle: "Recruitment"\ncloses: 2021-11-15\nheader:\n   image_fullwidth:\n')).to.deep.equal({
      ok: true,
      value: { layout: 'page', title: 'Recruitment', closes: '2021-11-15', header: { image_fullwidth: null } },
      warnings: [],
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
  it('names the line in the whole file when the YAML starts lower down', () => {
    const yaml = 'title: Recruitment\ncloses: [2021-11-15\n';
    const lineOf = (r: ReturnType<typeof parseFrontMatter>): number => Number(/at line (\d+)/.exec(r.ok ? '' : r.error)?.[1]);
    expect(lineOf(parseFrontMatter(yaml, 4))).to.equal(lineOf(parseFrontMatter(yaml)) + 2);
  });

  describe('aliases', () => {
    /** Nine lines of nine aliases each: a billion "lol"s in 600 bytes. */
    const billionLaughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
      'contact: *i',
    ].join('\n');

    it('keeps an ordinary use of anchors and aliases', () => {
      const r = parseFrontMatter('group: &group Vision Group\ndepartment: *group\ntags: [jobs, *group]\n');
      expect(r).to.deep.equal({ ok: true, value: { group: 'Vision Group', department: 'Vision Group', tags: ['jobs', 'Vision Group'] }, warnings: [] });
    });
    it('refuses a billion laughs quickly, with a short error naming the line', () => {
      let r = parseFrontMatter('');
      // Against ordinary front matter as long as the bomb, timed beside it.
      const ordinary = Array.from({ length: Math.ceil(billionLaughs.length / 20) }, (_, i) => `key${i}: value ${i}`).join('\n');
      const { ms, bound } = timedAgainst(() => (r = parseFrontMatter(billionLaughs)), () => parseFrontMatter(ordinary), 250);
      expect(ms).to.be.below(bound);
      expect(r.ok).to.equal(false);
      // The 21st alias is on the YAML's fourth line, the file's fifth (after "---").
      expect(r.ok ? '' : r.error).to.equal(`The YAML front matter uses more than ${MAX_ALIASES} aliases (*name) by line 5: write the values out`);
    });
    it('refuses fewer aliases that still multiply a value many times over', () => {
      const yaml = [`a: &a "${'x'.repeat(1000)}"`, 'b: &b [*a,*a,*a]', 'c: &c [*b,*b,*b]', 'd: &d [*c,*c,*c]', 'location: *d'].join('\n');
      const r = parseFrontMatter(yaml);
      expect(r.ok ? '' : r.error).to.equal(
        "The YAML front matter's aliases (*name, from line 3) repeat its values many times over: write the values out",
      );
    });
  });

  it('quotes at most a few dozen characters of the text it cannot read', () => {
    const r = parseFrontMatter(`title: *${'x'.repeat(100_000)}\n`);
    expect(r.ok).to.equal(false);
    expect((r.ok ? '' : r.error).length).to.be.below(200);
  });
});
