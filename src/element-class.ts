/**
 * Which element classes are this library's, across copies of the bundle (a
 * second copy registers nothing, and its list shows the first copy's cards):
 * a `job-posting` defined without the mark belongs to another library.
 */

const JOB_POSTING_CLASS = Symbol.for('job-posting.element');

/** Whether `ctor` is one of this library's element classes (of any copy of the bundle). */
export function isJobPostingClass(ctor: CustomElementConstructor | undefined): boolean {
  return ctor !== undefined && Object.hasOwn(ctor, JOB_POSTING_CLASS);
}

/** Marks one of this library's element classes (outside the class body, so the manifest does not list it). */
export function markJobPostingClass(ctor: CustomElementConstructor): void {
  Object.defineProperty(ctor, JOB_POSTING_CLASS, { value: true });
}

/** The list's error when another library's `job-posting` took the tag first: its cards would not be vacancies. */
export const FOREIGN_CARD_MESSAGE =
  'Another script defined <job-posting> before this one, so the vacancies cannot be shown: load only one library that defines <job-posting> (or this one first)';
