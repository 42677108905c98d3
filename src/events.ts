/**
 * The events a `<job-posting>` fires. All bubble and cross shadow roots.
 */

import type { Posting } from './model/posting.js';

const init = { bubbles: true, composed: true } as const;

/** The vacancy was read and is shown. `detail` is the normalised posting. */
export class JobPostingLoadEvent extends CustomEvent<{ posting: Posting; warnings: string[] }> {
  constructor(posting: Posting, warnings: string[]) {
    super('job-posting-load', { ...init, detail: { posting, warnings } });
  }
}

/** The vacancy could not be shown. `detail.message` says why, in words for the page's author. */
export class JobPostingErrorEvent extends CustomEvent<{ message: string }> {
  constructor(message: string) {
    super('job-posting-error', { ...init, detail: { message } });
  }
}

/** The deadline passed while the card was on the page (fired once). */
export class JobPostingClosedEvent extends CustomEvent<{ posting: Posting }> {
  constructor(posting: Posting) {
    super('job-posting-closed', { ...init, detail: { posting } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-posting-load': JobPostingLoadEvent;
    'job-posting-error': JobPostingErrorEvent;
    'job-posting-closed': JobPostingClosedEvent;
  }
}
