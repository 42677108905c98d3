import { expect } from '@open-wc/testing';
import { readMarkdown, splitFrontMatter, type MarkdownDocument } from '../../../src/model/markdown/from-markdown.js';
import { SOURCE_UNSURE } from '../../../src/model/posting.js';
import * as htmlReader from '../../../src/model/markdown/html-blocks.js';

const NOW = Date.parse('2022-03-01T12:00:00Z');
const read = (md: string, frontMatter?: Record<string, unknown>): MarkdownDocument =>
  readMarkdown(md, { now: NOW, ...(frontMatter ? { frontMatter } : {}) });
const titles = (doc: MarkdownDocument): unknown[] => doc.vacancies.map((v) => v.fields['title']);
const CLOSING = 'Only applications received before midday on the 15th November 2022 can be considered.';

describe('readMarkdown', () => {
  describe('titles', () => {
    const cases: [string, string, number?][] = [
      ['## [Postdoctoral Research Assistant in Machine Learning x2](https://my.corehr.com/x?p_recruitment_id=154006)', 'Postdoctoral Research Assistant in Machine Learning', 2],
      ['### 1. Postdoctoral Research Assistant', 'Postdoctoral Research Assistant'],
      ['### 2 Postdoctoral Research Assistant', 'Postdoctoral Research Assistant'],
      ['### 2. Fellowship in AI for Neural Decoding:', 'Fellowship in AI for Neural Decoding'],
      ['## Research Engineer ×3', 'Research Engineer', 3],
      ['### 2 x Research Engineers', 'Research Engineers', 2],
      ['## Research Engineer [Apply here](https://my.corehr.com/x?p_recruitment_id=1)', 'Research Engineer'],
    ];
    for (const [heading, title, positions] of cases) {
      it(heading, () => {
        const doc = read(`${heading}\n\n${CLOSING}\n`);
        expect(titles(doc)).to.deep.equal([title]);
        expect(doc.vacancies[0]?.fields['positions']).to.equal(positions);
      });
    }
  });

  describe('apply links', () => {
    const cases: [string, string, string | undefined][] = [
      ['the heading\'s own link', '## [Post](https://my.corehr.com/a?p_recruitment_id=1)\n\nText.', 'https://my.corehr.com/a?p_recruitment_id=1'],
      ['"Apply"', '## Post\n\n[Apply](https://my.corehr.com/b)', 'https://my.corehr.com/b'],
      ['"Apply here"', '## Post\n\nApply [here](https://tinyurl.com/xyz)', 'https://tinyurl.com/xyz'],
      ['"Apply Now" next to a job description', '## Post\n\nDownload the [Job Description](https://source.data.ox.ac.uk/v/1.doc) or [Apply Now](https://my.corehr.com/c)', 'https://my.corehr.com/c'],
      ['"please refer to [here]"', '## Post\n\nFor more details and application, please refer to [here](https://my.corehr.com/d)', 'https://my.corehr.com/d'],
      ['"the [official site]"', '## Post\n\nTo apply, see the [official site](https://www.eng.ox.ac.uk/jobs/job-detail?vacancyID=1)', 'https://www.eng.ox.ac.uk/jobs/job-detail?vacancyID=1'],
      ['a bare recruitment URL', '## Post\n\nFor more details and application, please refer to https://my.corehr.com/e?p_recruitment_id=5', 'https://my.corehr.com/e?p_recruitment_id=5'],
      ['a target pasted as a link', '## [Post]([https://my.corehr.com/old](https://my.corehr.com/new))', 'https://my.corehr.com/new'],
      ['never a job description alone', '## Post\n\n[Job Description](https://my.corehr.com/jd.pdf)', undefined],
      ['never a mailto', '## Post\n\nApply to [me](mailto:a@b.org)', undefined],
      ['never "more information"', '## Post\n\nFor more information about working at the Department, see www.eng.ox.ac.uk/about/work-with-us/', undefined],
      ['"click here" in a sentence about applying', '## Post\n\nTo apply, [click here](https://apply.example.org/post/1).', 'https://apply.example.org/post/1'],
      ['"official advert"', '## Post\n\nSee the [official advert](https://www.example.ac.uk/careers/job/22).', 'https://www.example.ac.uk/careers/job/22'],
      ['"more information … [here]"', '## Post\n\nMore information and the application form [here](https://hr.example.org/vacancy/31).', 'https://hr.example.org/vacancy/31'],
      ['"Online application"', '## Post\n\n[Online application](https://portal.example.org/x)', 'https://portal.example.org/x'],
      ['the URL itself as link text', '## Post\n\n[https://www.jobs.ac.uk/job/ABC123](https://www.jobs.ac.uk/job/ABC123)', 'https://www.jobs.ac.uk/job/ABC123'],
      ['an autolink', '## Post\n\nApplication: <https://portal.example.org/apply/77>', 'https://portal.example.org/apply/77'],
      ['a bare Jobtrain URL', '## Post\n\nDetails: https://www.jobtrain.co.uk/example/Job/JobDetail?JobId=1', 'https://www.jobtrain.co.uk/example/Job/JobDetail?JobId=1'],
      ['a bare Stonefish URL', '## Post\n\nhttps://jobs.stonefish.example.ac.uk/vacancy/123', 'https://jobs.stonefish.example.ac.uk/vacancy/123'],
      ['a bare tal.net URL', '## Post\n\nhttps://example.tal.net/vx/candidate/jobboard/vacancy/1/adv/', 'https://example.tal.net/vx/candidate/jobboard/vacancy/1/adv/'],
      ['a Workday link on its name', '## Post\n\nUse the [Workday platform](https://ntu.wd3.myworkdayjobs.com/Careers/job/R1).', 'https://ntu.wd3.myworkdayjobs.com/Careers/job/R1'],
      ['an iCIMS link', '## Post\n\nRead the [job posting](https://careers-x.icims.com/jobs/1/role/job).', 'https://careers-x.icims.com/jobs/1/role/job'],
      ['a Taleo link', '## Post\n\nThe [vacancy](https://x.taleo.net/careersection/2/jobdetail.ftl?job=9).', 'https://x.taleo.net/careersection/2/jobdetail.ftl?job=9'],
      ['an AcademicTransfer link', '## Post\n\n[I want to know more or apply immediately...](https://www.academictransfer.com/en/318956/x/)', 'https://www.academictransfer.com/en/318956/x/'],
      ['an academicjobsonline link', '## Post\n\n[AJO](https://academicjobsonline.org/ajo/jobs/2001)', 'https://academicjobsonline.org/ajo/jobs/2001'],
      ['never a PDF job description, even from a recruitment system', '## Post\n\n[Apply](https://www.jobs.ac.uk/job/X1/advert.pdf) or [details](https://www.jobs.ac.uk/job/X1)', 'https://www.jobs.ac.uk/job/X1'],
    ];
    for (const [name, md, url] of cases) {
      it(name, () => {
        const doc = read(`${md}\n\n${CLOSING}\n`);
        expect(doc.vacancies[0]?.fields['applyUrl']).to.equal(url);
      });
    }
  });

  it('reads each heading that introduces a post as a vacancy, to the next heading of its level', () => {
    const doc = read(`
Last updated: 30th April 2025

### 1. Postdoctoral Research Assistant
#### Department of Engineering Science, Central Oxford
${CLOSING}
Apply [here](https://my.corehr.com/a)

### 2. Senior Research Associate
Closing date: 20 December 2022. [Apply](https://my.corehr.com/b)

### 3. Fourth Year Project/Master Thesis
If you are a student at Oxford, please reach out to Professor Torr. philip.torr@eng.ox.ac.uk
`);
    expect(titles(doc)).to.deep.equal(['Postdoctoral Research Assistant', 'Senior Research Associate']);
    expect(doc.vacancies.map((v) => v.fields['closes'])).to.deep.equal(['2022-11-15T12:00', '2022-12-20']);
    expect(doc.notes.map((n) => n.title)).to.deep.equal(['Last updated: 30th April 2025', 'Fourth Year Project/Master Thesis']);
    expect(String(doc.vacancies[0]?.fields['description'])).to.contain('#### Department of Engineering Science');
  });

  it('ignores HTML comments, however long', () => {
    const doc = read(`<!--
### Old Post
${CLOSING}
[Apply](https://my.corehr.com/old)
-->

### Current Post
${CLOSING}
[Apply](https://my.corehr.com/new)
`);
    expect(titles(doc)).to.deep.equal(['Current Post']);
    expect(String(doc.vacancies[0]?.fields['description'])).not.to.contain('Old Post');
  });

  it('has no vacancies on a page that says so', () => {
    const doc = read('## Sorry, No Current Vacancies\n\nWe will be shortly advertising 3 post docs.\n');
    expect(doc.vacancies).to.deep.equal([]);
    expect(doc.notes.map((n) => n.title)).to.deep.equal(['Sorry, No Current Vacancies']);
  });

  it('reads a page without headings as a note, or as one vacancy when it states one', () => {
    expect(read('We are always recruiting **Ph.D.** students. Email us.').notes.map((n) => n.title)).to.deep.equal([
      'We are always recruiting Ph.D. students.',
    ]);
    const single = read(`${CLOSING}\n\n[Apply](https://my.corehr.com/x)`, { title: 'Research Engineer' });
    expect(titles(single)).to.deep.equal(['Research Engineer']);
  });

  it('splits an umbrella heading over several posts', () => {
    const doc = read(`## Vacancies
### Research Engineer
${CLOSING} [Apply](https://my.corehr.com/a)
### Research Fellow
${CLOSING} [Apply](https://my.corehr.com/b)
`);
    expect(titles(doc)).to.deep.equal(['Research Engineer', 'Research Fellow']);
  });

  it('shares a closing date stated after "these projects" with the post before', () => {
    const doc = read(`### 1. One Year Fellowships in AI for Drugs Discovery or AI for Neural Decoding
Fellowship in AI for Drugs Discovery :
We are developing an AI system.

Apply [here](https://encode.example/projects/drug-discovery)

### 2. Fellowship in AI for Neural Decoding:
We are decoding brains.

Apply [here](https://encode.example/projects/neural-decoding)

These projects are in collaboration with partners.

Closing: 30th April
`);
    expect(titles(doc)).to.deep.equal(['Fellowship in AI for Drugs Discovery', 'Fellowship in AI for Neural Decoding']);
    expect(doc.vacancies.map((v) => v.fields['closes'])).to.deep.equal(['2022-04-30', '2022-04-30']);
    expect(doc.vacancies[0]?.warnings.join()).to.contain('no closing date of its own; took "Closing: 30th April"');
  });

  it('reads salary, contact, contract, funding and number of posts', () => {
    const doc = read(`## [Postdoctoral Research Assistant in Machine Learning](https://my.corehr.com/x?p_recruitment_id=154006)

Grade 7: £33,309 - £35,326 per annum

We are seeking two Postdoctoral Research Assistants in Machine Learning. The posts are fixed-term for 2 year in the first instance with funding provided by the EPSRC.

Informal enquiries may be addressed to Dr. Yangchen Pan: [email](mailto:yangchen.pan@eng.ox.ac.uk)

${CLOSING}
`);
    const f = doc.vacancies[0]?.fields ?? {};
    expect(f['salary']).to.deep.equal({ text: 'Grade 7: £33,309 - £35,326 per annum', min: 33309, max: 35326, currency: 'GBP', period: 'year' });
    expect(f['contact']).to.deep.equal({ email: 'yangchen.pan@eng.ox.ac.uk' });
    expect(f['contract']).to.equal('fixed-term for 2 year in the first instance');
    expect(f['funding']).to.equal('EPSRC');
    expect(f['positions']).to.equal(2);
    expect(doc.vacancies[0]?.id).to.equal('154006');
  });

  describe('warnings, naming the vacancy', () => {
    it('no deadline and no apply link', () => {
      const doc = read('## Research Engineer\n\nWe are hiring. Apply by email: a@b.org\n\n[Apply](https://my.corehr.com/x)\n');
      expect(doc.vacancies[0]?.warnings).to.deep.equal([
        '"Research Engineer": no closing date found; write e.g. "Only applications received before midday on 15 November 2021 can be considered"',
      ]);
    });
    it('a date without a year', () => {
      const doc = read('## Research Engineer\n\nClosing: 30th April\n\n[Apply](https://my.corehr.com/x)\n');
      expect(doc.vacancies[0]?.warnings).to.deep.equal(['"Research Engineer": the closing date "Closing: 30th April" gives no year; read as 2022']);
    });
    it('two candidate deadlines', () => {
      const doc = read('## Research Engineer\n\nClosing date: 1 April 2022.\n\nThe closing date is 8 April 2022.\n\n[Apply](https://my.corehr.com/x)\n');
      expect(doc.vacancies[0]?.fields['closes']).to.equal('2022-04-01');
      expect(doc.vacancies[0]?.warnings).to.deep.equal(['"Research Engineer": 2 different closing dates (2022-04-01, 2022-04-08); the first is used']);
    });
  });

  it('takes front-matter posting fields as defaults, and ignores Jekyll keys', () => {
    const doc = read('## Research Engineer\n\n[Apply](https://my.corehr.com/x)\n', {
      layout: 'page',
      title: 'Recruitment',
      permalink: '/recruitment/',
      closes: '2022-11-15T12:00',
      organization: 'University of Oxford',
    });
    expect(doc.vacancies[0]?.fields).to.deep.include({ title: 'Research Engineer', closes: '2022-11-15T12:00', organization: 'University of Oxford' });
    expect(doc.vacancies[0]?.fields).not.to.have.property('layout');
    expect(doc.vacancies[0]?.warnings).to.deep.equal([]);
  });

  it('gives every vacancy an id: its recruitment id, else a slug of its title', () => {
    const doc = read(`## [A](https://my.corehr.com/x?p_recruitment_id=1)\n${CLOSING}\n## Research Fellow\n${CLOSING} [Apply](https://www.eng.ox.ac.uk/jobs/job-detail?vacancyID=183699)\n## Research Fellow\n${CLOSING} [Apply](https://my.corehr.com/z)\n`);
    expect(doc.vacancies.map((v) => v.id)).to.deep.equal(['1', '183699', 'research-fellow']);
  });
  describe('an unsure reading of the deadline is given to the card as a code, and to the author as advice', () => {
    const cases: [string, string, unknown, RegExp][] = [
      ['a numeric date that reads both ways', 'Closing date: 4/08/2022.', { code: 'day-month-order', other: '2022-04-08' }, /read day first, not as 2022-04-08: write the month in words/],
      ['midnight', 'Applications close at midnight UK time on 22 May 2022.', { code: 'midnight', read: 'end-of-day' }, /midnight: read as the end of that day/],
      ['a review start', 'We will begin reviewing applications on April 5, 2022.', { code: 'review-start' }, /the day review of applications begins/],
      ['a year not written', 'Closing date: 30th April.', { code: 'year-inferred', year: 2022 }, /gives no year; read as 2022/],
    ];
    for (const [name, sentence, unsure, advice] of cases) {
      it(name, () => {
        const [v] = read(`## Research Fellow\n\n${sentence} Apply [here](https://jobs.example.ac.uk/vacancy/4411).\n`).vacancies;
        expect(v?.fields[SOURCE_UNSURE]).to.deep.equal(unsure);
        expect(v?.warnings.join('\n')).to.match(advice);
      });
    }
  });

  describe('a closing date stated once for several posts', () => {
    const apply = (n: number): string => `Apply [here](https://jobs.example.ac.uk/vacancy/${n}).`;
    it('at the top of the page is the date of each post below that states none, said on the card', () => {
      const doc = read(`We are hiring two researchers. The closing date for both posts is 30 June 2022.\n\n## Research Fellow in Vision\n\n${apply(1)}\n\n## Research Engineer\n\nCloses 20 June 2022. ${apply(2)}\n`);
      expect(doc.vacancies.map((v) => v.fields['closes'])).to.deep.equal(['2022-06-30', '2022-06-20']);
      expect(doc.vacancies.map((v) => v.found.deadline)).to.deep.equal(['page', 'own']);
      expect(doc.vacancies[0]?.fields[SOURCE_UNSURE]).to.deep.equal({ code: 'page' });
      expect(doc.vacancies[0]?.warnings.join('\n')).to.match(/no closing date of its own; took "The closing date for both posts .*" from the introduction/);
    });
    it('under a bold category line, for the posts in its list; each line its own', () => {
      const doc = read(`## Open positions\n\n**PhD studentships, closing 10 June 2022:**\n\n- [Studentship in Vision](https://jobs.example.ac.uk/vacancy/1)\n- [Studentship in Robotics](https://jobs.example.ac.uk/vacancy/2)\n\n**Postdoctoral posts, closing 30 June 2022:**\n\n- [Research Fellow in Vision](https://jobs.example.ac.uk/vacancy/3)\n`);
      expect(doc.vacancies.map((v) => [v.fields['title'], v.fields['closes'], v.found.deadline])).to.deep.equal([
        ['Studentship in Vision', '2022-06-10', 'shared'],
        ['Studentship in Robotics', '2022-06-10', 'shared'],
        ['Research Fellow in Vision', '2022-06-30', 'shared'],
      ]);
    });
    it('but not when the top of the page states two', () => {
      const doc = read(`Postdoc applications close on 30 June 2022. PhD applications close on 1 December 2022.\n\n## Research Fellow in Vision\n\n${apply(1)}\n`);
      expect(doc.vacancies.map((v) => v.fields['closes'])).to.deep.equal([undefined]);
    });
  });

  describe('a deadline struck out and extended', () => {
    const cases: [string, string][] = [
      ['struck in Markdown', 'Closing date: ~~30 May 2022~~ 15 June 2022.'],
      ['struck in HTML', 'Closing date: <del>30 May 2022</del> 15 June 2022.'],
      ['extended in a later sentence', 'Closing date: 30 May 2022.\n\n**Update:** the deadline has been extended to 15 June 2022.'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const [v] = readMarkdown(`## Research Fellow\n\n${text} Apply [here](https://jobs.example.ac.uk/vacancy/1).\n`, { now: NOW, html: htmlReader }).vacancies;
        expect(v?.fields['closes']).to.equal('2022-06-15');
      });
    }
  });

  describe('a closing date under its own label', () => {
    const cases: [string, string][] = [
      ['a heading', '### Deadline\n\n30 June 2022\n'],
      ['a bold line', '**Closing date:**\n30 June 2022\n'],
      ['a line of its own', 'Application deadline\n30 June 2022\n'],
    ];
    for (const [name, label] of cases) {
      it(name, () => {
        const [v] = read(`## Research Fellow\n\nA post in vision.\n\n${label}\nApply [here](https://jobs.example.ac.uk/vacancy/1).\n`).vacancies;
        expect(v?.fields['closes']).to.equal('2022-06-30');
      });
    }
    it('not a date of another kind under it', () => {
      const [v] = read(`## Research Fellow\n\n### Deadline\n\nInterviews 5 July 2022\n\nApply [here](https://jobs.example.ac.uk/vacancy/1).\n`).vacancies;
      expect(v?.fields['closes']).to.equal(undefined);
    });
  });

  describe('numeric dates are read in one order on the whole page', () => {
    const closes = (md: string, options: { timeZone?: string; frontMatter?: Record<string, unknown> } = {}): unknown[] =>
      readMarkdown(md, { now: NOW, ...options }).vacancies.map((v) => v.fields['closes']);
    const post = (title: string, date: string): string => `## ${title}\n\nClosing date: ${date}. Apply [here](https://jobs.example.ac.uk/vacancy/${title.length}).\n\n`;
    it('day first where nothing settles it, with a warning', () => {
      const [v] = readMarkdown(post('Research Fellow', '4/08/2022'), { now: NOW }).vacancies;
      expect(v?.fields['closes']).to.equal('2022-08-04');
      expect(v?.found.unsure).to.deep.equal(['day-month-order']);
    });
    it('month first when the posting\'s zone is American (the element\'s time-zone)', () => {
      expect(closes(post('Research Fellow', '4/08/2022'), { timeZone: 'America/New_York' })).to.deep.equal(['2022-04-08']);
    });
    it('month first when the front matter\'s zone is American, whatever the element says', () => {
      expect(closes(post('Research Fellow', '4/08/2022'), { timeZone: 'Europe/London', frontMatter: { timeZone: 'America/Chicago' } })).to.deep.equal(['2022-04-08']);
    });
    it('as another post\'s date settles it, without a warning', () => {
      const doc = readMarkdown(post('Research Fellow', '13/8/2022') + post('Data Scientist', '4/09/2022'), { now: NOW, timeZone: 'America/New_York' });
      expect(doc.vacancies.map((v) => v.fields['closes'])).to.deep.equal(['2022-08-13', '2022-09-04']);
      expect(doc.vacancies.map((v) => v.found.unsure)).to.deep.equal([undefined, undefined]);
      expect(closes(post('Research Fellow', '5/19/2022') + post('Data Scientist', '4/09/2022'))).to.deep.equal(['2022-05-19', '2022-04-09']);
    });
    it('by the zone again when the page\'s dates disagree', () => {
      expect(closes(post('Research Fellow', '13/8/2022') + post('Engineer', '5/19/2022') + post('Data Scientist', '4/09/2022'))).to.deep.equal(['2022-08-13', '2022-05-19', '2022-09-04']);
    });
  });
});

describe('splitFrontMatter', () => {
  it('splits TOML between +++ lines from the body', () => {
    expect(splitFrontMatter('+++\ntitle = "Post"\n+++\nBody')).to.deep.equal({ toml: 'title = "Post"', body: 'Body' });
  });
  it('reads an empty front matter as empty', () => {
    expect(splitFrontMatter('---\n---\nBody')).to.deep.equal({ yaml: '', body: 'Body' });
  });
  it('splits the YAML between --- lines from the body', () => {
    expect(splitFrontMatter('---\ntitle: "Recruitment"\n---\n\n## Post\n')).to.deep.equal({ yaml: 'title: "Recruitment"', body: '\n## Post\n' });
  });
  it('leaves a document without front matter alone', () => {
    expect(splitFrontMatter('## Post\n---\n')).to.deep.equal({ body: '## Post\n---\n' });
  });
});
