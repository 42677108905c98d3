/**
 * The public API, registering nothing: import `define.js` (or the bundle) to
 * register `<job-posting>`. Test seams are in `testing.ts` (`job-posting/testing`).
 */
export { JobPosting, type JobPostingState } from './job-posting.js';
export { JobPostingList, type JobPostingListState } from './job-posting-list.js';
export { JobPostingClosedEvent, JobPostingErrorEvent, JobPostingLoadEvent } from './events.js';
export type { Contact, Deadline, Posting, Salary, SalaryPeriod } from './model/posting.js';
export { setStrings, type Strings } from './strings.js';
