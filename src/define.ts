/**
 * Registers `<job-posting>` and `<job-posting-list>`. Importing this module twice — or loading two
 * copies of the bundle — registers the element once. A tag another library took first is reported,
 * not silently shared: its elements are not ours (and a list would show them as its cards).
 */
import { isJobPostingClass } from './element-class.js';
import { JobPosting } from './job-posting.js';
import { JobPostingList } from './job-posting-list.js';
import { RENDERED_TYPE } from './rendered.js';

export * from './index.js';

/** Whether `name` is free for us; a tag another library took first is reported, once. */
function free(name: string): boolean {
  const existing = customElements.get(name);
  if (existing && !isJobPostingClass(existing)) {
    console.error(`<${name}>: another script defined the tag <${name}> before this one, so this library's <${name}> is not registered; load only one library that defines it`);
  }
  return !existing;
}

function defineAll(): void {
  // Two literal calls, so the custom-elements manifest's analyser sees each tag name.
  if (free('job-posting')) customElements.define('job-posting', JobPosting);
  if (free('job-posting-list')) customElements.define('job-posting-list', JobPostingList);
}

// A page with cards a site pre-rendered (job-posting render) first loads Lit's hydrate support, so they are
// taken over in place; other pages never load it. Should it fail to load, the cards are drawn anew.
if (typeof document !== 'undefined' && document.querySelector(`script[type="${RENDERED_TYPE}"]`)) {
  import('./hydrate.js').then(defineAll, (error: unknown) => {
    console.warn('<job-posting>: hydrate support did not load; pre-rendered cards are drawn anew', error);
    defineAll();
  });
} else {
  defineAll();
}

declare global {
  interface HTMLElementTagNameMap {
    'job-posting': JobPosting;
    'job-posting-list': JobPostingList;
  }
}
