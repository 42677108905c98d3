import { expect } from '@open-wc/testing';
import { readMarkdown, splitFrontMatter, type MarkdownDocument } from '../../../src/model/markdown/from-markdown.js';
import { parseFrontMatter } from '../../../src/model/markdown/front-matter.js';
import * as html from '../../../src/model/markdown/html-blocks.js';
import { parseTomlFrontMatter } from '../../../src/model/markdown/toml-front-matter.js';

/**
 * Each fixture in test/fixtures/labs/ is one way labs write a recruitment
 * page (written for these tests, modelled on real pages); each row says what
 * an applicant reads from it. The clock is 1 June 2024, which settles the
 * year of "closes 14 July".
 */
const NOW = Date.parse('2024-06-01T12:00:00Z');

async function read(file: string): Promise<MarkdownDocument> {
  const text = await (await fetch(`/test/fixtures/labs/${file}`)).text();
  const { yaml, toml, body } = splitFrontMatter(text);
  const fm = toml !== undefined ? parseTomlFrontMatter(toml) : yaml !== undefined ? parseFrontMatter(yaml) : undefined;
  if (fm && !fm.ok) throw new Error(fm.error);
  return readMarkdown(body, { now: NOW, html, ...(fm ? { frontMatter: fm.value } : {}) });
}

type Row = [title: string, closes: string | undefined, applyUrl: string | undefined, positions?: number];

