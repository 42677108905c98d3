/**
 * `job-posting check FILE…` — reads Markdown or JSON vacancy files with the
 * element's own model layer and says what a candidate would see: each
 * vacancy's title, deadline (in the posting's zone and in UTC) and apply
 * link, and every warning. Exit status 1 when a file has no readable vacancy,
 * an unreadable deadline or a bad apply link — so a site's CI can run it.
 *
 *   job-posting check pages/recruitment.md
 *   job-posting check _data/vacancies.yml
 *   job-posting check --json _data/vacancies.json
 */

import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { machineReadable } from '../model/deadline.js';
import { formatDeadline } from '../model/format.js';
import { readPosting } from '../model/from-json.js';
import { explainJsonError } from '../model/json-error.js';
import { parseFrontMatter } from '../model/markdown/front-matter.js';
import { readMarkdownPage } from '../model/markdown/read-page.js';
import { parseTomlFrontMatter } from '../model/markdown/toml-front-matter.js';
import * as html from '../model/markdown/html-blocks.js';
import { parseJson } from '../model/parse-json.js';
import type { Posting } from '../model/posting.js';
import { postingToJson } from '../model/posting-json.js';
import { isMarkdownPath } from '../model/markdown-path.js';
import { vacanciesOf, type Loaded } from '../model/vacancies.js';
import { fail, ok, type Result } from '../model/result.js';
import type { Found, NoteReason } from '../model/markdown/from-markdown.js';
import { explainLines, NOTE_WHY } from '../explain-words.js';
import { isSchemaOrgJobPosting } from '../model/from-schema-org.js';
import { clip, quote } from '../model/quote.js';
import { isValidTimeZone } from '../model/zoned-time.js';
import { isYamlPath, readYamlData, unquotedTimeWarning, type UnquotedTime } from './yaml-data.js';
import schema from '../../job-posting.schema.json';


