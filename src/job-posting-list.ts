import { html, LitElement, noChange, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { deadlineZoneOf, descriptionModeOf, headingLevelOf, timeoutOf, type DescriptionMode } from './attributes.js';
import { closesAtOf, ClosingController } from './controllers/closing-controller.js';
import { DocumentReader } from './controllers/document-reader.js';
import { NotesController } from './controllers/notes-controller.js';
import { PrerenderedController } from './controllers/prerendered-controller.js';
import { watchEnvironment } from './controllers/environment-controller.js';
import { markJobPostingClass } from './element-class.js';
import { reflectState } from './host-state.js';
import { errorMessage } from './load/load-error.js';
import type { MarkdownNote } from './model/markdown/from-markdown.js';
import type { VacancyEntry } from './model/vacancies.js';
import { listStyles } from './job-posting-list.styles.js';
import { strings } from './strings.js';
import type { Rendered } from './rendered.js';
import { PARTS, type JobPosting } from './job-posting.js';

/** The list's `state` attribute. */
export type JobPostingListState = 'loading' | 'ready' | 'error';

/** Every card part, exported as `card-*`. */
const CARD_PARTS = PARTS.map((p) => `${p}:card-${p}`).join(', ');

/**
 * Every vacancy in a document — the lab's Markdown recruitment page, or a
 * JSON list — as `<job-posting>` cards in document order, then the page's
 * other sections (notes), with an empty state when there are none.
 *
 * The document comes from `src` (JSON or Markdown) or a child
 * `<script type="text/markdown">` / `<script type="application/json">`.
 * Other light-DOM content is fallback, shown while loading and on error.
 *
 * @fires job-posting-error - The document could not be loaded or read. `detail: { message }`.
 *
 * @attr {JobPostingListState} state - `loading`, `ready` or `error` (see the `state` property); set by the list.
 *
 * @slot - Fallback content, shown while loading and on error.
 *
 * @csspart list - The list of cards.
 * @csspart note - A section of the page that is not a vacancy.
 * @csspart note-title - A note's heading.
 * @csspart empty - "No current vacancies".
 * @csspart error - The error message, in plain words for visitors (the reason is in the `error` property).
 * @csspart card-* - The cards' parts, as `card-title`, `card-deadline`, `card-apply` …
 *
 * @cssprop [--job-posting-list-gap=1rem] - The space between cards and notes. The cards take the `--job-posting-*` properties set on the list.
 */
export class JobPostingList extends LitElement {
  static override styles = listStyles;

  /** URL of the document: a Markdown page or JSON (one posting, a list, or `{ "vacancies": [...] }`). */
  @property() src = '';

  /** Passed to every card: zone for deadlines written without an offset. Default `Europe/London`; junk falls back to it. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Passed to every card: the visitor's zone. Default: the browser's. */
  @property({ attribute: 'local-time-zone' }) localTimeZone = '';

  /** How long `src` may take to answer, in seconds. Default 15; junk (not a positive number) falls back to 15. */
  @property({ converter: timeoutOf }) timeout = 15;

  /** Hide vacancies whose deadline has passed (they disappear when they close). */
  @property({ type: Boolean, attribute: 'hide-closed' }) hideClosed = false;

  /**
   * Passed to every card: each puts its vacancy's schema.org JobPosting
   * (JSON-LD) in the document head for job search engines, removed when it closes.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Level of each card's title heading, a whole number 1–6; notes use the same level. Default 3; junk falls back to 3. */
  @property({ attribute: 'heading-level', converter: headingLevelOf }) headingLevel = 3;

  /** Passed to every card: `summary` (default: the first paragraph, the rest on request), `full` or `none`. Junk falls back to `summary`. */
  @property({ converter: descriptionModeOf('summary') }) description: DescriptionMode = 'summary';

  /** What `job-posting render` drew the list from (set by its markup): the first update draws the same, to hydrate. */
  @property({ attribute: false }) rendered: Rendered | undefined = undefined;

  #state: JobPostingListState = 'loading';
  /** The build's instant and language, for the cards of a pre-rendered list to hydrate with. */
  #stamp: Rendered | undefined;
  #shown: readonly VacancyEntry[] = [];
  readonly #closing = new ClosingController(this);
  readonly #prerendered = new PrerenderedController(this);

  readonly #reader = new DocumentReader(this);
  readonly #notes = new NotesController(this, () => this.#reader.found?.notes);

  constructor() {
    super();
    // Notes and the empty state follow the strings table and the language.
    watchEnvironment(this);
  }

  /** `loading`, `ready` or `error`: set by the list (read-only) and reflected to the `state` attribute. */
  get state(): JobPostingListState {
    return this.#state;
  }

  /** The vacancies found, in document order (before `hide-closed`). */
  get vacancies(): readonly VacancyEntry[] {
    return this.#reader.found?.entries ?? [];
  }

  /** The sections that are not vacancies. */
  get notes(): readonly MarkdownNote[] {
    return this.#reader.found?.notes ?? [];
  }

  /** Why the list shows its error state, in words for the page's author (as in the console and `job-posting-error`); else undefined. */
  get error(): string | undefined {
    return this.#reader.failure === undefined ? undefined : errorMessage(this.#reader.failure);
  }

  /** The cards on show. */
  get cards(): JobPosting[] {
    return [...(this.shadowRoot?.querySelectorAll('job-posting') ?? [])];
  }

  /**
   * Fetches `src`. Override in a subclass to add credentials, headers or a
   * cache; it must return a Response. (The cards a list shows are given their
   * vacancy, so they fetch nothing.)
   */
  fetch(request: Request): Promise<Response> {
    return fetch(request);
  }

  /** Settles once the list shows what its source gave (its cards rendered, its notes as HTML). Never rejects. */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.#reader.complete;
      await this.updateComplete;
      await Promise.all([...this.cards.map((c) => c.loadComplete), this.#notes.complete]);
      await this.updateComplete;
    })();
  }

  override willUpdate(): void {
    const frozen = this.#prerendered.begin();
    if (frozen) this.#stamp = { at: frozen.at, lang: frozen.lang };
    const loaded = this.#reader.document;
    this.#state = reflectState(this, this.#reader.failure !== undefined ? 'error' : loaded ? 'ready' : 'loading');
    // What `hide-closed` shows, at the instant the shared ticker last woke the list.
    const entries = this.vacancies;
    const timeZone = deadlineZoneOf(this.timeZone);
    const hide = this.hideClosed;
    // The server's clock, measured once from `src`, decides for the list and every card: each deadline on the device's clock.
    const offset = loaded?.clockOffset ?? 0;
    this.#closing.watch([loaded, timeZone, hide], () =>
      hide ? entries.map((e) => (closesAtOf(e.posting, timeZone, loaded?.url) ?? NaN) - offset) : [],
    );
    // The build's notes stay as written until the document changes.
    this.#notes.kept = this.#prerendered.keeps([loaded]);
    // What the build showed, while the list hydrates; then what is open now.
    this.#shown = frozen && hide
      ? entries.filter((e) => !((closesAtOf(e.posting, timeZone, loaded?.url) ?? Infinity) <= frozen.at))
      : entries.filter((_, i) => !this.#closing.closed(i));
  }

  /**
   * Lit rethrows what an update throws, leaving the list as it was: the list
   * takes it as its error (for this document) and updates again to show it.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (!this.#prerendered.mismatch(error) && !this.#reader.crashed(error)) throw error;
    }
  }

  override render(): TemplateResult {
    if (this.state === 'error') return html`<p part="error" role="alert">${strings.listError}</p><slot></slot>`;
    const loaded = this.#reader.document;
    if (!loaded) return html`<p aria-busy="true">${strings.loading}</p><slot></slot>`;
    const level = headingLevelOf(this.headingLevel);
    return html`${this.#shown.length === 0
        ? html`<p part="empty" class="empty">${strings.noVacancies}</p>`
        : html`<ul part="list" class="list">
            ${this.#shown.map(
              (entry) =>
                html`<li>
                  <job-posting
                    exportparts=${CARD_PARTS}
                    data-vacancy=${entry.id}
                    .posting=${entry.posting as object}
                    .baseUrl=${loaded.url}
                    .clockOffset=${loaded.clockOffset ?? 0}
                    .rendered=${this.#stamp}
                    ?structured-data=${this.structuredData}
                    time-zone=${ifDefined(this.timeZone || undefined)}
                    local-time-zone=${ifDefined(this.localTimeZone || undefined)}
                    heading-level=${level}
                    description=${this.description}
                  ></job-posting>
                </li>`,
            )}
          </ul>`}
      ${this.notes.map(
        (note) =>
          html`<section part="note" class="note">
            ${note.intro ? nothing : html`<div part="note-title" class="note-title" role="heading" aria-level=${level}>${note.title}</div>`}
            ${note.markdown ? html`<div>${this.#notes.kept ? noChange : this.#notes.view(note, loaded.url)}</div>` : nothing}
          </section>`,
      )}`;
  }
}

markJobPostingClass(JobPostingList);
