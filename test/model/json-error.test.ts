import { expect } from '@open-wc/testing';
import { explainJsonError } from '../../src/model/json-error.js';

describe('explainJsonError', () => {
  const cases: [string, string, string][] = [
    ['a bare date', '{\n  "title": "Broken",\n  "closes": 2021-11-15\n}', 'line 3, column 17: a comma was expected'],
    ['a missing value', '{"title": "T",\n "closes": }', 'line 2, column 12: a value was expected'],
    ['a trailing comma', '{"title": "T",}', 'line 1, column 15: a property name in double quotes was expected'],
    ['single quotes', "{'title': 'T'}", 'line 1, column 2: an unexpected character'],
    ['a missing closing brace', '{"title": "T"', 'line 1, column 14: a closing "}" was expected'],
    ['an unclosed string', '{"title": "T}', 'line 1, column 11: a string is not closed'],
    ['a comment', '{"title": "T" // the post\n}', 'line 1, column 15: comments are not allowed in JSON'],
    ['two documents', '{"title": "T"} {"title": "U"}', 'line 1, column 16: the document should end here'],
  ];
  for (const [name, text, where] of cases) {
    it(name, () => {
      expect(explainJsonError(text)).to.equal(`The JSON is broken at ${where}`);
    });
  }

  it('has nothing to say about valid JSON', () => {
    expect(explainJsonError('{"title": "T", "positions": [1, 2.5e3, null, true]}')).to.equal(undefined);
  });
});
