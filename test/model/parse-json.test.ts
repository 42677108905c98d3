import { expect } from '@open-wc/testing';
import { lineAndColumn } from '../../src/model/json-error.js';
import { parseJson } from '../../src/model/parse-json.js';

describe('parseJson', () => {
  it('parses JSON', () => {
    const r = parseJson('{"title": "T"}');
    expect(r.ok && r.value).to.deep.equal({ title: 'T' });
  });

  it("gives the engine's reason for broken JSON", () => {
    const r = parseJson('{"title": "T"');
    expect(r.ok ? '' : r.error).to.match(/^The JSON is broken: ./);
  });

  it('says an empty document is empty', () => {
    expect(parseJson('  \n')).to.deep.equal({ ok: false, error: 'The JSON document is empty' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
  });
});