/** What `check` found in one file. */
export interface FileReport {
  file: string;
  vacancies: { id: string; posting?: Posting; error?: string; warnings: string[]; found?: Found; closesText?: string }[];
  notes: string[];
  /** Why each of {@link notes} is not a vacancy (Markdown only), for `--explain`. */
  noteReasons: (NoteReason | undefined)[];
  /** Problems with the file as a whole. */
  errors: string[];
  /** Whether the file fails the check. */
  failed: boolean;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Schema messages for one JSON posting: "closes: must match …" in plain words. */
export function schemaMessages(posting: unknown): string[] {
  if (typeof posting === 'object' && posting !== null && isSchemaOrgJobPosting(posting as Record<string, unknown>)) return [];
  if (validate(posting)) return [];
  return (validate.errors ?? []).map((e) => {
    const where = e.instancePath ? clip(e.instancePath.slice(1).replace(/\//g, '.')) : 'the vacancy';
    if (e.keyword === 'additionalProperties') return `${where}: unknown field ${quote(e.params['additionalProperty'])}`;
    if (e.keyword === 'required') return `${where}: missing ${quote(e.params['missingProperty'])}`;
    if (e.keyword === 'pattern' && where === 'closes') return 'closes: not an ISO 8601 date or date-time (write e.g. "2021-11-15T12:00")';
    return `${where}: ${e.message ?? 'is not valid'}`;
  });
}

/** How a file is read: the card's `now` and its `time-zone` attribute. */
export interface CheckOptions {
  /** Settles years the page does not write. */
  now: number;
  /** The zone for deadlines that name none (the card's `time-zone`); default Europe/London. */
  timeZone?: string;
  /** The URL the page is served from, as the card's `src`: relative links resolve against it. */
  baseUrl?: string;
}

/** A file's text as the document a card or list reads — Markdown, Jekyll _data YAML or JSON — and, for YAML, each time left unquoted. */
export function documentOf(file: string, text: string, options: CheckOptions): Result<{ loaded: Loaded; unquoted: UnquotedTime[] }> {
  if (isMarkdownPath(file)) {
    const read = readMarkdownPage(text, {
      now: options.now,
      parseFrontMatter,
      parseTomlFrontMatter,
      html,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    return read.ok ? ok({ loaded: { kind: 'markdown', document: read.value }, unquoted: [] }) : read;
  }
  if (isYamlPath(file)) {
    // A Jekyll _data file: the vacancies as the include sends them, and a warning for each unquoted time.
    const read = readYamlData(text);
    return read.ok ? ok({ loaded: { kind: 'json', json: read.value.data }, unquoted: read.value.unquotedTimes }) : read;
  }
  const parsed = parseJson(text);
  // As the card's readJson: an empty file is called empty, not broken at line 1.
  if (!parsed.ok) return fail((text.trim() !== '' ? explainJsonError(text) : undefined) ?? parsed.error);
  return ok({ loaded: { kind: 'json', json: parsed.value }, unquoted: [] });
}

/** Checks one file's text by the card's own reading path. */
export function checkText(file: string, text: string, options: CheckOptions): FileReport {
  const report: FileReport = { file, vacancies: [], notes: [], noteReasons: [], errors: [], failed: false };
  const read = documentOf(file, text, options);
  if (!read.ok) {
    report.errors.push(read.error);
    report.failed = true;
    return report;
  }
  const { loaded, unquoted } = read.value;
  const found = vacanciesOf(loaded);
  if (loaded.kind === 'json' && !isYamlPath(file)) {
    for (const [i, entry] of found.entries.entries()) {
      for (const m of schemaMessages(entry.posting)) report.errors.push(found.entries.length > 1 ? `vacancy ${i + 1}: ${m}` : m);
    }
  }
  report.notes = found.notes.map((n) => n.title);
  report.noteReasons = found.notes.map((n) => n.reason);
  for (const entry of found.entries) {
    const read = readPosting(entry.posting, {
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
    const why = { ...(entry.found ? { found: entry.found } : {}), ...(entry.closesText ? { closesText: entry.closesText } : {}) };
    if (!read.ok) {
      report.vacancies.push({ id: entry.id, error: read.error, warnings: [], ...why });
      report.failed = true;
      continue;
    }
    const { value: posting, warnings } = read;
    report.vacancies.push({ id: entry.id, posting, warnings, ...why });
    if (!posting.deadline || warnings.some((w) => /not an http\(s\) link/.test(w))) report.failed = true;
  }
  for (const time of unquoted) {
    // The vacancy it belongs to: by its index in a list, else the one vacancy.
    const vacancy = report.vacancies[typeof time.path[0] === 'number' ? time.path[0] : 0];
    if (vacancy) vacancy.warnings.push(unquotedTimeWarning(time));
    else report.errors.push(unquotedTimeWarning(time));
  }
  if (!report.vacancies.some((v) => v.posting)) {
    report.errors.push('No readable vacancy in this file');
    report.failed = true;
  }
  return report;
}

/**
 * Characters a terminal acts on rather than shows — C0 and C1 controls, DEL,
 * and the bidirectional overrides that reorder what follows. A page's title
 * holding `\x1b[2K` or `\r` could erase the FAILED line, `\x1b]8;;…\x07`
 * plant a hyperlink.
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character in {@link UNSHOWABLE} written out as `\x1b` or `\u202e`. */
export function visible(text: string): string {
  return text.replace(UNSHOWABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n' || c === '\r' || c === '\t') return JSON.stringify(c).slice(1, -1);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The report as a person reads it; whatever the file holds shows as text (see {@link visible}). With `explain`, why each section is a vacancy or a note. */
export function formatReport(report: FileReport, explain = false): string {
  const lines = [`${report.file}: ${report.failed ? 'FAILED' : 'ok'}`];
  for (const error of report.errors) lines.push(`  error: ${error}`);
  for (const v of report.vacancies) {
    if (!v.posting) {
      lines.push(`  ✗ [${v.id}] ${v.error ?? ''}`);
      continue;
    }
    const p = v.posting;
    lines.push(`  • ${p.title}${p.positions > 1 ? ` (${p.positions} posts)` : ''}  [${v.id}]`);
    if (p.deadline) {
      const words = formatDeadline(p.deadline, { locale: 'en-GB', visitorTimeZone: p.timeZone, closed: false }).main;
      lines.push(`    deadline: ${words} (${p.timeZone}) = ${machineReadable(p.deadline)}${p.deadline.dateOnly ? ' (end of that day)' : ''}`);
    } else {
      lines.push('    deadline: none found');
    }
    lines.push(`    apply:    ${p.applyUrl ?? 'none'}`);
    for (const w of v.warnings) lines.push(`    warning:  ${w}`);
    if (explain && v.found) lines.push(...explainLines(v.found, v.closesText).map((l) => `    ${l}`));
  }
  report.notes.forEach((note, i) => {
    const reason = report.noteReasons[i];
    lines.push(`  (not a vacancy: "${note}"${explain && reason ? `: ${NOTE_WHY[reason]}` : ''})`);
  });
  return lines.map(visible).join('\n');
}

/** A report as `--json` prints it: each vacancy's posting in the posting format (job-posting.schema.json), ready to feed a card. */
function asJson(report: FileReport): unknown {
  return { ...report, vacancies: report.vacancies.map((v) => (v.posting ? { ...v, posting: postingToJson(v.posting) } : v)) };
}

const USAGE = `Usage: job-posting check [--json] [--explain] FILE…
       job-posting render [options] FILE   (job-posting render --help)

Reads Markdown (.md), JSON or Jekyll _data YAML (.yml) vacancy files as
<job-posting> would and prints each vacancy's title, deadline (in its zone and
in UTC), apply link and every warning (in YAML, each time left unquoted). Exits with 1 when a file has no readable vacancy, a vacancy has no
readable deadline, or an apply link is not http(s).

  --json        print the report as JSON, each vacancy in the posting format
                (job-posting.schema.json) that a card reads
  --explain     say, per section, why it is a vacancy (where its title,
                deadline and apply link came from) or why it is not
  --now         ISO date-time that settles years a page does not write (default: now)
  --time-zone   the zone for deadlines that name none, as the card's time-zone
                attribute (default: Europe/London)
  --base-url    the URL the file is served from, as the card's src: relative
                links resolve against it (default: none, and they are reported)`;

/** Runs the command line; returns the exit status. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  // The server renderer (and the element it draws) loads only for `render`.
  if (command === 'render') return (await import('./render.js')).renderMain(rest, out);
  if (command !== 'check') {
    out(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const json = rest.includes('--json');
  const explain = rest.includes('--explain');
  const valueOf = (flag: string): string | undefined => {
    const i = rest.indexOf(flag);
    return i >= 0 ? (rest[i + 1] ?? '') : undefined;
  };
  const nowText = valueOf('--now');
  const now = nowText !== undefined ? Date.parse(nowText) : Date.now();
  if (Number.isNaN(now)) {
    out('--now needs an ISO date-time');
    return 2;
  }
  const timeZone = valueOf('--time-zone');
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    out(`--time-zone needs an IANA zone such as Europe/London, not ${visible(quote(timeZone))}`);
    return 2;
  }
  const baseUrl = valueOf('--base-url');
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    out(`--base-url needs an absolute URL, not ${visible(quote(baseUrl))}`);
    return 2;
  }
  const valued = new Set(['--now', '--time-zone', '--base-url'].map((flag) => rest.indexOf(flag) + 1).filter((i) => i > 0));
  const files = rest.filter((a, i) => !a.startsWith('--') && !valued.has(i));
  if (files.length === 0) {
    out(USAGE);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      reports.push({ file, vacancies: [], notes: [], noteReasons: [], errors: [`cannot read the file: ${(e as Error).message}`], failed: true });
      continue;
    }
    try {
      reports.push(checkText(file, text, { now, ...(timeZone !== undefined ? { timeZone } : {}), ...(baseUrl !== undefined ? { baseUrl } : {}) }));
    } catch (e) {
      // A reader bug is this file's failure, reported with the others, not a stack trace that hides them.
      reports.push({ file, vacancies: [], notes: [], noteReasons: [], errors: [`could not be checked: ${clip(String(e), 200)}`], failed: true });
    }
  }
  // JSON escapes C0 controls itself; C1 ones (\x9b is a terminal's CSI) are left raw, and only occur inside strings.
  out(json ? JSON.stringify(reports.map(asJson), null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : reports.map((r) => formatReport(r, explain)).join('\n\n'));
  return reports.some((r) => r.failed) ? 1 : 0;
}
