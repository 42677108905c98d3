import { expect } from '@open-wc/testing';
import { readMarkdown } from '../../../src/model/markdown/from-markdown.js';

const NOW = Date.parse('2022-03-01T12:00:00Z');
const CLOSING = 'Only applications received before midday on the 15th November 2022 can be considered.';
const APPLY = 'https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_recruitment_id=154006';

/** The description the reader keeps for one post written as `body` under a heading. */
const descriptionOf = (body: string): string => {
  const doc = readMarkdown(`## Research Engineer\n\n${body}\n`, { now: NOW, baseUrl: 'https://example.org/jobs/' });
  const description = doc.vacancies[0]?.fields['description'];
  return typeof description === 'string' ? description : '';
};

describe('no fact twice: what the card shows is not said again in the description', () => {
  it('a paragraph that is only the salary goes (the card’s facts show it)', () => {
    const description = descriptionOf(`Grade 7: £33,309 - £35,326 per annum\n\nA post on learning from video.\n\n${CLOSING} Apply [here](${APPLY}).`);
    expect(description).not.to.contain('£33,309');
    expect(description).to.contain('A post on learning from video.');
  });

  it('a salary inside a sentence that says more stays', () => {
    const description = descriptionOf(`The post is at Grade 7: £33,309 - £35,326 per annum, with a pension.\n\n${CLOSING} Apply [here](${APPLY}).`);
    expect(description).to.contain('£33,309 - £35,326 per annum, with a pension');
  });

  for (const line of [`Apply [here](${APPLY})`, `[Apply now](${APPLY}).`, `**[Click here to apply online](${APPLY})**`, `Please apply via the [online form](${APPLY}).`]) {
    it(`an "Apply here" line to the apply address goes (the Apply button): ${line.replace(APPLY, '…')}`, () => {
      const description = descriptionOf(`A post on learning from video.\n\n${CLOSING}\n\n${line}`);
      expect(description).not.to.contain('my.corehr.com');
      expect(description).to.contain(CLOSING);
    });
  }

  it('an apply line that carries more stays whole', () => {
    const line = `Please [apply here](${APPLY}), uploading a covering letter and the names of two referees.`;
    expect(descriptionOf(`${CLOSING}\n\n${line}`)).to.contain('uploading a covering letter');
  });

  it('a line linking elsewhere stays', () => {
    const line = 'Read more about the group [here](https://example.org/group).';
    expect(descriptionOf(`${CLOSING} Apply [here](${APPLY}).\n\n${line}`)).to.contain(line);
  });

  it('the deadline sentence stays, with what it asks of candidates', () => {
    const body = `${CLOSING} Please upload a covering letter with your online application [here](${APPLY}).`;
    expect(descriptionOf(body)).to.contain('Please upload a covering letter');
  });
});
