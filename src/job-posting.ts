import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calendarFile, type ShareResult } from './actions.js';
import { descriptionModeOf, headingLevelOf, languageOf, timeoutOf, visitorZoneOf, type DescriptionMode } from './attributes.js';
import { errorTemplate, loadingTemplate, postingTemplate } from './card-templates.js';
import { NO_WORDS, wordsFor, type Words } from './card-words.js';
import { ActionsController } from './controllers/actions-controller.js';
import { CountdownController } from './controllers/countdown-controller.js';
import { DescriptionController } from './controllers/description-controller.js';
import { watchEnvironment } from './controllers/environment-controller.js';
import { PostingReader } from './controllers/posting-reader.js';
import { PrerenderedController } from './controllers/prerendered-controller.js';
import { StructuredDataController } from './controllers/structured-data-controller.js';
import { markJobPostingClass } from './element-class.js';
import { JobPostingClosedEvent } from './events.js';
import { reflectState } from './host-state.js';
import { inOrder } from './in-order.js';
import { changedKey } from './memo-key.js';
import { stateAt, type Announcement, type DeadlineState } from './model/countdown.js';
import type { Posting } from './model/posting.js';
import { styles } from './job-posting.styles.js';
import { fill, strings } from './strings.js';
import type { Rendered } from './rendered.js';

/** The host's `state` attribute. */
export type JobPostingState = 'loading' | DeadlineState | 'error';

/** Every part the card can show (documented below); `<job-posting-list>` exports each as `card-*`. */
export const PARTS = [
  'card', 'badge', 'title', 'meta', 'facts', 'deadline', 'local-time', 'deadline-warning',
  'countdown', 'pause', 'calendar', 'share', 'description', 'more', 'contact', 'apply', 'error',
] as const;

/**
 * A job vacancy as a card: what the post is, who offers it, the pay, the
 * exact closing time in the university's zone and the visitor's, a live
 * countdown and an Apply link.
 *
 * The vacancy comes from, first that applies: the `posting` property, the
 * `src` attribute (a JSON URL), or a child
 * `<script type="application/json">` / `<script type="application/ld+json">`.
 * The element's other light-DOM content is fallback: shown while loading and
 * on error, hidden while the card shows.
 *
 * @fires job-posting-load - The vacancy was read and is shown. `detail: { posting, warnings }`.
 * @fires job-posting-error - The vacancy could not be shown. `detail: { message }`.
 * @fires job-posting-closed - The deadline passed while the card was on the page. `detail: { posting }`.
 *
 * @attr {JobPostingState} state - What the card shows (see the `state` property); set by the card, for selectors such as `job-posting[state="closed"]`.
 *
 * @slot - Fallback content (for example a plain link to the vacancy), shown while loading and on error.
 *
 * @csspart card - The card's box.
 * @csspart badge - "Closing soon" / "Closed", when either applies.
 * @csspart title - The post's title, and nothing else.
 * @csspart meta - Posts, organisation, department and location.
 * @csspart facts - Salary, contract, hours, funding, reference.
 * @csspart deadline - The `<time>` holding the closing time in the posting's zone.
 * @csspart local-time - The closing time in the visitor's zone, when it differs.
 * @csspart deadline-warning - Why the deadline may be wrong (a year the page did not give …), when it may.
 * @csspart countdown - The time left (`role="timer"`), or when it closed.
 * @csspart pause - The button that stops and restarts the live countdown.
 * @csspart calendar - "Add to calendar": downloads an .ics with the deadline and a reminder a day before.
 * @csspart share - "Copy link": shares or copies the link to the vacancy.
 * @csspart description - The description.
 * @csspart more - "Show full description": the `<summary>` that unfolds the rest of a `summary` description.
 * @csspart contact - The informal-enquiries line.
 * @csspart apply - The apply link.
 * @csspart error - The error message, in plain words for visitors (the reason is in the `error` property).
 *
 * @cssprop [--job-posting-accent=#0b57a4 / #8ab4f8 dark] - Links, the apply button and focus rings.
 * @cssprop [--job-posting-on-accent=#ffffff / #0b1b2e dark] - Text on the apply button.
 * @cssprop [--job-posting-surface=#ffffff / #1e2227 dark] - The card's background.
 * @cssprop [--job-posting-text=#1b1f24 / #e8eaed dark] - The card's text.
 * @cssprop [--job-posting-muted=#4b5563 / #b4bac2 dark] - Secondary text.
 * @cssprop [--job-posting-border=#d0d5dc / #444b54 dark] - The card's border.
 * @cssprop [--job-posting-warning=#8a4600 / #ffb870 dark] - "Closing soon".
 * @cssprop [--job-posting-radius=12px] - The card's corner radius.
 * @cssprop [--job-posting-font=inherit] - The card's font family.
 */
