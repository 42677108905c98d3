import '../src/define.js';
import type { JobPostingList } from '../src/job-posting-list.js';
import { readPosting } from '../src/model/from-json.js';
import { toJsonLd } from '../src/model/json-ld.js';

const SAMPLE = `---
layout: page
title: "Recruitment"
---

### 1. Postdoctoral Research Assistant in Machine Learning x2

Grade 7: £33,309 - £35,326 per annum

We are seeking two Postdoctoral Research Assistants to join the Torr Vision Group (central Oxford). The posts are fixed-term for 2 years in the first instance with funding provided by the EPSRC.

Informal enquiries may be addressed to philip.torr@eng.ox.ac.uk.

Only applications received before midday on the 15th December 2026 can be considered.

Apply [here](https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_recruitment_id=154006)

### 2. Fourth Year Project/Master Thesis
If you are a student at Oxford, please reach out to Professor Torr.
`;

const source = document.getElementById('source') as HTMLTextAreaElement;
const cards = document.getElementById('cards') as HTMLElement;
const warningsList = document.getElementById('warnings') as HTMLElement;
const normalised = document.getElementById('normalised') as HTMLElement;
const jsonLd = document.getElementById('json-ld') as HTMLElement;

/** The text in the address: #text=<base64url of UTF-8>. */
function fromAddress(): string | undefined {
  const m = /^#text=([\w-]*)$/.exec(location.hash);
  if (!m?.[1]) return undefined;
  try {
    const bytes = Uint8Array.from(atob(m[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

function toAddress(text: string): void {
  const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  history.replaceState(null, '', `#text=${b64}`);
}

let run = 0;
async function update(): Promise<void> {
  const mine = ++run;
  const text = source.value;
  toAddress(text);
  const list = document.createElement('job-posting-list') as JobPostingList;
  const script = document.createElement('script');
  script.type = /^\s*[[{]/.test(text) ? 'application/json' : 'text/markdown';
  script.textContent = text;
  list.append(script);
  cards.replaceChildren(list);
  await list.loadComplete;
  if (mine !== run) return;
  const reads = list.vacancies.map((entry) => readPosting(entry.posting));
  // The description as the card shows it: rendered and sanitised.
  const html = list.cards.map((card) =>
    (card.shadowRoot?.querySelector('[part="description"]')?.innerHTML ?? '').replace(/<!--[\s\S]*?-->/g, '').trim(),
  );
  const ld = reads.map((r, i) => (r.ok ? toJsonLd(r.posting, html[i] || undefined) : undefined));
  const warnings = [
    ...(list.state === 'error' ? [list.shadowRoot?.querySelector('[part="error"]')?.textContent ?? 'Could not read the text'] : []),
    ...reads.flatMap((r) => (r.ok ? r.warnings : [r.error])),
    ...ld.flatMap((l) => l?.warnings ?? []),
  ];
  warningsList.replaceChildren(
    ...(warnings.length ? warnings : ['None']).map((w) => Object.assign(document.createElement('li'), { textContent: w })),
  );
  normalised.textContent = JSON.stringify(reads.map((r) => (r.ok ? r.posting : { error: r.error })), null, 2);
  jsonLd.textContent = JSON.stringify(ld.flatMap((l) => (l ? [l.jsonLd] : [])), null, 2);
  document.dispatchEvent(new Event('playground-update'));
}

let pending: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(() => void update(), 250);
});

source.value = fromAddress() ?? SAMPLE;
void update();
