/** The public API, registering nothing: import `define.js` (or the bundle) to register `<job-posting>`. */
export { JobPosting, type JobPostingState } from './job-posting.js';
export { JobPostingList, type JobPostingListState } from './job-posting-list.js';
export { JobPostingClosedEvent, JobPostingErrorEvent, JobPostingLoadEvent } from './events.js';
export type { Contact, Deadline, Posting, Salary, SalaryPeriod } from './model/posting.js';
export { readPosting, type ReadOptions } from './model/from-json.js';
export { parseDeadline } from './model/deadline.js';
export { ticker } from './controllers/ticker.js';
export { setStrings, strings, type Strings } from './strings.js';
