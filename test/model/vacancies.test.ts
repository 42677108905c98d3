import { expect } from '@open-wc/testing';
import { slug } from '../../src/model/ids.js';
import { pickVacancy, vacanciesOf } from '../../src/model/vacancies.js';

const list = vacanciesOf({
  kind: 'json',
  json: [
    { title: 'Senior Research Associate', applyUrl: 'https://my.corehr.com/x?p_recruitment_id=158846' },
    { title: 'Research Engineer' },
  ],
});

describe('vacancies', () => {
  it('gives JSON vacancies ids: the recruitment id, else a slug', () => {
    expect(list.entries.map((e) => e.id)).to.deep.equal(['158846', 'research-engineer']);
  });

  it('reads one posting, a list, or { vacancies: [...] }', () => {
    expect(vacanciesOf({ kind: 'json', json: { title: 'A' } }).entries.length).to.equal(1);
    expect(vacanciesOf({ kind: 'json', json: { vacancies: [{ title: 'A' }, { title: 'B' }] } }).entries.length).to.equal(2);
  });

  const cases: [string, string | RegExp][] = [
    ['', 'Senior Research Associate'],
    ['158846', 'Senior Research Associate'],
    ['2', 'Research Engineer'],
    ['research-engineer', 'Research Engineer'],
    ['Research Engineer', 'Research Engineer'],
    ['senior-research-associate', 'Senior Research Associate'],
    ['3', /vacancy="3": the document has 2 vacancies/],
    ['lecturer', /vacancy="lecturer" matches none of the document's vacancies \(158846, research-engineer\)/],
  ];
  for (const [wanted, expected] of cases) {
    it(`vacancy="${wanted}"`, () => {
      const r = pickVacancy(list, wanted);
      if (typeof expected === 'string') expect(r.ok && (r.value.posting as { title: string }).title).to.equal(expected);
      else expect(r.ok ? '' : r.error).to.match(expected);
    });
  }

  it('says when a document has no vacancies, quoting the page', () => {
    const r = pickVacancy({ entries: [], notes: [{ title: 'Sorry, No Current Vacancies', markdown: '', reason: 'no-vacancies' }] }, '');
    expect(r).to.deep.equal({ ok: false, error: 'The document has no vacancies ("Sorry, No Current Vacancies")' });
  });

  it('slugs titles', () => {
    expect(slug('Postdoctoral Research Assistant in Machine Learning')).to.equal('postdoctoral-research-assistant-in-machine-learning');
    expect(slug('Rôle: Ingénieur!')).to.equal('role-ingenieur');
  });
});