export class JobPosting extends LitElement {
  static override styles = styles;

  /** The vacancy as an object (posting format or schema.org JobPosting). Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) posting: object | null | undefined = undefined;

  /** What relative links in `posting` are relative to, when not the page (say, the URL the object was fetched from). Default: the page's base URL. */
  @property({ attribute: false }) baseUrl = '';

  /** URL of the vacancy: JSON (posting format or schema.org) or Markdown (`.md` or `text/markdown`). */
  @property() src = '';

  /** Zone for deadlines written without an offset, when the posting names none. Default `Europe/London`; junk falls back to it. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The visitor's zone. Default: the browser's. Junk falls back to the browser's. */
  @property({ attribute: 'local-time-zone' }) localTimeZone = '';

  /** How long `src` may take to answer, in seconds. Default 15; junk (not a positive number) falls back to 15. */
  @property({ converter: timeoutOf }) timeout = 15;

  /** Level of the title heading, a whole number 1–6. Default 3; junk falls back to 3. */
  @property({ attribute: 'heading-level', converter: headingLevelOf }) headingLevel = 3;

  /**
   * Which vacancy of a many-vacancy document to show: its id (the CoreHR
   * recruitment id when the apply link carries one, else a slug of the
   * title) or its 1-based position. Default: the first.
   */
  @property() vacancy = '';

  /**
   * Put the vacancy's schema.org JobPosting (JSON-LD) in the document head for
   * job search engines; removed when the card is removed or closes.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * How much of the description to show: `full` (default), `summary` (the first
   * paragraph, the rest behind "Show full description"; a list's default) or
   * `none`. Junk falls back to `full`. Print shows it whole.
   */
  @property({ converter: descriptionModeOf('full') }) description: DescriptionMode = 'full';

  /**
   * How far the server's clock is ahead of the device's, in ms (negative:
   * behind): the card counts down and closes by the device's clock plus this.
   * A card that fetched `src` measures it from the response's `Date` header
   * instead; a list gives its cards the one it measured. Default 0.
   */
  @property({ attribute: false }) clockOffset = 0;

  /** What `job-posting render` drew the card from (set by its markup, or by a pre-rendered list): the card's first update draws the same, to hydrate. */
  @property({ attribute: false }) rendered: Rendered | undefined = undefined;

  @state() private _announcement = '';

  #state: JobPostingState = 'loading';
  #words: Words = NO_WORDS;
  #wordsKey: unknown[] = [];
  #closedPosting: Posting | undefined;

