/**
 * The card's two action buttons, run: "Add to calendar" and "Copy link". Each
 * says how it went twice over, once for each sense: the card's live region
 * announces it (once), and the button's own label shows it for a moment
 * ("Link copied", "Could not copy the link") before it reads as before. The
 * label has no live region of its own, so nothing is said twice.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadCalendar, shareAnnouncement, shareLabel, shareLink, type ShareResult } from '../actions.js';
import type { Posting } from '../model/posting.js';
import { strings } from '../strings.js';

export type ActionName = 'calendar' | 'share';

/** What a button says for the moment after it was used; `failed` when it did not work. */
export interface ActionFeedback {
  readonly action: ActionName;
  readonly text: string;
  readonly failed: boolean;
}

/** How long a button shows how it went, in ms. */
export const FEEDBACK_MS = 2000;

export class ActionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #posting: () => Posting | undefined;
  readonly #announce: (text: string) => void;
  #shown: ActionFeedback | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `posting`: the vacancy shown; `announce`: puts a sentence in the card's live region. */
  constructor(host: ReactiveControllerHost, posting: () => Posting | undefined, announce: (text: string) => void) {
    this.#host = host;
    this.#posting = posting;
    this.#announce = announce;
    host.addController(this);
  }

  /** What `action`'s button says instead of its label just now, if anything. */
  feedback(action: ActionName): ActionFeedback | undefined {
    return this.#shown?.action === action ? this.#shown : undefined;
  }

  /** Shares or copies the link; after a cancelled share sheet nothing is said or shown. */
  async share(): Promise<ShareResult> {
    const result = await shareLink(this.#posting());
    const said = shareAnnouncement(result);
    if (said) this.#show({ action: 'share', text: shareLabel(result) ?? said, failed: result === 'failed' }, said);
    return result;
  }

  /** Downloads the .ics file. */
  async calendar(): Promise<void> {
    const posting = this.#posting();
    const done = posting ? await downloadCalendar(posting).catch(() => false) : false;
    const text = done ? strings.calendarReady : strings.calendarFailed;
    this.#show({ action: 'calendar', text, failed: !done }, text);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#shown = undefined;
  }

  #show(feedback: ActionFeedback, announcement: string): void {
    this.#announce(announcement);
    this.#shown = feedback;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#shown = undefined;
      this.#host.requestUpdate();
    }, FEEDBACK_MS);
    this.#host.requestUpdate();
  }
}
