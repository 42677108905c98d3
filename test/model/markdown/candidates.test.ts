import { expect } from '@open-wc/testing';
import { cleanLeadTitle, frontMatterTitle, mayName, proseTitle, takeCount } from '../../../src/model/markdown/candidates.js';

describe('candidates', () => {
  describe('takeCount: a count around a title goes to positions', () => {
    const cases: [string, string, number | undefined][] = [
      ['3 x Research Software Engineers', 'Research Software Engineers', 3],
      ['2 × Research Fellows', 'Research Fellows', 2],
      ['(Two posts) Research Fellow in Health Data', 'Research Fellow in Health Data', 2],
      ['Research Assistant x2', 'Research Assistant', 2],
      ['Research Assistant (x3)', 'Research Assistant', 3],
      ['Research Fellow in Robotics, 2 posts', 'Research Fellow in Robotics', 2],
      ['Research Fellow in Robotics – two positions', 'Research Fellow in Robotics', 2],
      ['Research Fellow in Robotics (3 vacancies)', 'Research Fellow in Robotics', 3],
      ['Research Fellow in Robotics and Posts', 'Research Fellow in Robotics and Posts', undefined],
      ['2 Postdoctoral Research Assistants in Vision', '2 Postdoctoral Research Assistants in Vision', undefined],
      ['Senior Research Associate', 'Senior Research Associate', undefined],
    ];
    for (const [text, title, positions] of cases) {
      it(text, () => expect(takeCount(text)).to.deep.equal(positions ? { title, positions } : { title }));
    }
  });

  describe('cleanLeadTitle: the name, without what the lead says besides', () => {
    const cases: [string, string][] = [
      ['Research Fellow: University of Leeds, deadline 22 September 2024', 'Research Fellow'],
      ['Cloud Engineer (Fixed Term), University of Cambridge', 'Cloud Engineer (Fixed Term)'],
      ['Programme Manager : Regional Data Centre, University of Manchester', 'Programme Manager : Regional Data Centre'],
      ['Research Fellow in Data Science (3 years, £33,797 - £40,322) based in the Usher Institute. Closing Date: 14 October 2024', 'Research Fellow in Data Science'],
      ['Early-Career Fellowships (Senior Research Associates) in Climate]', 'Early-Career Fellowships (Senior Research Associates) in Climate'],
      ['Community Manager -- apply by 2024-03-05', 'Community Manager'],
      ['Data Engineer (closes 30 June)', 'Data Engineer'],
      ['KTP Associate - Behavioural Scientist', 'KTP Associate - Behavioural Scientist'],
      ['PhD studentship: Membrane proteins in lipids', 'PhD studentship: Membrane proteins in lipids'],
      // A parenthesis is cut only when it gives pay or the term of the post.
      ['Research Assistant (0.8 FTE) in Imaging', 'Research Assistant'],
      ['PhD studentship (2025 entry) in Imaging', 'PhD studentship (2025 entry) in Imaging'],
      // The first sentence ends at a full stop, not at "Dr." or an initial.
      ['Postdoc with Dr. Smith in A.I. Safety. Apply by email', 'Postdoc with Dr. Smith in A.I. Safety'],
    ];
    for (const [text, title] of cases) it(text, () => expect(cleanLeadTitle(text).title).to.equal(title));
  });

  describe('frontMatterTitle: a label or an institution beside the name is dropped; a label alone names nothing', () => {
    const cases: [string, string | undefined][] = [
      ['Job advertisement - Post-doctoral Research Fellow', 'Post-doctoral Research Fellow'],
      ['Postdoc in philosophy of AI | University of Florida', 'Postdoc in philosophy of AI'],
      ['IT University of Copenhagen | Postdoc positions in Data Science', 'Postdoc positions in Data Science'],
      ['PhD studentship: Membrane proteins in lipids', 'PhD studentship: Membrane proteins in lipids'],
      ['Contraflow Group - Vacancies', undefined],
      ['Vacancies', undefined],
      ["We're hiring!", undefined],
      ['Join Us', undefined],
      ['Open positions', undefined],
    ];
    for (const [text, title] of cases) it(text, () => expect(frontMatterTitle(text)).to.equal(title));
  });

  describe('mayName: which leads may name a post', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['Research Software Engineer', undefined, true],
      ['Next-generation imaging of inflammation with machine learning', undefined, true],
      ['Data Steward', 'https://jobs.example.ac.uk/vacancy/1', true],
      ['Timeline', undefined, false],
      ['Description', undefined, false],
      ['Deadline: 5 May 2025', undefined, false],
      ['Salary: £36,000 per annum', undefined, false],
      ['Closing date 9 January 2025', undefined, false],
      ['Here is the position description from the official job posting:', undefined, false],
      ['Are you a recent graduate with an interest in oceans?', undefined, false],
    ];
    for (const [text, href, may] of cases) it(`"${text}"`, () => expect(mayName(href ? { text, href } : { text })).to.equal(may));
  });

  describe('proseTitle: the job a sentence announces', () => {
    const cases: [string, string | undefined][] = [
      ['We will be recruiting a PhD student to work on plastics in the ocean to start in 2022.', 'PhD student to work on plastics in the ocean'],
      ['We are seeking a highly motivated Research Associate to join a 12-month project.', 'Research Associate'],
      ['We are looking to hire a joint research assistant (i.e. lab tech) to join our labs.', 'Research Assistant'],
      ['We are looking for candidates with experience in NMR.', undefined],
      ['Welcome to the lab.', undefined],
    ];
    for (const [text, title] of cases) it(text, () => expect(proseTitle(text)).to.equal(title));
    it('ends the name where a clause begins, "in collaboration with" or "based in" as much as "who"', () => {
      expect(proseTitle('We are seeking a Research Fellow in collaboration with the Met Office.')).to.equal('Research Fellow');
      expect(proseTitle('We are recruiting a Data Scientist based in London.')).to.equal('Data Scientist');
    });
  });
});
