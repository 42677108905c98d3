import '../src/define.js';
import { readPosting } from '../src/model/from-json.js';
import { toJsonLd } from '../src/model/json-ld.js';
import { explainLines, NOTE_WHY } from '../src/explain-words.js';

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
const explain = document.getElementById('explain') as HTMLElement;

const addressNote = document.getElementById('address-note') as HTMLElement;

/**
 * The longest address kept, in characters of the hash. Browsers take more
 * (Firefox 1 MB, Chromium 2 MB), but links this long are pasted nowhere.
 */
const MAX_ADDRESS = 256 * 1024;

/**
 * Base64url of bytes, a block at a time: `String.fromCharCode(...bytes)`
 * passes every byte as an argument, and past ~125k of them (a 170 KB page)
 * the call overflows the stack.
 */
function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}

/** Bytes through a (de)compression stream (deflate-raw: every engine here has it). */
async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The text in the address: #z=<base64url of deflated UTF-8>, or (links made before) #text=<base64url of UTF-8>. */
async function fromAddress(): Promise<string | undefined> {
  const m = /^#(z|text)=([\w-]+)$/.exec(location.hash);
  if (!m?.[2]) return undefined;
  try {
    const bytes = fromBase64url(m[2]);
    return new TextDecoder().decode(m[1] === 'z' ? await through(bytes, new DecompressionStream('deflate-raw')) : bytes);
  } catch {
    return undefined;
  }
}

/** Keeps `text` in the address, compressed, unless that would be too long: then says so. */
async function toAddress(text: string, isCurrent: () => boolean): Promise<void> {
  const hash = `#z=${toBase64url(await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')))}`;
  if (!isCurrent()) return;
  if (hash.length > MAX_ADDRESS) {
    addressNote.textContent = `The text is too long to keep in the address (${Math.ceil(hash.length / 1024)} KB compressed; at most ${MAX_ADDRESS / 1024} KB): the address still holds the last text that fitted.`;
    return;
  }
  addressNote.textContent = '';
  history.replaceState(null, '', hash);
}

let run = 0;
async function update(): Promise<void> {
  const mine = ++run;
  const text = source.value;
  const addressed = toAddress(text, () => mine === run);
  const list = document.createElement('job-posting-list');
  const script = document.createElement('script');
  script.type = /^\s*[[{]/.test(text) ? 'application/json' : 'text/markdown';
  script.textContent = text;
  list.append(script);
  cards.replaceChildren(list);
  await Promise.all([list.loadComplete, addressed]);
  if (mine !== run) return;
  const reads = list.vacancies.map((entry) => readPosting(entry.posting));
  // The description as the card shows it: rendered and sanitised.
  const html = list.cards.map((card) =>
    (card.shadowRoot?.querySelector('[part="description"]')?.innerHTML ?? '').replace(/<!--[\s\S]*?-->/g, '').trim(),
  );
  const ld = reads.map((r, i) => (r.ok ? toJsonLd(r.value, html[i] || undefined) : undefined));
  const warnings = [
    ...(list.state === 'error' ? [list.error ?? 'Could not read the text'] : []),
    ...reads.flatMap((r) => (r.ok ? r.warnings : [r.error])),
    ...ld.flatMap((l) => l?.warnings ?? []),
  ];
  warningsList.replaceChildren(
    ...(warnings.length ? warnings : ['None']).map((w) => Object.assign(document.createElement('li'), { textContent: w })),
  );
  // The reader's explanation, worded as `check --explain` words it.
  explain.replaceChildren(
    ...list.vacancies.map((entry) => item(`Card "${entry.title}"`, entry.found ? explainLines(entry.found, entry.closesText) : [])),
    ...list.notes.map((note) => item(`Note "${note.title}": ${NOTE_WHY[note.reason]}`, [])),
  );
  normalised.textContent = JSON.stringify(reads.map((r) => (r.ok ? r.value : { error: r.error })), null, 2);
  jsonLd.textContent = JSON.stringify(ld.flatMap((l) => (l ? [l.jsonLd] : [])), null, 2);
  document.dispatchEvent(new Event('playground-update'));
}

/** A list item: a line of text, with its details as a nested list. */
function item(text: string, details: string[]): HTMLLIElement {
  const li = Object.assign(document.createElement('li'), { textContent: text });
  if (details.length) {
    const ul = document.createElement('ul');
    ul.append(...details.map((d) => Object.assign(document.createElement('li'), { textContent: d })));
    li.append(ul);
  }
  return li;
}

let pending: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(() => void update(), 250);
});

void fromAddress().then((text) => {
  source.value = text ?? SAMPLE;
  return update();
});
