import { expect } from '@open-wc/testing';
import { hostOf, httpUrl } from '../../src/model/url.js';

describe('httpUrl', () => {
  const cases: [string, string | undefined, string | null][] = [
    ['https://my.corehr.com/pls/uoxrecruit/x?p_recruitment_id=154006', undefined, 'https://my.corehr.com/pls/uoxrecruit/x?p_recruitment_id=154006'],
    ['  http://example.org  ', undefined, 'http://example.org/'],
    ['/jobs/1', 'https://eng.ox.ac.uk/data/v.json', 'https://eng.ox.ac.uk/jobs/1'],
    ['javascript:alert(1)', undefined, null],
    ['JaVaScRiPt:alert(1)', 'https://example.org/', null],
    [' javascript:alert(1)', 'https://example.org/', null],
    ['java\tscript:alert(1)', 'https://example.org/', null],
    ['vbscript:msgbox', undefined, null],
    ['data:text/html,<script>alert(1)</script>', undefined, null],
    ['mailto:a@b.c', undefined, null],
    ['not a url', undefined, null],
  ];
  for (const [input, base, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(httpUrl(input, base)).to.equal(expected);
    });
  }

  it('names the host without www', () => {
    expect(hostOf('https://my.corehr.com/pls/x')).to.equal('my.corehr.com');
    expect(hostOf('https://www.eng.ox.ac.uk/jobs')).to.equal('eng.ox.ac.uk');
  });
});