  readonly #prerendered = new PrerenderedController(this);
  readonly #countdown = new CountdownController(this, { onAnnouncement: (a) => this.#announce(a) });
  readonly #reader = new PostingReader(this);
  readonly #actions = new ActionsController(this, () => this.normalizedPosting, (said) => (this._announcement = said));
  readonly #description = new DescriptionController(this, () => this.#reader.baseUrl());
  readonly #structuredData = new StructuredDataController(this, {
    posting: () => (this.structuredData && this.state !== 'closed' ? this.normalizedPosting : undefined),
    renderedHtml: () => this.#description.rendered?.html,
  });

  constructor() {
    super();
    // Under `prefers-reduced-motion: reduce` the last hour counts in minutes, not seconds.
    watchEnvironment(this, { onReducedMotion: (reduced) => (this.#countdown.seconds = !reduced) });
  }

  /**
   * What the card shows: `loading`, `open`, `closing-soon` (under 72 hours
   * left), `closed`, `no-deadline` or `error`. Set by the card (read-only) and
   * reflected to the `state` attribute.
   */
  get state(): JobPostingState {
    return this.#state;
  }

  /** Warnings about the vacancy's data (unknown fields, a missing deadline, an unsafe link …). */
  get warnings(): readonly string[] {
    const r = this.#reader.reading;
    if (!('ok' in r) || !r.ok) return [];
    // The description's own (a page cut at its line cap …), once it has been rendered.
    return [...r.warnings, ...this.#words.warnings, ...(this.#description.rendered?.warnings ?? [])];
  }

  /** Why the card shows its error state, in words for the page's author (as in the console and `job-posting-error`); else undefined. */
  get error(): string | undefined {
    const r = this.#reader.reading;
    return 'ok' in r && !r.ok ? r.error : undefined;
  }

  /** The normalised vacancy being shown, or undefined while loading or on error. */
  get normalizedPosting(): Posting | undefined {
    return this.#reader.posting;
  }

  /**
   * Settles once the card shows what its source gave (the vacancy, with its
   * description rendered, or an error). Never rejects. For page scripts and tests.
   */
  get loadComplete(): Promise<void> {
    const u = (): Promise<unknown> => this.updateComplete;
    return inOrder(u, () => this.#reader.loadComplete, u, () => this.#description.complete, u, () => this.#structuredData.complete);
  }

  /**
   * Fetches `src`. Override in a subclass to add credentials, headers or a
   * cache; it must return a Response.
   */
  fetch(request: Request): Promise<Response> {
    return fetch(request);
  }

  /** The vacancy as an .ics file: the deadline, a reminder a day before, the apply link. */
  async calendarFile(): Promise<string | undefined> {
    const p = this.normalizedPosting;
    return p && calendarFile(p, Date.now());
  }

  /**
   * Shares the link to the vacancy (its apply page) with the Web Share API
   * where the browser has it, else copies it; a screen reader hears the
   * result, and the button says it for a moment.
   * `cancelled` when the visitor closed the share sheet (nothing is said);
   * a share that fails otherwise falls back to copying.
   */
  async shareLink(): Promise<ShareResult> {
    return this.#actions.share();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: structured data and the countdown are brought up to date.
    if (this.hasUpdated) this.requestUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const frozen = this.#prerendered.begin();
    this.#countdown.offset = this.#reader.clockOffset() ?? (+this.clockOffset || 0);
    if (this.#reader.refresh()) {
      const shown = this.normalizedPosting;
      this.#countdown.closesAt = shown?.deadline?.closesAt;
      this.#description.show(shown);
      if (changed.has('posting') || changed.has('src')) this._announcement = '';
    }
    const locale = frozen ? frozen.lang : languageOf(this);
    if (changedKey(this.#wordsKey, [this.#reader.reading, locale])) {
      this.#wordsKey = [this.#reader.reading, locale];
      const shown = this.normalizedPosting;
      this.#words = shown ? wordsFor(shown, locale) : NO_WORDS;
    }
    const r = this.#reader.reading;
    // Until it has hydrated, a pre-rendered card keeps the server's description as written.
    this.#description.kept = this.#prerendered.keeps([r, this.description]);
    this.#state = reflectState(this, !('ok' in r) ? 'loading' : !r.ok ? 'error' : stateAt(r.value.deadline?.closesAt, frozen?.at ?? this.#countdown.now));
  }

  /**
   * Lit rethrows what an update throws, leaving the card as it was ("Loading
   * vacancy…") and `updateComplete` rejected: the card takes it as its error
   * and updates again to show it (unless showing an error is what threw).
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (!this.#prerendered.mismatch(error) && !this.#reader.crashed(error)) throw error;
    }
  }

  #announce(announcement: Announcement): void {
    const posting = this.normalizedPosting;
    if (!posting) return;
    const template = { 'day-left': strings.announceDayLeft, 'hour-left': strings.announceHourLeft, closed: strings.announceClosed }[announcement];
    this._announcement = fill(template, { title: posting.title });
    if (announcement === 'closed' && this.#closedPosting !== posting) {
      this.#closedPosting = posting;
      this.dispatchEvent(new JobPostingClosedEvent(posting));
    }
  }

  readonly #onPause = (): void => {
    this.#countdown.paused = !this.#countdown.paused;
  };

  readonly #onCalendar = (): void => void this.#actions.calendar();
  readonly #onShare = (): void => void this.shareLink();

  override render(): TemplateResult {
    const r = this.#reader.reading;
    if (!('ok' in r)) return loadingTemplate();
    if (!r.ok) return errorTemplate();
    const frozen = this.#prerendered.frozen;
    return postingTemplate({
      posting: r.value,
      state: stateAt(r.value.deadline?.closesAt, frozen?.at ?? this.#countdown.now),
      // The build's instant, language and zone while the card hydrates; then the visitor's.
      ...(this.#prerendered.asBuilt(r.value) ?? { countdown: this.#countdown, live: true, locale: languageOf(this), visitorZone: visitorZoneOf(this.localTimeZone) }),
      headingLevel: headingLevelOf(this.headingLevel),
      words: this.#words,
      description: this.#description,
      descriptionMode: this.description,
      descriptionKept: this.#description.kept,
      announcement: this._announcement,
      said: (action) => this.#actions.label(action),
      onPause: this.#onPause,
      onCalendar: this.#onCalendar,
      onShare: this.#onShare,
    });
  }
}

markJobPostingClass(JobPosting);
