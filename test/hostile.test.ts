import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { JobPosting } from '../src/job-posting.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { markdownCard, useClock } from './helpers.js';

// Hostile text in every place that takes text. Each payload tries to run
// `window.__xss = 1`, leave a dangerous element or URL behind, phish a CV or
// cover the host page. Outside URLs point at a closed loopback port.
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="1"/></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<template><script>window.__xss=1</script></template><template shadowrootmode="open"><img src=x onerror=window.__xss=1></template>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JaVaScRiPt:window.__xss=1">click</a>',
  '<a href="&#106;avascript&#58;window.__xss=1">click</a>',
  '<a href=" java\tscript:window.__xss=1">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html,<script>window.__xss=1</script>">click</a>',
  '<img src="data:image/svg+xml,<svg onload=window.__xss=1>">',
  '<iframe src="javascript:window.__xss=1"></iframe><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">',
  '<form action="http://127.0.0.1:9/steal"><input type="file" name="cv"><button>Upload your CV</button></form>',
  '<style>body{display:none}</style><link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
  '<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>',
  '<base href="http://127.0.0.1:9/"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '"><img src=x onerror=window.__xss=1>',
  '[click](javascript:window.__xss=1) [click2](  JAVASCRIPT:window.__xss=1  )',
  '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==) ![i](javascript:window.__xss=1)',
  '<a href="java&#x09;script:window.__xss=1">tab</a><a href="&#x6A;avascript:window.__xss=1">hex</a>',
  'javascript:window.__xss=1',
  '\u0000\u0001 javascript:window.__xss=1',
];

const FORBIDDEN =
  'script, iframe, frame, object, embed, form, input, textarea, select, style, link, base, meta, svg, math, template, noscript, details:not(:has(> summary[part~="more"])), button:not([part~="pause"], [part~="calendar"], [part~="share"])';

/** What survives in a rendered card that should not. */
function dangers(root: ShadowRoot | null | undefined): string[] {
  if (!root) return [];
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(FORBIDDEN)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${el.localName}[style]`);
      if ((attr.name === 'href' || attr.name === 'src') && !/^(?:https?:|mailto:)/i.test(attr.value)) {
        found.push(`${el.localName}[${attr.name}="${attr.value}"]`);
      }
    }
    if (el.localName === 'job-posting') found.push(...dangers(el.shadowRoot));
  }
  return found;
}

const base = {
  title: 'Research Engineer',
  closes: '2026-12-15T12:00',
  applyUrl: 'https://my.corehr.com/x?p_recruitment_id=1',
  contact: 'philip.torr@eng.ox.ac.uk',
};
const FIELDS = ['title', 'organization', 'department', 'location', 'salary', 'contract', 'hours', 'funding', 'reference', 'description', 'contact', 'applyUrl', 'posted', 'closes', 'timeZone', 'employmentType'];

const echo = (type: string, body: string): string => {
  const bytes = new TextEncoder().encode(body);
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `/echo?type=${encodeURIComponent(type)}&body=${b64}`;
};

describe('hostile content', () => {
  beforeEach(() => {
    useClock(Date.parse('2026-11-26T12:00:00Z'));
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    delete (window as { __xss?: number }).__xss;
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1}: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
      const cards: JobPosting[] = [];
      // Every JSON field.
      for (const field of FIELDS) {
        const posting = { ...base, [field]: field === 'employmentType' ? [payload] : payload };
        cards.push(await fixture<JobPosting>(html`<job-posting .posting=${posting}></job-posting>`));
      }
      // A schema.org description (HTML) and name.
      cards.push(
        await fixture<JobPosting>(html`<job-posting .posting=${{ '@type': 'JobPosting', title: payload, description: payload, validThrough: '2026-12-15T12:00:00Z', url: base.applyUrl }}></job-posting>`),
      );
      // A Markdown body, and a Markdown heading, inline…
      const page = `## ${payload}\n\n${payload}\n\nOnly applications received before midday on 15 December 2026 can be considered.\n\n[Apply](${payload.startsWith('[') ? 'https://my.corehr.com/y' : payload})\n`;
      cards.push(await markdownCard(page));
      // …and fetched by src.
      const fetched = await fixture<JobPosting>(html`<job-posting src=${echo('text/markdown', page)}></job-posting>`);
      await fetched.loadComplete;
      cards.push(fetched);
      // A list of the same page.
      const list = await fixture<JobPostingList>(html`<job-posting-list src=${echo('text/markdown', page)}></job-posting-list>`);
      await list.loadComplete;

      for (const card of cards) await card.loadComplete;
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      for (const card of cards) {
        expect(card.state, 'the card still renders').to.be.oneOf(['open', 'closing-soon', 'no-deadline', 'closed', 'error']);
        expect(dangers(card.shadowRoot)).to.deep.equal([]);
        const apply = card.shadowRoot?.querySelector('[part~="apply"]')?.getAttribute('href');
        if (apply) expect(apply).to.match(/^https?:/);
      }
      expect(list.state).to.equal('ready');
      expect(dangers(list.shadowRoot)).to.deep.equal([]);
      expect(document.querySelector('base, meta[http-equiv], body > style')?.outerHTML ?? null).to.equal(null);
      expect(getComputedStyle(document.body).display).to.equal('block');
    });
  });
});
