import { expect } from '@open-wc/testing';
import { lineAndColumn, parseJson } from '../../src/model/parse-json.js';

describe('parseJson', () => {
  it('parses JSON', () => {
    const r = parseJson('{"title": "T"}');
    expect(r.ok && r.value).to.deep.equal({ title: 'T' });
  });

  it('says where broken JSON breaks', () => {
    const r = parseJson('{\n  "title": "Broken",\n  "closes": 2021-11-15\n}');
    expect(r.ok).to.equal(false);
    expect(r.ok ? '' : r.error).to.match(/^The JSON is broken at line 3, column \d+/);
  });

  it('says when the JSON stops short', () => {
    const r = parseJson('{"title": "T"');
    expect(r.ok ? '' : r.error).to.match(/^The JSON is broken at/);
  });

  it('says an empty document is empty', () => {
    expect(parseJson('  \n')).to.deep.equal({ ok: false, error: 'The JSON document is empty' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
  });
});