const CASES: [file: string, writing: string, vacancies: Row[]][] = [
  ['html-list.md', 'raw HTML: <h2> and <ul><li><a>, count prefix, year-less date, "coming soon" and "Previous openings" never cards', [
    ['Research Software Engineers', '2024-07-14', 'https://www.jobs.cam.ac.uk/job/41001/', 2],
    ['Senior Data Scientist in Ocean Modelling', '2025-08-03', 'https://www.jobs.cam.ac.uk/job/41002/'],
  ]],
  ['bold-lines.md', 'a bold link line with its deadline in the link text; a bold category line whose deadline the bullets under it share', [
    ['Postdoctoral Researcher', '2024-09-22', 'https://jobs.leeds.ac.uk/vacancy/ENG-0451'],
    ['Research Software Engineer', '2024-09-29', 'https://www.jobs.ac.uk/job/DEF123/research-software-engineer'],
    ['Data Steward', '2024-09-29', 'https://www.jobs.ac.uk/job/DEF124/data-steward'],
    ['Systems Technician - HPC', '2024-09-29', 'https://www.jobs.ac.uk/job/DEF125/systems-technician'],
  ]],
  ['link-headings.md', '## link headings with the institution after them, under a label', [
    ['Programme Manager : Regional Data Centre and National Facility', '2024-09-02', 'https://www.jobs.manchester.ac.uk/Job/JobDetail?JobId=31001'],
    ['Cloud Engineer (Fixed Term)', '2024-08-26', 'https://www.jobs.cam.ac.uk/job/49001/'],
  ]],
  ['bullet-posts.md', 'one post per bullet, "-- apply by" ISO dates, the same title twice', [
    ['Community Manager', '2024-03-05', 'https://www.jobs.manchester.ac.uk/Job/JobDetail?JobId=30101'],
    ['Senior Research Software Engineer', '2024-03-06', 'https://www.jobs.manchester.ac.uk/Job/JobDetail?JobId=30102'],
    ['Senior Research Software Engineer', '2024-03-12', 'https://www.jobs.manchester.ac.uk/Job/JobDetail?JobId=30103'],
  ]],
  ['numbered-headings.md', 'numbered ### projects whose only evidence is a bare findaphd URL', [
    ['Bayesian designs for dose-finding trials', undefined, 'https://www.findaphd.com/phds/project/bayesian-designs-for-dose-finding/?p200001'],
    ['Estimands in platform trials', undefined, 'https://www.findaphd.com/phds/project/estimands-in-platform-trials/?p200002'],
  ]],
  ['run-in-bold.md', 'paragraphs that open with a bold job name and run on after a dash: each its own post, its deadline its own', [
    ['MSc/PhD positions in Cold-Region Hydrology', '2025-01-31', 'https://grad.example.ca/apply/hydrology-2025'],
    ['Postdoctoral Fellow, Watershed Modelling', undefined, 'https://jobs.example.ca/postings/PDF-2024-118'],
  ]],
  ['label-over-one-post.md', 'one post heading under label headings ("Open Positions", "Current openings"): the post\'s heading names it; "Past openings" is history', [
    ['Postdoctoral Researcher in Computational Genomics (SFI Frontiers)', '2024-07-14T17:00', 'https://hr.example.ie/vacancies/2024-0412'],
  ]],
  ['front-matter-with-body.md', 'a Jekyll post per job: name, deadline and application_url in the front matter, the body its description', [
    ['Research Associate in Glacier Dynamics', '2024-07-01', 'https://jobs.example.ac.uk/vacancy/GL-2024-07'],
  ]],
  ['prose-only.md', 'a post named only in a prose sentence under a label; a standing invitation\'s year-less deadline ignored', [
    ['PhD student to model turbulent mixing in estuaries', '2025-02-12', 'https://www.example-dtp.ac.uk/studentships/turbulent-mixing-in-estuaries/'],
  ]],
  ['text-led-items.md', 'bullets that open with the job in plain words, "More details [here]"; a standing invitation is no post', [
    ["PhD studentship in the Institute's PhD programme", undefined, 'https://www.example.ac.uk/careers/vacancies/2024-11-01-cortical-circuits'],
    ['Joint PhD studentship', undefined, 'https://www.example.ac.uk/careers/vacancies/2024-11-02-synapses'],
  ]],
  ['front-matter-title.md', 'named only by the front-matter title (its "Job advertisement -" label dropped); Oracle link on "here"', [
    ['Research Fellow in Cultural Evolution', undefined, 'https://abcd.fa.em3.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/20001'],
  ]],
  ['advert-sections.md', 'one advert in "General", "About the role" … sections; "| University" dropped; "Source and application:" bare URL', [
    ['Postdoc in Computational Immunology', '2025-01-09', 'https://www.exampleton.ac.uk/work-here/search-jobs/details?nPostingId=777'],
  ]],
  ['html-table.md', 'a layout <table>: bold titles (one "Title:" running on), a bold category row, dates in <b>, e-mail only', [
    ['Learning tissue models from quantitative MRI', '2025-01-20', 'https://www.example.ac.uk/doctoral-training/apply-studentship'],
    ['Finding lesions in the brain: segmentation with deep learning', '2025-03-03', undefined],
  ]],
  ['button-link.md', 'the apply link only in <button onclick>, "## How to Apply" part of the post', [
    ['KTP Associate in Assistive Robotics', '2025-06-12T17:00', 'https://abcd.fa.em3.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/job/3001/'],
  ]],
  ['liquid-include.md', 'title and link only in Liquid include parameters', [
    ['Research Associate', '2026-01-20', 'https://www.cam.ac.uk/jobs/research-associate-xy12345'],
  ]],
  ['toml-categories.md', 'TOML front matter, one bullet under each "Vacancies for …" heading, Hugo shortcodes, a mailto never the apply link', [
    ['KTP Associate - Data Scientist', '2024-12-07', 'https://jobs.kingston.ac.uk/vacancy/ktp-associate-data-scientist-500001.html'],
    ['Graduate research assistant in behavioural science', '2024-12-13', undefined],
  ]],
  ['toml-prose.md', 'TOML, a label title, the job in prose, the official posting in a bold line, the deadline in a blockquote', [
    ['Research Technician', '2024-03-08', 'https://careers-example.icims.com/jobs/2001/research-technician/job'],
  ]],
  ['front-matter-only.md', 'the whole post in YAML front matter (appldate), an empty body', [
    ['PhD position: Modelling Plant Diversification', '2024-08-31', undefined],
  ]],
  ['umbrella-headings.md', 'numbered #### posts under a label; one open "until filled" with e-mail only, an HTML link that is its own text', [
    ['Data Centre PhD opportunities: "Private Analytics on Graphs"', '2024-11-05', 'https://jobs.example.org/job/Various-PhD-Scholarships/900001/'],
    ['ARC Project PhD opportunities: "Deep Learning for Graphs"', undefined, undefined],
  ]],
  ['not-posts.md', 'a standing invitation, student projects and a jobs-portal home page are no posts; bold pseudo-headings stay in their post', [
    ['Research Fellow in Glacier Modelling', '2024-10-14', 'https://jobs.example.ac.uk/vacancy/glacier-rf-4411'],
  ]],
  ['tables.md', 'table rows as posts, a pipe table and an HTML data table, their headers as labels ("Closing date", "Link"); a table of funding schemes is none', [
    ['Research Fellow in Soil Science', '2025-05-05', 'https://jobs.example.ac.uk/vacancy/101'],
    ['Lab Technician', '2025-05-12', 'https://jobs.example.ac.uk/vacancy/102', 2],
    ['Postdoctoral Research Associate in Soil Carbon', '2025-05-19', 'https://jobs.example.ac.uk/vacancy/103'],
    ['PhD studentship in Root Ecology', '2025-05-26', 'https://www.findaphd.com/phds/project/root-ecology/?p300003'],
  ]],
  ['field-lines.md', 'bold field lines: "**Position:**" names the post, the others are not names', [
    ['Research Associate in Coastal Hydrology', '2025-04-30', 'https://jobs.example.ac.uk/vacancy/coastal-ra-2025'],
  ]],
  ['category-headings.md', 'a category heading whose closing date the posts under it share; a closing date in a post\'s own heading', [
    ['Sediment transport in braided rivers', '2025-01-09', 'https://www.findaphd.com/phds/project/sediment-transport/?p400001'],
    ['Floodplain carbon budgets', '2025-01-09', 'https://www.findaphd.com/phds/project/floodplain-carbon/?p400002'],
    ['Research Fellow in River Dynamics', '2025-02-03', 'https://jobs.example.ac.uk/vacancy/river-rf-77'],
  ]],
  ['numbered-items.md', 'a numbered list of bold titles, "(closes …)" and "[details]" links, under labels', [
    ['Research Software Engineer', '2025-06-12', 'https://jobs.example.ac.uk/vacancy/rse-1'],
    ['Postdoc in Climate Modelling', '2025-06-19', 'https://jobs.example.ac.uk/vacancy/pd-2'],
  ]],
  ['html-headings.md', 'raw HTML <h3> posts with <p> dates and <a>Apply now</a>', [
    ['Research Assistant (part-time)', '2025-09-30', 'https://jobs.example.ac.uk/vacancy/ra-9'],
    ['Lab Manager', '2025-10-07', 'https://jobs.example.ac.uk/vacancy/lm-3'],
  ]],
  ['label-and-prose.md', 'a label heading and a label front-matter title: the post named by the sentence that announces it', [
    ['PhD positions in quantum sensing', '2025-05-01', 'https://www.jobs.ac.uk/job/QQQ123/phd-quantum-sensing'],
  ]],
  ['no-vacancies.md', 'a page that says it has none', []],
  ['history.md', 'history: "Past positions", "[Deadline Passed]", "(Filled)"', []],
];

