import '../src/define.js';
import seed from './seed.json';

const HOUR = 3_600_000;

/** A wall time in London `ms` from now, written as the lab would: without an offset. `noon` sets it to midday. */
function londonWallTime(ms: number, noon = false): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(Date.now() + ms);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${noon ? '12' : get('hour')}:00`;
}

const openPosting = { ...seed, closes: londonWallTime(10 * 24 * HOUR, true) };
for (const id of ['open', 'shanghai', 'dark', 'french']) {
  const card = document.getElementById(id);
  if (card) Object.assign(card, { posting: openPosting });
}
const soon = document.getElementById('closing-soon');
if (soon) Object.assign(soon, { posting: { ...seed, closes: londonWallTime(30 * HOUR) } });

/** "15th December 2026": the way the lab writes dates. */
function labDate(ms: number): string {
  const d = new Date(Date.now() + ms);
  const day = d.getUTCDate();
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix} ${d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;
}

const page = `---
layout: page
title: "Recruitment"
permalink: "/recruitment/"
---

Last updated: ${labDate(-2 * 24 * HOUR)}

### 1. Postdoctoral Research Assistant in Machine Learning
#### Department of Engineering Science, Central Oxford

We are seeking a full-time Postdoctoral Research Assistant to join Torr Vision Group at the Department of Engineering Science, central Oxford. The post is funded by EPSRC and is fixed-term for 2 years in the first instance.

Grade 7: £36,024 - £44,263 per annum

Informal enquiries may be addressed to [Professor Philip Torr](mailto:philip.torr@eng.ox.ac.uk).

Only online applications received before midday on **${labDate(14 * 24 * HOUR)}** can be considered.

Apply [here](https://my.corehr.com/pls/uoxrecruit/erq_jobspec_version_4.display_form?p_recruitment_id=154006)

<!-- An old post, hidden from the page:
### Research Engineer
Closing 1st January 2020
-->

### 2. Fourth Year Project/Master Thesis
If you are a student at Oxford and aspire to publish in top conferences, please reach out to Professor Torr.
`;
const markdownList = document.getElementById('markdown-list');
if (markdownList) {
  const script = document.createElement('script');
  script.type = 'text/markdown';
  script.textContent = page;
  markdownList.append(script);
}
