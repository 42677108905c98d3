/**
 * Registers `<job-posting>` and `<job-posting-list>`. Importing this module twice — or loading two
 * copies of the bundle — registers the element once.
 */
import { JobPosting } from './job-posting.js';
import { JobPostingList } from './job-posting-list.js';

export * from './index.js';

if (!customElements.get('job-posting')) customElements.define('job-posting', JobPosting);
if (!customElements.get('job-posting-list')) customElements.define('job-posting-list', JobPostingList);

declare global {
  interface HTMLElementTagNameMap {
    'job-posting': JobPosting;
    'job-posting-list': JobPostingList;
  }
}
