/**
 * `job-posting check FILE…` — reads Markdown or JSON vacancy files with the
 * element's own model layer and says what a candidate would see: each
 * vacancy's title, deadline (in the posting's zone and in UTC) and apply
 * link, and every warning. Exit status 1 when a file has no readable vacancy,
 * an unreadable deadline or a bad apply link — so a site's CI can run it.
 *
 *   job-posting check pages/recruitment.md
 *   job-posting check --json _data/vacancies.json
 */

import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { machineReadable } from '../model/deadline.js';
import { formatDeadline } from '../model/format.js';
import { readPosting } from '../model/from-json.js';
import { explainJsonError } from '../model/json-error.js';
import { parseFrontMatter } from '../model/markdown/front-matter.js';
import { parseTomlFrontMatter } from '../model/markdown/toml-front-matter.js';
import { readMarkdown, splitFrontMatter } from '../model/markdown/from-markdown.js';
import * as html from '../model/markdown/html-blocks.js';
import { parseJson } from '../model/parse-json.js';
import type { Posting } from '../model/posting.js';
import { vacanciesOf, type DocumentVacancies } from '../model/vacancies.js';
import { isSchemaOrgJobPosting } from '../model/from-schema-org.js';
import schema from '../../job-posting.schema.json';


/** What `check` found in one file. */
export interface FileReport {
  file: string;
  vacancies: { id: string; posting?: Posting; error?: string; warnings: string[] }[];
  notes: string[];
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
    const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the vacancy';
    if (e.keyword === 'additionalProperties') return `${where}: unknown field "${String(e.params['additionalProperty'])}"`;
    if (e.keyword === 'required') return `${where}: missing "${String(e.params['missingProperty'])}"`;
    if (e.keyword === 'pattern' && where === 'closes') return 'closes: not an ISO 8601 date or date-time (write e.g. "2021-11-15T12:00")';
    return `${where}: ${e.message ?? 'is not valid'}`;
  });
}

/** Checks one file's text. `now` settles years the page does not write. */
export function checkText(file: string, text: string, now: number): FileReport {
  const report: FileReport = { file, vacancies: [], notes: [], errors: [], failed: false };
  let found: DocumentVacancies;
  if (/\.(?:md|markdown|mdown|mkd)$/i.test(file)) {
    const { yaml, toml, body } = splitFrontMatter(text);
    let frontMatter: Record<string, unknown> | undefined;
    if ((yaml ?? toml ?? '').trim() !== '') {
      const fm = toml !== undefined ? parseTomlFrontMatter(toml) : parseFrontMatter(yaml ?? '');
      if (!fm.ok) {
        report.errors.push(fm.error);
        report.failed = true;
        return report;
      }
      frontMatter = fm.data;
    }
    found = vacanciesOf({ kind: 'markdown', document: readMarkdown(body, { now, html, ...(frontMatter ? { frontMatter } : {}) }) });
  } else {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      report.errors.push(explainJsonError(text) ?? parsed.error);
      report.failed = true;
      return report;
    }
    found = vacanciesOf({ kind: 'json', json: parsed.value });
    for (const [i, entry] of found.entries.entries()) {
      for (const m of schemaMessages(entry.posting)) report.errors.push(found.entries.length > 1 ? `vacancy ${i + 1}: ${m}` : m);
    }
  }
  report.notes = found.notes.map((n) => n.title);
  for (const entry of found.entries) {
    const read = readPosting(entry.posting, {});
    if (!read.ok) {
      report.vacancies.push({ id: entry.id, error: read.error, warnings: [] });
      report.failed = true;
      continue;
    }
    const { posting, warnings } = read;
    report.vacancies.push({ id: entry.id, posting, warnings });
    if (!posting.deadline || warnings.some((w) => /not an http\(s\) link/.test(w))) report.failed = true;
  }
  if (!report.vacancies.some((v) => v.posting)) {
    report.errors.push('No readable vacancy in this file');
    report.failed = true;
  }
  return report;
}

/** The report as a person reads it. */
export function formatReport(report: FileReport): string {
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
  }
  for (const note of report.notes) lines.push(`  (not a vacancy: "${note}")`);
  return lines.join('\n');
}

const USAGE = `Usage: job-posting check [--json] FILE…

Reads Markdown (.md) or JSON vacancy files as <job-posting> would and prints
each vacancy's title, deadline (in its zone and in UTC), apply link and every
warning. Exits with 1 when a file has no readable vacancy, a vacancy has no
readable deadline, or an apply link is not http(s).

  --json   print the normalised postings as JSON
  --now    ISO date-time that settles years a page does not write (default: now)`;

/** Runs the command line; returns the exit status. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'check') {
    out(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const json = rest.includes('--json');
  const nowIndex = rest.indexOf('--now');
  const now = nowIndex >= 0 ? Date.parse(rest[nowIndex + 1] ?? '') : Date.now();
  if (Number.isNaN(now)) {
    out('--now needs an ISO date-time');
    return 2;
  }
  const files = rest.filter((a, i) => !a.startsWith('--') && !(nowIndex >= 0 && i === nowIndex + 1));
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
      reports.push({ file, vacancies: [], notes: [], errors: [`cannot read the file: ${(e as Error).message}`], failed: true });
      continue;
    }
    reports.push(checkText(file, text, now));
  }
  out(json ? JSON.stringify(reports, null, 2) : reports.map(formatReport).join('\n\n'));
  return reports.some((r) => r.failed) ? 1 : 0;
}
