import { initialState, Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { sanitizedView } from './load/markdown.js';
import { watchEnvironment } from './controllers/environment-controller.js';
import { JobPostingErrorEvent } from './events.js';
import { DocumentLoader } from './controllers/document-loader.js';
import type { LoadedDocument } from './load/load-document.js';
import { errorMessage } from './load/load-error.js';
import { stateAt } from './model/countdown.js';
import { readPosting } from './model/from-json.js';
import type { MarkdownNote } from './model/markdown/from-markdown.js';
import { vacanciesOf, type VacancyEntry } from './model/vacancies.js';
import { DEFAULT_TIME_ZONE } from './model/posting.js';
import { isValidTimeZone } from './model/zoned-time.js';
import { strings } from './strings.js';
import { crashMessage, isJobPostingClass, markJobPostingClass, timeoutMs, type JobPosting } from './job-posting.js';

const NO_SOURCE = new Error(
  'No document given: set a src URL (Markdown or JSON), or put a <script type="text/markdown"> or <script type="application/json"> inside the element',
);

/** Another library's `job-posting` took the tag first: the list's cards would be its elements, not vacancies. */
const FOREIGN_CARD = new Error(
  'Another script defined <job-posting> before this one, so the vacancies cannot be shown: load only one library that defines <job-posting> (or this one first)',
);

/** The list's `state` attribute. */
export type JobPostingListState = 'loading' | 'ready' | 'error';

const CARD_PARTS = [
  'card', 'badge', 'title', 'meta', 'facts', 'deadline', 'local-time', 'countdown', 'pause', 'description', 'contact', 'apply', 'error',
]
  .map((p) => `${p}:card-${p}`)
  .join(', ');

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
 * @slot - Fallback content, shown while loading and on error.
 *
 * @csspart list - The list of cards.
 * @csspart note - A section of the page that is not a vacancy.
 * @csspart note-title - A note's heading.
 * @csspart empty - "No current vacancies".
 * @csspart error - The error message.
 * @csspart card-* - The cards' parts, as `card-title`, `card-deadline`, `card-apply` …
 *
 * @cssprop [--job-posting-list-gap=1rem] - The space between cards and notes. The cards take the `--job-posting-*` properties set on the list.
 */
export class JobPostingList extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .list {
      display: grid;
      gap: var(--job-posting-list-gap, 1rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .note {
      margin-top: 1.5rem;
    }
    .note-title {
      font-weight: 700;
      font-size: 1.1em;
    }
  `;

  /** URL of the document: a Markdown page or JSON (one posting, a list, or `{ "vacancies": [...] }`). */
  @property() src = '';

  /** Passed to every card: zone for deadlines written without an offset. Default `Europe/London`. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Passed to every card: the visitor's zone. Default: the browser's. */
  @property({ attribute: 'local-time-zone' }) localTimeZone = '';

  /** How long `src` may take to answer, in seconds. Default 15; junk falls back to 15. */
  @property({ attribute: 'timeout' }) timeout: string | number = 15;

  /** Hide vacancies whose deadline has passed (they disappear when they close). */
  @property({ type: Boolean, attribute: 'hide-closed' }) hideClosed = false;

  /**
   * Passed to every card: each puts its vacancy's schema.org JobPosting
   * (JSON-LD) in the document head for job search engines, removed when it closes.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Level of each card's title heading, 1–6; notes use the same level. Default 3. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  /** `loading`, `ready` or `error`. Reflected; set by the list. */
  @property({ reflect: true }) state: JobPostingListState = 'loading';

  @state() private _closedTick = 0;

  #reported: unknown;
  /** What an update threw for the document shown now: the list shows it as its error. */
  #crash: unknown;
  #crashedOn: unknown;

  readonly #load = new DocumentLoader(this, {
    src: () => this.src,
    fetch: (request) => this.fetch(request),
    timeout: () => timeoutMs(this.timeout),
  });

  /** The vacancies found, in document order (before `hide-closed`). */
  get vacancies(): readonly VacancyEntry[] {
    return this.#found()?.entries ?? [];
  }

  /** The sections that are not vacancies. */
  get notes(): readonly MarkdownNote[] {
    return this.#found()?.notes ?? [];
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

  /** Settles once the list shows what its source gave (and its cards have rendered). Never rejects. */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.#load.complete;
      await this.updateComplete;
      await Promise.all(this.cards.map((c) => c.loadComplete));
    })();
  }

  constructor() {
    super();
    // Notes and the empty state follow the strings table and the language.
    watchEnvironment(this);
  }

  #loaded(): LoadedDocument | undefined {
    const load = this.#load.state();
    return load.kind === 'loaded' ? load.document : undefined;
  }

  #found(): ReturnType<typeof vacanciesOf> | undefined {
    const loaded = this.#loaded();
    return loaded ? vacanciesOf(loaded) : undefined;
  }

  /** The load's failure for the source asked for now, if it failed — or that there is no source at all, or that its cards cannot be shown. */
  #failure(): unknown {
    if (this.#crash !== undefined && this.#crashedOn === this.#loaded()) return this.#crash;
    const card = customElements.get('job-posting');
    // Not yet defined is not a clash: the page may define it later (the class-only entry registers nothing).
    if (card && !isJobPostingClass(card) && this.#found()?.entries.length) return FOREIGN_CARD;
    const load = this.#load.state();
    if (load.kind === 'failed') return load.error;
    if (load.kind === 'none') return NO_SOURCE;
    return undefined;
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    if (this.#failure() !== undefined) this.state = 'error';
    else if (this.#found()) this.state = 'ready';
    else this.state = 'loading';
  }

  /**
   * Lit rethrows what an update throws, leaving the list as it was: the list
   * takes it as its error (for this document) and updates again to show it.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.state === 'error' && this.#crash !== undefined) throw error;
      this.#crash = new Error(crashMessage(error));
      this.#crashedOn = this.#loaded();
      this.requestUpdate();
    }
  }

  override updated(): void {
    const error = this.#failure();
    if (this.state !== 'error' || this.#reported === error) return;
    this.#reported = error;
    const message = errorMessage(error);
    console.error(`<job-posting-list>: ${message}`, this);
    this.dispatchEvent(new JobPostingErrorEvent(message));
  }

  #onClosed = (): void => {
    if (this.hideClosed) this._closedTick++;
  };

  override render(): TemplateResult {
    if (this.state === 'error') {
      const message = errorMessage(this.#failure());
      return html`<p part="error" role="alert">${strings.errorPrefix}${message}</p>
        <slot></slot>`;
    }
    const loaded = this.#loaded();
    if (!loaded) return html`<p aria-busy="true">${strings.loading}</p><slot></slot>`;
    const found = vacanciesOf(loaded);
    const zone = this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : DEFAULT_TIME_ZONE;
    const now = Date.now();
    const shown = found.entries.filter((entry) => {
      if (!this.hideClosed) return true;
      const read = readPosting(entry.posting, { timeZone: zone, baseUrl: loaded.url });
      return !(read.ok && stateAt(read.posting.deadline?.closesAt, now) === 'closed');
    });
    const level = Number(this.headingLevel) >= 1 && Number(this.headingLevel) <= 6 ? Number(this.headingLevel) : 3;
    return html`${shown.length === 0
        ? html`<p part="empty" class="empty">${strings.noVacancies}</p>`
        : html`<ul part="list" class="list" @job-posting-closed=${this.#onClosed}>
            ${shown.map(
              (entry) =>
                html`<li>
                  <job-posting
                    exportparts=${CARD_PARTS}
                    data-vacancy=${entry.id}
                    .posting=${entry.posting as object}
                    .baseUrl=${loaded.url}
                    ?structured-data=${this.structuredData}
                    time-zone=${ifDefined(this.timeZone || undefined)}
                    local-time-zone=${ifDefined(this.localTimeZone || undefined)}
                    heading-level=${level}
                  ></job-posting>
                </li>`,
            )}
          </ul>`}
      ${found.notes.map(
        (note) =>
          html`<section part="note" class="note">
            ${note.intro ? nothing : html`<div part="note-title" class="note-title" role="heading" aria-level=${level}>${note.title}</div>`}
            ${note.markdown ? html`<div>${this.#renderNote(note.markdown, loaded.url)}</div>` : nothing}
          </section>`,
      )}`;
  }

  /** A note's Markdown as sanitised HTML, its relative links resolved against the document's URL. */
  #renderNote(markdown: string, baseUrl: string | undefined): unknown {
    const render = this.#markdown.value;
    return typeof render === 'function' ? render(markdown, 'markdown', baseUrl).view : markdown;
  }

  /** The Markdown renderer, loaded when a note needs it. */
  readonly #markdown = new Task(this, {
    task: async ([needed]): Promise<typeof sanitizedView | typeof initialState> => {
      if (!needed) return initialState;
      return (await import('./load/markdown.js')).sanitizedView;
    },
    args: () => [(this.#found()?.notes.length ?? 0) > 0] as const,
  });
}

markJobPostingClass(JobPostingList);
