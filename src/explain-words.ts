/**
 * The reader's explanation (where a vacancy's title, deadline and apply link
 * came from; why a section is a note) in English words, shared by
 * `job-posting check --explain` and the playground so both say the same;
 * the model returns only codes.
 */
import type { Found, NoteReason, TitleSource } from './model/markdown/from-markdown.js';
import { quote } from './model/quote.js';

/** The words of `check --explain` and the playground for where a title came from. */
export const TITLE_FROM: Record<TitleSource, string> = {
  heading: 'its heading',
  lead: 'the line or list item that leads it',
  'front-matter': 'the front matter',
  prose: 'a sentence in its text',
  label: 'a section label (nothing better named it)',
};

/** The words of `check --explain` and the playground for why a section is not a vacancy. */
export const NOTE_WHY: Record<NoteReason, string> = {
  history: 'history (past or filled posts)',
  'coming-soon': 'coming soon',
  'no-vacancies': 'says there are no vacancies',
  intro: 'introduction (text before the first heading)',
  'no-evidence': 'no deadline, apply link or open job title',
};

/** The words of `check --explain` and the playground for where a deadline came from. */
export const DEADLINE_FROM: Record<NonNullable<Found['deadline']>, string> = { own: 'own', shared: 'shared', page: 'the introduction', 'front-matter': 'front matter' };

/** The explanation of one vacancy, a line each: why it is a card, from the reader's data. */
export function explainLines(found: Found, closesText: string | undefined): string[] {
  const lines = [`title from: ${TITLE_FROM[found.title]}`];
  if (found.deadline) lines.push(`deadline from: ${closesText !== undefined ? quote(closesText) : 'the front matter'} (${DEADLINE_FROM[found.deadline]})`);
  if (found.apply) lines.push(`apply link: ${found.apply.url}${found.apply.over.length ? ` (chosen over: ${found.apply.over.join(', ')})` : ''}`);
  if (found.unsure) lines.push(`unsure: ${found.unsure.join(', ')}`);
  return lines;
}
