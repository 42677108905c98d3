/**
 * Registers `<job-posting>`. Importing this module twice — or loading two
 * copies of the bundle — registers the element once.
 */
import { JobPosting } from './job-posting.js';

export * from './index.js';

if (!customElements.get('job-posting')) customElements.define('job-posting', JobPosting);

declare global {
  interface HTMLElementTagNameMap {
    'job-posting': JobPosting;
  }
}
