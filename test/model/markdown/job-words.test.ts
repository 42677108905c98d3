import { expect } from '@open-wc/testing';
import { isComingSoon, isHistory, isInstitution, isLabel, namesJob } from '../../../src/model/markdown/job-words.js';

describe('job words', () => {
  const table = (name: string, test: (text: string) => boolean, yes: string[], no: string[]): void => {
    describe(name, () => {
      for (const text of yes) it(`"${text}": yes`, () => expect(test(text)).to.equal(true));
      for (const text of no) it(`"${text}": no`, () => expect(test(text)).to.equal(false));
    });
  };
  table('namesJob', namesJob,
    ['Postdoctoral Research Assistant in Machine Learning', 'Research Fellow', 'PhD studentship', 'Research Software Engineers', 'Lab Manager/Technician', 'Lecturer in Statistics', 'RSE', 'Data Steward', 'KTP Associate', 'Post-doc', 'Bioinformatician', 'Statistician', 'Scientific Programmer', 'Data Curator', 'Summer internship', 'Group Leader', 'Principal Investigator'],
    ['Fourth Year Project/Master Thesis', 'About us', 'Lab Culture', 'Scholarship information']);
  table('isLabel: headings that label a part of an advert or a list of posts', isLabel,
    ['How to Apply', 'Applying', 'TO APPLY:', 'About the role', 'Open positions', 'Current Vacancies', "We're hiring!", 'Now hiring!', 'Vacancies', 'Job Scope', 'Deadline', 'Contact', 'Postdoc opportunities', 'Vacancies for post-doctoral positions', 'Current open opportunities:', 'Join the team', 'Job advertisement', 'Compensation', 'Position', 'The role', 'Project description', 'Who we are looking for', 'What you will do', 'Your profile', 'Our offer', 'Key dates', 'Join our lab', 'Other information', 'Skills/Capability required'],
    ['Research Fellow in Clinical Text Analytics', 'Current Post', 'MSc + PhD position', 'Statistical methodology for phase II trials', 'Postdoc positions in Data Science for epidemic preparedness']);
  table('isHistory: posts that are no longer open', isHistory,
    ['Previous openings', 'Past positions', 'Research Fellow [Deadline Passed]', 'Research Assistant (Filled)', 'This position has been filled', 'Closed vacancies', 'Research Fellow (CLOSED)', 'Expired: Lab Manager', 'Research Assistant (position filled)', 'Data Scientist – FILLED', 'Research Fellow - now closed', 'Applications are now closed'],
    ['Review will continue until the position is filled.', 'Current Vacancies', 'Research Fellow', 'Applications close on 5 May', 'Closed-loop control engineer']);
  table('isComingSoon', isComingSoon, ['Coming soon (July 2022)', 'Future positions'], ['Now hiring!']);
  table('isInstitution', isInstitution, ['University of Manchester', 'IT University of Copenhagen', 'Contraflow Group'], ['Research Fellow', 'Regional Data Centre Engineer']);
});