describe('readMarkdown on the ways labs write', () => {
  for (const [file, writing, rows] of CASES) {
    it(`${file}: ${writing}`, async () => {
      const doc = await read(file);
      const got = doc.vacancies.map((v): Row => {
        const row: Row = [String(v.fields['title']), v.fields['closes'] as string | undefined, v.fields['applyUrl'] as string | undefined];
        if (typeof v.fields['positions'] === 'number') row.push(v.fields['positions']);
        return row;
      });
      expect(got).to.deep.equal(rows);
    });
  }

  it('keeps history and "coming soon" as notes, never cards', async () => {
    expect((await read('html-list.md')).notes.map((n) => n.title)).to.deep.equal(['Coming soon (autumn 2025)', 'Previous openings']);
    expect((await read('history.md')).notes.map((n) => n.title)).to.deep.equal(['Past positions']);
  });

  it('says where each title and deadline came from', async () => {
    const found = async (file: string): Promise<unknown[]> =>
      (await read(file)).vacancies.map(({ found: { title, deadline } }) => ({ title, ...(deadline ? { deadline } : {}) }));
    expect(await found('bold-lines.md')).to.deep.equal([
      { title: 'lead', deadline: 'own' },
      { title: 'lead', deadline: 'shared' },
      { title: 'lead', deadline: 'shared' },
      { title: 'lead', deadline: 'shared' },
    ]);
    expect(await found('link-headings.md')).to.deep.equal([{ title: 'heading', deadline: 'own' }, { title: 'heading', deadline: 'own' }]);
    expect(await found('advert-sections.md')).to.deep.equal([{ title: 'front-matter', deadline: 'own' }]);
    expect(await found('prose-only.md')).to.deep.equal([{ title: 'prose', deadline: 'own' }]);
    expect(await found('front-matter-only.md')).to.deep.equal([{ title: 'front-matter', deadline: 'front-matter' }]);
    expect(await found('front-matter-title.md')).to.deep.equal([{ title: 'front-matter' }]);
  });

  it('says, as codes, which apply link was chosen over which others, what is unsure, and why each note is not a post', () => {
    const doc = readMarkdown(
      [
        'We welcome enquiries at any time.',
        '## Research Technician',
        'See the [job description](https://example.org/jd.pdf) and [our group](https://example.org/group). Closes 30 June. [Apply now](https://jobs.example.ac.uk/vacancy/77)',
        '## Previous openings',
        '### Postdoc in Soils',
        'Closed 1 March 2020. [Apply](https://jobs.example.ac.uk/vacancy/12)',
        '## Coming soon',
        'A fellowship in glaciology.',
        '## Student projects',
        'Talk to us about a project.',
      ].join('\n\n'),
      { now: NOW, html },
    );
    expect(doc.vacancies.map((v) => v.found)).to.deep.equal([
      {
        title: 'heading',
        deadline: 'own',
        apply: { url: 'https://jobs.example.ac.uk/vacancy/77', over: ['https://example.org/jd.pdf', 'https://example.org/group'] },
        unsure: ['year-inferred'],
      },
    ]);
    expect(doc.notes.map((n) => [n.title, n.reason])).to.deep.equal([
      ['We welcome enquiries at any time.', 'intro'],
      ['Previous openings', 'history'],
      ['Coming soon', 'coming-soon'],
      ['Student projects', 'no-evidence'],
    ]);
  });

  it('lists at most five links an apply link was chosen over', () => {
    const links = [1, 2, 3, 4, 5, 6, 7].map((i) => `[page ${i}](https://example.org/p${i})`).join(' ');
    const doc = readMarkdown(`## Research Fellow\n\n${links}. Closes 30 June 2024. [Apply](https://jobs.example.ac.uk/vacancy/9)`, { now: NOW, html });
    expect(doc.vacancies[0]?.found.apply?.over).to.have.length(5);
  });

  it('takes a deadline the front matter states for posts that state none, and says when the text disagrees', () => {
    const doc = readMarkdown(
      'Two studentships. The deadline for applications is 11 December 2025.\n\n### 1. Trial designs\n\n- More details: https://www.findaphd.com/phds/project/trials/?p1\n',
      { now: NOW, html, frontMatter: { summary: 'Deadline 11th December 2024' } },
    );
    expect(doc.vacancies.map((v) => [v.fields['closes'], v.found.deadline])).to.deep.equal([['2024-12-11', 'front-matter']]);
    expect(doc.vacancies[0]?.warnings.join('\n')).to.contain('the front matter closes 2024-12-11 but the text says "The deadline for applications is 11 Dec…"');
  });

  it('keeps a section beside several posts that states nothing of its own as a note', async () => {
    expect((await read('numbered-items.md')).notes.map((n) => n.title)).to.deep.equal(['Prospective students']);
  });
});
