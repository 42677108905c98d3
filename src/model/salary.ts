/** Salary figures read out of the words a UK university writes: "Grade 7: £33,309 - £35,326 per annum". */

export interface SalaryFigures {
  text: string;
  min: number;
  max: number;
  currency: 'GBP';
  period?: 'year' | 'hour';
}

const AMOUNT = String.raw`£\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?|£\s?\d+(?:\.\d{2})?`;
// "(?:\s*[:\-–])?\s*", not "\s*[:\-–]?\s*": two runs of spaces around an optional
// mark split a run every way, and "Grade 1" and 5,000 spaces took seconds.
const SALARY = new RegExp(
  String.raw`(?:\bGrade\s+\d+[a-z]?(?:\s*[:\-–])?\s*)?(${AMOUNT})(?:\s*(?:-|–|—|to)\s*(${AMOUNT}))?(\s*(?:per\s+annum|p\.\s?a\.|a\s+year|per\s+year|per\s+hour|an\s+hour))?`,
  'i',
);

const money = (s: string): number => Number(s.replace(/[£,\s]/g, ''));

/** The first salary in `text`: a grade, a range or a figure with its period; undefined when none. */
export function parseSalary(text: string): SalaryFigures | undefined {
  const m = SALARY.exec(text);
  if (!m || !m[1]) return undefined;
  const graded = /^grade/i.test(m[0]);
  if (!graded && !m[2] && !m[3]) return undefined;
  const period = m[3] ? (/hour/i.test(m[3]) ? 'hour' : 'year') : graded ? 'year' : undefined;
  const min = money(m[1]);
  const max = m[2] ? money(m[2]) : min;
  return { text: m[0].trim(), min, max, currency: 'GBP', ...(period ? { period } : {}) };
}
