// `node scripts/measure-deadlines.mjs`: how well the deadline grammar
// (src/model/markdown/deadline-text.ts) and, when it is installed somewhere,
// chrono-node's en-GB parser read the deadline sentences of both corpora
// (../shared/corpus and ../shared/corpus-labs), against their labels.
//
// Each page is reduced to plain sentences (front matter dropped; HTML tags,
// Liquid and Hugo tags, link targets and emphasis removed). A sentence is a
// candidate when it carries a deadline word; each reader's first date in it
// is compared with the page's labelled closing dates, in the labels' form
// (a UTC instant when a time is stated, else the date):
//   right  = one of the page's labelled deadlines,
//   wrong  = a deadline that is not one of them (the number that must be 0),
//   missed = a labelled deadline no sentence of the page gave.
// chrono-node is not a dependency: install it outside the project
// (`cd /tmp/chrono && npm i chrono-node@2.10.3`) and pass CHRONO=/tmp/chrono.
// Reads the corpora where they are; says so and stops when they are absent.
import { existsSync } from 'node:fs';
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SHARED = new URL('../../shared/', import.meta.url);
if (!existsSync(new URL('corpus-labs/expected.json', SHARED)) && !existsSync(new URL('corpus/expected.json', SHARED))) {
  console.log(`No corpus at ${SHARED.pathname} (../shared beside the repository): nothing to measure.`);
  process.exit(0);
}

// The grammar, bundled from TypeScript for Node.
const dir = await mkdtemp(join(tmpdir(), 'measure-deadlines-'));
await build({
  // GRAMMAR_FILE=<path> measures another version (e.g. `git show HEAD~1:src/model/markdown/deadline-text.ts`).
  entryPoints: [process.env.GRAMMAR_FILE ?? new URL('../src/model/markdown/deadline-text.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: join(dir, 'deadline-text.mjs'),
  logLevel: 'warning',
});
const grammar = await import(pathToFileURL(join(dir, 'deadline-text.mjs')).href);
await rm(dir, { recursive: true });

let chrono;
const chronoDir = process.env.CHRONO ?? '/tmp/chrono';
try {
  const entry = createRequire(join(chronoDir, 'package.json')).resolve('chrono-node');
  chrono = await import(pathToFileURL(entry.replace(/cjs[/\\]index\.js$/, 'esm/index.js')).href);
} catch {
  console.log(`chrono-node not found under ${chronoDir} (set CHRONO=<dir>): measuring the grammar alone.`);
}

/** Plain lines of a page: what an applicant reads, without markup. */
function plainText(source) {
  const body = source.replace(/^\uFEFF?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/, '');
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\{<[^>]*>\}\}|\{%[^%]*%\}|\{\{[^}]*\}\}/g, '')
    .replace(/<\/?(?:li|p|br|h\d|tr|td|ul|ol|div|table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*]+|(?<![a-z0-9])_+|_+(?![a-z0-9])/gi, '')
    .replace(/^[ \t]*(?:#+|[-+]|\d+\.|>)[ \t]+/gm, '')
    .replace(/&nbsp;/g, ' ');
}

/** A sentence worth asking about: it says something about a deadline. */
const CANDIDATE = /\bby\b|\bbefore\b|\bsend\b|deadline|clos(?:e|es|ing)\b|apply\s+(?:by|before)|no\s+later\s+than|until|submit|received|review|rolling|appldate/i;

function zonedInstant(wall, zone) {
  // Wall time in `zone` → instant, by two corrections of the zone's offset.
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offset = (t) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
        .formatToParts(t)
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - t;
  };
  let t = asUtc - offset(asUtc);
  t = asUtc - offset(t);
  return t;
}

/** When a label or reading closes: an instant as written, a date at its end in `zone`. */
function closingInstant(value, zone) {
  if (value.length > 10) return Date.parse(value);
  const [y, m, d] = value.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return zonedInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 }, zone);
}

const utc = (t) => new Date(t).toISOString().replace(/\.000Z$/, 'Z');

/** The grammar's ISO wall time (with or without offset) in the labels' form. */
function labelForm(closes, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/.exec(closes);
  if (!m) return `?${closes}`;
  const [, y, mo, d, h, mi, off] = m;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const wall = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi };
  if (off === undefined) return utc(zonedInstant(wall, zone));
  const sign = off === 'Z' ? 0 : off.startsWith('-') ? -1 : 1;
  const minutes = off === 'Z' ? 0 : Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6));
  return utc(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - sign * minutes * 60_000);
}

function byGrammar(sentence, now, zone) {
  const found = grammar.findDeadlines(sentence, now, { timeZone: zone })[0];
  if (!found) return undefined;
  return {
    value: labelForm(found.closes, zone),
    zone: found.timeZone ?? zone,
    unsure: (found.reasons ?? []).filter((r) => grammar.UNSURE_CODES?.has(r.code)).map((r) => r.code),
  };
}

