/**
 * The card's two action buttons, run: "Add to calendar" and "Copy link". How
 * each went is said once, in the card's live region, and shown for a moment
 * as the button's own label ("Link copied", "Could not copy the link"), which
 * then reads as before. The label has no live region of its own, so a screen
 * reader does not hear it twice.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadCalendar, shareAnnouncement, shareLink, type ShareResult } from '../actions.js';
import type { Posting } from '../model/posting.js';
import { strings } from '../strings.js';

export type ActionName = 'calendar' | 'share';

/** How long a button shows how it went, in ms. */
export const FEEDBACK_MS = 2000;

export class ActionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #posting: () => Posting | undefined;
  readonly #announce: (text: string) => void;
  /** Which button says what instead of its label just now. */
  #said: [ActionName, string] | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `posting`: the vacancy shown; `announce`: puts a sentence in the card's live region. */
  constructor(host: ReactiveControllerHost, posting: () => Posting | undefined, announce: (text: string) => void) {
    (this.#host = host).addController(this);
    this.#posting = posting;
    this.#announce = announce;
  }

  /** What `action`'s button says instead of its label just now, if anything. */
  label(action: ActionName): string | undefined {
    return this.#said?.[0] === action ? this.#said[1] : undefined;
  }

  /** Shares or copies the link; after a cancelled share sheet nothing is said or shown. */
  async share(): Promise<ShareResult> {
    const result = await shareLink(this.#posting());
    this.#say('share', shareAnnouncement(result));
    return result;
  }

  /** Downloads the .ics file. */
  async calendar(): Promise<void> {
    const posting = this.#posting();
    this.#say('calendar', posting && (await downloadCalendar(posting).catch(() => false)) ? strings.calendarReady : strings.calendarFailed);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#said = undefined;
  }

  #say(action: ActionName, text: string | undefined): void {
    if (!text) return;
    this.#announce(text);
    this.#said = [action, text];
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#said = undefined;
      this.#host.requestUpdate();
    }, FEEDBACK_MS);
    this.#host.requestUpdate();
  }
}
