import { expect } from '@open-wc/testing';
import { readPosting } from '../../src/model/from-json.js';
import { readMarkdown } from '../../src/model/markdown/from-markdown.js';
import { clip, quote, QUOTE_LENGTH } from '../../src/model/quote.js';

describe('quote', () => {
  it('quotes short text whole, in JSON escapes', () => {
    expect(quote('Philip Torr')).to.equal('"Philip Torr"');
    expect(quote('a "b"\n\u001b[2K')).to.equal('"a \\"b\\"\\n\\u001b[2K"');
  });
  it(`cuts long text to ${QUOTE_LENGTH} characters with an ellipsis`, () => {
    expect(quote('x'.repeat(100_000))).to.equal(`"${'x'.repeat(QUOTE_LENGTH - 1)}…"`);
  });
  it('never cuts a character in half', () => {
    const text = `${'x'.repeat(QUOTE_LENGTH - 2)}😀😀`;
    expect(clip(text)).to.equal(`${'x'.repeat(QUOTE_LENGTH - 2)}…`);
  });
  it('writes numbers, booleans and null as they are, and other values by their kind', () => {
    expect([quote(2.5), quote(false), quote(null), quote([1]), quote({ a: 1 }), quote(undefined)]).to.deep.equal([
      '2.5',
      'false',
      'null',
      'a list',
      'an object',
      'a undefined',
    ]);
  });
  it('never serialises a list, however large it stands for', () => {
    let value: unknown = ['lol'];
    for (let i = 0; i < 30; i++) value = [value, value]; // 2^30 leaves, as YAML aliases make them
    expect(quote(value)).to.equal('a list');
  });
});

describe('messages about a 100 KB value', () => {
  const big = 'x'.repeat(100_000);
  const messagesOf = (fields: Record<string, unknown>): string[] => {
    const r = readPosting({ title: 'T', closes: '2021-11-15', applyUrl: 'https://example.org/apply', ...fields });
    return r.ok ? r.warnings : [r.error];
  };
  const cases: [string, Record<string, unknown>][] = [
    ['an unknown field name', { [big]: 1 }],
    ['a time zone', { timeZone: big }],
    ['a closing date', { closes: big }],
    ['a closing date that is nearly a date', { closes: `2021-11-15T12:00${' '.repeat(100_000)}+99` }],
    ['a number of posts', { positions: big }],
    ['an apply link', { applyUrl: big }],
    ['a contact', { contact: big }],
    ['a posted date', { posted: big }],
    ['a salary figure', { salary: { min: big, currency: 'GBP' } }],
  ];
  for (const [what, fields] of cases) {
    it(`quote a few dozen characters of ${what}`, () => {
      const messages = messagesOf(fields);
      expect(messages).to.not.be.empty;
      for (const m of messages) expect(m.length, m.slice(0, 300)).to.be.below(200);
    });
  }
  it('quote a few dozen characters of a Markdown heading', () => {
    const doc = readMarkdown(`## ${'Research '.repeat(12_000)}\n\nApply [here](https://example.org/apply).\n`, { now: Date.parse('2021-11-01T00:00:00Z') });
    const warnings = doc.vacancies.flatMap((v) => v.warnings);
    expect(warnings).to.not.be.empty;
    for (const w of warnings) expect(w.length, w.slice(0, 300)).to.be.below(200);
  });
});