function byChrono(sentence, now, zone) {
  // The clean-up TOOLING.md found chrono needs: no parentheses, "on the" → "on".
  const text = sentence.replace(/[()]/g, ' ').replace(/\bon the\b/gi, 'on');
  const parser = zone.startsWith('America/') ? chrono.en.casual : chrono.en.GB;
  for (const r of parser.parse(text, new Date(now), { forwardDate: false })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const wall = { year: s.get('year'), month: s.get('month'), day: s.get('day'), hour: s.get('hour'), minute: s.get('minute') };
    const date = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
    if (!s.isCertain('hour')) return { value: date };
    if (s.isCertain('timezoneOffset')) {
      return { value: utc(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - s.get('timezoneOffset') * 60_000) };
    }
    return { value: utc(zonedInstant(wall, zone)) };
  }
  return undefined;
}

async function pagesOf(corpus) {
  const base = new URL(`${corpus}/`, SHARED);
  if (!existsSync(new URL('expected.json', base))) return [];
  const expected = JSON.parse(await readFile(new URL('expected.json', base), 'utf8'));
  const files = new Set(await readdir(new URL('pages/', base)));
  return Promise.all(
    expected
      .filter((p) => files.has(p.file))
      .map(async (p) => {
        const zone = p.timeZone ?? 'Europe/London';
        const labels = [...new Set(p.vacancies.map((v) => v.closes).filter(Boolean))];
        // corpus-labs: the page's date; corpus: a day before its first deadline, as `npm run corpus` does.
        const firstDeadline = Math.min(...labels.map((c) => Date.parse(c.length === 10 ? `${c}T12:00:00Z` : c)));
        const now = p.date ? Date.parse(`${p.date}T12:00:00Z`) : Number.isFinite(firstDeadline) ? firstDeadline - 86_400_000 : Date.parse(`${p.file.slice(0, 10)}T12:00:00Z`);
        const source = await readFile(new URL(`pages/${p.file}`, base), 'utf8');
        return { corpus, file: p.file, zone, now, labels, sentences: grammar.sentences(plainText(source)).filter((s) => CANDIDATE.test(s)) };
      }),
  );
}

const readers = { grammar: byGrammar, ...(chrono ? { chrono: byChrono } : {}) };
const rows = [];
const wrongs = [];
for (const corpus of ['corpus', 'corpus-labs']) {
  const pages = await pagesOf(corpus);
  if (pages.length === 0) {
    console.log(`../shared/${corpus}: absent, skipped.`);
    continue;
  }
  for (const [name, read] of Object.entries(readers)) {
    const tally = { corpus, reader: name, labels: 0, found: 0, missed: 0, right: 0, otherForm: 0, wrong: 0, unsure: 0, sentences: 0 };
    for (const page of pages) {
      const found = new Set();
      for (const sentence of page.sentences) {
        tally.sentences++;
        const r = read(sentence, page.now, page.zone);
        if (!r) continue;
        if (r.unsure?.length) {
          tally.unsure++;
          if (process.env.VERBOSE) console.log(`unsure  ${name} ${page.file.slice(0, 40)}: ${r.value} ${r.unsure.join(', ')} from ${JSON.stringify(sentence.slice(0, 100))}`);
        }
        const label = page.labels.find((l) => l === r.value || closingInstant(l, page.zone) === closingInstant(r.value, r.zone ?? page.zone));
        if (label) {
          tally.right++;
          if (label !== r.value) tally.otherForm++;
          found.add(label);
        } else {
          tally.wrong++;
          wrongs.push(`${name.padEnd(7)} ${corpus}/${page.file.slice(0, 40)}: ${r.value} from ${JSON.stringify(sentence.slice(0, 140))} (labels ${page.labels.join(', ') || 'none'})`);
        }
      }
      tally.labels += page.labels.length;
      tally.found += found.size;
      tally.missed += page.labels.length - found.size;
      if (process.env.VERBOSE) for (const l of page.labels) if (!found.has(l)) console.log(`missed  ${name} ${page.file}: ${l}`);
    }
    rows.push(tally);
  }
}

console.log('\n| corpus | reader | labelled deadlines | found | missed | candidate sentences | sentences read right | (of which a date for a stated time) | read wrong | with unsure codes |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const t of rows) {
  console.log(`| ${t.corpus} | ${t.reader} | ${t.labels} | ${t.found} | ${t.missed} | ${t.sentences} | ${t.right} | ${t.otherForm} | ${t.wrong} | ${t.unsure} |`);
}
if (grammar.readDeadlines) {
  console.log('\nSentences the grammar reads as "no deadline" (until filled, rolling):');
  for (const corpus of ['corpus', 'corpus-labs']) {
    for (const page of await pagesOf(corpus)) {
      for (const sentence of page.sentences) {
        const open = grammar.readDeadlines(sentence, page.now, { timeZone: page.zone }).openEnded;
        if (open) console.log(`${open.code} ${corpus}/${page.file.slice(0, 40)} (labels ${page.labels.join(', ') || 'none'}): ${JSON.stringify(sentence.slice(0, 120))}`);
      }
    }
  }
}
if (wrongs.length > 0) console.log(`\nDates read that are not a labelled deadline:\n${wrongs.join('\n')}`);
