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
