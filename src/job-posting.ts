import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CountdownController } from './controllers/countdown-controller.js';
import { watchEnvironment } from './controllers/environment-controller.js';
import { descriptionParagraphs } from './description.js';
import { JobPostingClosedEvent, JobPostingErrorEvent, JobPostingLoadEvent } from './events.js';
import { DocumentLoader } from './controllers/document-loader.js';
import { errorMessage } from './load/load-error.js';
import { isAbort } from './load/load-document.js';
import type { SanitizedHtml } from './load/markdown.js';
import { DEFAULT_TIMEOUT } from './load/fetch-document.js';
import { remainingAt, stateAt, type Announcement, type DeadlineState } from './model/countdown.js';
import { machineReadable } from './model/deadline.js';
import {
  capitalize,
  formatClosedSince,
  formatCountdown,
  formatDate,
  formatDeadline,
  formatEmploymentType,
  formatFunding,
  formatPositions,
  formatSalary,
} from './model/format.js';
import { readPosting } from './model/from-json.js';
import { runtimeTimeZone, safeLocale } from './model/intl-cache.js';
import { DEFAULT_TIME_ZONE, frozenPosting, type Posting, type ReadResult } from './model/posting.js';
import { hostOf, httpUrl, mailtoHref } from './model/url.js';
import { pickVacancy, vacanciesOf } from './model/vacancies.js';
import { needsMarkdown } from './description.js';
import { isValidTimeZone } from './model/zoned-time.js';
import { styles } from './job-posting.styles.js';
import { fill, strings, unsureText } from './strings.js';

/** The host's `state` attribute. */
export type JobPostingState = 'loading' | DeadlineState | 'error';

type Reading = { kind: 'loading' } | ReadResult;

/** The card's words for a posting's fields, and why any field was left out. */
interface Words {
  meta: string[];
  facts: string[];
  warnings: string[];
}

/**
 * Marks this library's element classes, across copies of the bundle (a
 * second copy registers nothing, and its list shows the first copy's cards):
 * a `job-posting` defined without it belongs to another library.
 */
const JOB_POSTING_CLASS = Symbol.for('job-posting.element');

/** Whether `ctor` is one of this library's element classes (of any copy of the bundle). */
export function isJobPostingClass(ctor: CustomElementConstructor | undefined): boolean {
  return ctor !== undefined && Object.hasOwn(ctor, JOB_POSTING_CLASS);
}

/** Marks one of this library's element classes (outside the class body, so the manifest does not list it). */
export function markJobPostingClass(ctor: CustomElementConstructor): void {
  Object.defineProperty(ctor, JOB_POSTING_CLASS, { value: true });
}

/** The error state's message for something a reader or a formatter threw: a bug of ours, not of the page. */
export function crashMessage(error: unknown): string {
  return `Could not be shown: ${errorMessage(error)} (a bug in <job-posting>; please report it with the vacancy's data)`;
}

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
 * @csspart contact - The informal-enquiries line.
 * @csspart apply - The apply link.
 * @csspart error - The error message.
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

  /** How long `src` may take to answer, in seconds. Default 15; junk falls back to 15. */
  @property({ attribute: 'timeout' }) timeout: string | number = 15;

  /** Level of the title heading, 1–6. Default 3; junk falls back to 3. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  /**
   * What the card shows: `loading`, `open`, `closing-soon` (under 72 hours
   * left), `closed`, `no-deadline` or `error`. Reflected; set by the card.
   */
  @property({ reflect: true }) state: JobPostingState = 'loading';

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

  @state() private _announcement = '';

  #reading: Reading = { kind: 'loading' };
  #readKey: unknown[] = [];
  /** What an update threw for the reading shown now: the card shows it as its error. */
  #crash: unknown;
  #words: Words = { meta: [], facts: [], warnings: [] };
  #wordsKey: unknown[] = [];
  #reported: unknown;
  #closedPosting: Posting | undefined;

  readonly #countdown = new CountdownController(this, {
    onAnnouncement: (announcement) => this.#announce(announcement),
  });

  readonly #load = new DocumentLoader(this, {
    src: () => this.src,
    skip: () => this.#hasPosting(),
    fetch: (request) => this.fetch(request),
    timeout: () => timeoutMs(this.timeout),
  });

  /** The description as sanitised HTML, rendered by the Markdown chunk when it needs one. */
  readonly #description = new Task(this, {
    task: async ([text, format, baseUrl]): Promise<SanitizedHtml | typeof initialState> => {
      if (!text || (format !== 'html' && !needsMarkdown(text))) return initialState;
      const { sanitizedView } = await import('./load/markdown.js');
      const view = sanitizedView(text, format === 'html' ? 'html' : 'markdown', baseUrl);
      if (view.warnings.length > 0) console.warn(`<job-posting>:\n- ${view.warnings.join('\n- ')}`, this);
      return view;
    },
    // Relative links in the description resolve against the document's URL, as the apply link does.
    args: () => {
      const load = this.#hasPosting() ? undefined : this.#load.state();
      const baseUrl = load ? (load.kind === 'loaded' ? load.document.url : undefined) : this.#baseUrl();
      return [this.normalizedPosting?.description, this.normalizedPosting?.descriptionFormat, baseUrl] as const;
    },
  });

  constructor() {
    super();
    // Under `prefers-reduced-motion: reduce` the last hour counts in minutes, not seconds.
    watchEnvironment(this, { onReducedMotion: (reduced) => (this.#countdown.seconds = !reduced) });
  }

  /** Warnings about the vacancy's data (unknown fields, a missing deadline, an unsafe link …). */
  get warnings(): readonly string[] {
    const r = this.#reading;
    if (!('ok' in r) || !r.ok) return [];
    // The description's own (a page cut at its line cap …), once it has been rendered.
    const rendered = this.#description.status === TaskStatus.COMPLETE ? this.#description.value : undefined;
    return [...r.warnings, ...this.#words.warnings, ...(rendered?.warnings ?? [])];
  }

  /** The normalised vacancy being shown, or undefined while loading or on error. */
  get normalizedPosting(): Posting | undefined {
    const r = this.#reading;
    return 'ok' in r && r.ok ? r.posting : undefined;
  }

  /**
   * Settles once the card shows what its source gave (the vacancy, with its
   * description rendered, or an error). Never rejects. For page scripts and tests.
   */
  get loadComplete(): Promise<void> {
    const settled = (p: Promise<unknown>): Promise<unknown> => p.catch(() => undefined);
    return (async () => {
      await settled(this.updateComplete);
      await this.#load.complete;
      await settled(this.updateComplete);
      await settled(this.#description.taskComplete);
      await settled(this.updateComplete);
      await settled(this.#extrasPending);
    })();
  }

  /**
   * Fetches `src`. Override in a subclass to add credentials, headers or a
   * cache; it must return a Response.
   */
  fetch(request: Request): Promise<Response> {
    return fetch(request);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: structured data and the countdown are brought up to date.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
  }

  #hasPosting(): boolean {
    return this.posting !== undefined && this.posting !== null;
  }

  #baseUrl(): string {
    if (this.baseUrl) {
      try {
        return new URL(this.baseUrl, document.baseURI).href;
      } catch {
        // Junk falls back to the page's.
      }
    }
    return document.baseURI;
  }

  #defaultZone(): string {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : DEFAULT_TIME_ZONE;
  }

  #visitorZone(): string {
    if (this.localTimeZone && isValidTimeZone(this.localTimeZone)) return this.localTimeZone;
    return runtimeTimeZone();
  }

  #locale(): string | undefined {
    // The nearest lang, up through the shadow roots the card sits in.
    let lang = this.closest('[lang]')?.getAttribute('lang');
    let root = this.getRootNode();
    while (!lang && root instanceof ShadowRoot) {
      lang = root.host.closest('[lang]')?.getAttribute('lang');
      root = root.host.getRootNode();
    }
    return safeLocale(lang || (typeof navigator === 'undefined' ? undefined : navigator.language));
  }

  /** Reads the vacancy from whichever source applies; a posting read is frozen, so the page cannot change it under the card. */
  #read(): Reading {
    const r = this.#readSource();
    return 'ok' in r && r.ok ? { ...r, posting: frozenPosting(r.posting) } : r;
  }

  #readSource(): Reading {
    const timeZone = this.#defaultZone();
    if (this.#hasPosting()) return readPosting(this.posting, { timeZone, baseUrl: this.#baseUrl() });
    const load = this.#load.state();
    switch (load.kind) {
      case 'loaded': {
        const picked = pickVacancy(vacanciesOf(load.document), this.vacancy);
        if (!picked.ok) return { ok: false, error: picked.error };
        return readPosting(picked.entry.posting, { timeZone, baseUrl: load.document.url });
      }
      case 'failed':
        return { ok: false, error: errorMessage(load.error) };
      case 'loading':
        return { kind: 'loading' };
      case 'none':
        return {
          ok: false,
          error: 'No vacancy given: set the posting property, a src URL, or put a <script type="application/json"> or <script type="text/markdown"> inside the element',
        };
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // What the reading depends on: it is redone only when one of these changes.
    const key = this.#hasPosting() ? [this.timeZone, this.posting, this.baseUrl] : [this.timeZone, this.vacancy, ...this.#load.revision];
    if (changedKey(this.#readKey, key)) {
      this.#readKey = key;
      this.#crash = undefined;
      try {
        this.#show(this.#read());
      } catch (error) {
        this.#crash = error;
      }
      if (changed.has('posting') || changed.has('src')) this._announcement = '';
    }
    if (this.#crash !== undefined && !('ok' in this.#reading && !this.#reading.ok)) {
      // Reading or showing this vacancy threw: the card says so, not "Loading…" for good.
      this.#show({ ok: false, error: crashMessage(this.#crash) });
    }
    const shown = this.normalizedPosting;
    const locale = this.#locale();
    if (changedKey(this.#wordsKey, [this.#reading, locale])) {
      this.#wordsKey = [this.#reading, locale];
      this.#words = shown ? wordsFor(shown, locale) : { meta: [], facts: [], warnings: [] };
    }
    this.#description.autoRun =
      shown?.description !== undefined && (shown.descriptionFormat === 'html' || needsMarkdown(shown.description));
    const r = this.#reading;
    if (!('ok' in r)) this.state = 'loading';
    else if (!r.ok) this.state = 'error';
    else this.state = stateAt(r.posting.deadline?.closesAt, this.#countdown.now);
  }

  #show(reading: Reading): void {
    this.#reading = reading;
    const posting = 'ok' in reading && reading.ok ? reading.posting : undefined;
    this.#countdown.closesAt = posting?.deadline?.closesAt;
    this.#paragraphs = posting?.description ? descriptionParagraphs(posting.description, posting.descriptionFormat) : [];
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
      if ('ok' in this.#reading && !this.#reading.ok) throw error;
      this.#crash = error;
      this.requestUpdate();
    }
  }

  override updated(): void {
    this.#updateStructuredData();
    const r = this.#reading;
    if (!('ok' in r) || this.#reported === r) return;
    this.#reported = r;
    if (r.ok) {
      const warnings = this.warnings;
      if (warnings.length > 0) {
        console.warn(`<job-posting> "${r.posting.title}": ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}:\n- ${warnings.join('\n- ')}`, this);
      }
      this.dispatchEvent(new JobPostingLoadEvent(r.posting, [...warnings]));
    } else {
      console.error(`<job-posting>: ${r.error}`, this);
      this.dispatchEvent(new JobPostingErrorEvent(r.error));
    }
  }

  #jsonLdScript: HTMLScriptElement | undefined;
  #jsonLdWarned: unknown;

  #jsonLdRun = 0;
  #extrasPending: Promise<unknown> = Promise.resolve();

  #removeJsonLd(): void {
    this.#jsonLdRun++;
    this.#jsonLdScript?.remove();
    this.#jsonLdScript = undefined;
  }

  /** Keeps the JSON-LD in the head in step with the card (the code for it is loaded on first use). */
  #updateStructuredData(): void {
    const posting = this.normalizedPosting;
    const wanted = this.structuredData && this.isConnected && posting && this.state !== 'closed' && this.state !== 'error';
    if (!wanted || !posting) {
      this.#removeJsonLd();
      return;
    }
    const run = ++this.#jsonLdRun;
    const rendered = this.#description.status === TaskStatus.COMPLETE ? this.#description.value?.html : undefined;
    this.#extrasPending = extrasChunk().then(({ paragraphsAsHtml, placeJsonLd, toJsonLd }) => {
      if (run !== this.#jsonLdRun) return;
      const html =
        typeof rendered === 'string' ? rendered : paragraphsAsHtml(descriptionParagraphs(posting.description ?? '', posting.descriptionFormat));
      const { jsonLd, warnings } = toJsonLd(posting, html || undefined);
      if (warnings.length > 0 && this.#jsonLdWarned !== posting) {
        this.#jsonLdWarned = posting;
        console.warn(`<job-posting> "${posting.title}":\n- ${warnings.join('\n- ')}`, this);
      }
      this.#jsonLdScript = placeJsonLd(this.#jsonLdScript, jsonLd, this.ownerDocument);
    });
    this.#extrasPending.catch((error: unknown) => console.warn(`<job-posting> "${posting.title}": no structured data (${errorMessage(error)})`, this));
  }

  #announce(announcement: Announcement): void {
    const posting = this.normalizedPosting;
    if (!posting) return;
    const title = posting.title;
    const template = { 'day-left': strings.announceDayLeft, 'hour-left': strings.announceHourLeft, closed: strings.announceClosed }[announcement];
    this._announcement = fill(template, { title });
    if (announcement === 'closed' && this.#closedPosting !== posting) {
      this.#closedPosting = posting;
      this.dispatchEvent(new JobPostingClosedEvent(posting));
    }
  }

  #togglePause(): void {
    this.#countdown.paused = !this.#countdown.paused;
  }

  override render(): TemplateResult {
    const r = this.#reading;
    if (!('ok' in r)) {
      return html`<div part="card" class="card loading" aria-busy="true">
          <p class="muted">${strings.loading}</p>
        </div>
        <slot></slot>`;
    }
    if (!r.ok) {
      return html`<div part="card" class="card error">
          <p part="error" role="alert">${strings.errorPrefix}${r.error}</p>
        </div>
        <slot></slot>`;
    }
    return this.#renderPosting(r.posting);
  }

  #renderPosting(p: Posting): TemplateResult {
    const locale = this.#locale();
    const now = this.#countdown.now;
    const state = stateAt(p.deadline?.closesAt, now);
    const closed = state === 'closed';
    const level = headingLevel(this.headingLevel);
    const { meta, facts } = this.#words;
    // Checked again where they become links, whatever the reading let through.
    const apply = p.applyUrl && !closed ? httpUrl(p.applyUrl) : null;
    const mailto = p.contact ? mailtoHref(p.contact.email) : null;
    return html`<article part="card" class="card ${state}" aria-labelledby="title">
      ${state === 'closing-soon' || closed
        ? html`<p part="badge" class="badge"><bdi>${closed ? strings.closedBadge : strings.closingSoon}</bdi></p>`
        : nothing}
      <div part="title" id="title" class="title" role="heading" aria-level=${level}><bdi>${p.title}</bdi></div>
      ${meta.length ? html`<p part="meta" class="meta">${meta.map((m, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<bdi>${m}</bdi>`)}</p>` : nothing}
      ${facts.length ? html`<ul part="facts" class="facts">${facts.map((f) => html`<li><bdi>${f}</bdi></li>`)}</ul>` : nothing}
      ${this.#renderDeadline(p, state, now, locale)}
      ${p.description ? html`<div part="description" class="description">${this.#renderDescription()}</div>` : nothing}
      ${p.contact
        ? html`<p part="contact" class="contact">
            ${strings.enquiries}${mailto ? html`<a href=${mailto}>${contactName(p.contact)}</a>` : contactName(p.contact)}
          </p>`
        : nothing}
      ${apply
        ? html`<a part="apply" class="apply" href=${apply}
            >${strings.apply}<span class="visually-hidden">${fill(strings.applyFor, { title: p.title })}</span>
            <span class="apply-host">${fill(strings.applyOn, { host: hostOf(apply) })}</span></a
          >`
        : nothing}
      ${this.#renderActions(p, state)}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </article>`;
  }

  #renderActions(p: Posting, state: DeadlineState): TemplateResult | typeof nothing {
    const live = state === 'open' || state === 'closing-soon';
    const link = p.applyUrl;
    if (!live && !link) return nothing;
    return html`<p class="actions">
      ${live && p.deadline
        ? html`<button part="calendar" class="action" type="button" @click=${() => void this.#downloadCalendar()}>${strings.addToCalendar}</button>`
        : nothing}
      ${link && state !== 'closed'
        ? html`<button part="share" class="action" type="button" @click=${this.#shareLink}>${strings.copyLink}</button>`
        : nothing}
    </p>`;
  }

  /** The vacancy as an .ics file: the deadline, a reminder a day before, the apply link. */
  async calendarFile(): Promise<string | undefined> {
    const p = this.normalizedPosting;
    if (!p) return undefined;
    const { toIcs } = await extrasChunk();
    return toIcs(p, Date.now(), {
      summary: fill(strings.calendarSummary, { title: p.title }),
      reminder: fill(strings.calendarReminder, { title: p.title }),
      apply: strings.calendarApply,
    });
  }

  readonly #downloadCalendar = async (): Promise<void> => {
    const p = this.normalizedPosting;
    const ics = await this.calendarFile();
    if (!ics || !p) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${p.title.replace(/[^\w -]+/g, '').trim().slice(0, 60) || 'vacancy'}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  /**
   * Shares the link to the vacancy (its apply page) with the Web Share API
   * where the browser has it, else copies it; a screen reader hears the result.
   * `cancelled` when the visitor closed the share sheet (nothing is said);
   * a share that fails otherwise falls back to copying.
   */
  async shareLink(): Promise<'shared' | 'copied' | 'cancelled' | 'failed'> {
    const p = this.normalizedPosting;
    const url = p?.applyUrl ?? location.href;
    let result: 'shared' | 'copied' | 'failed' | undefined;
    if (typeof navigator.share === 'function' && navigator.canShare?.({ url }) !== false) {
      try {
        await navigator.share({ title: p?.title ?? document.title, url });
        result = 'shared';
      } catch (error) {
        if (isAbort(error)) return 'cancelled';
      }
    }
    if (!result) {
      try {
        await navigator.clipboard.writeText(url);
        result = 'copied';
      } catch {
        result = 'failed';
      }
    }
    this._announcement = { shared: strings.linkShared, copied: strings.linkCopied, failed: strings.linkNotCopied }[result];
    return result;
  }

  readonly #shareLink = (): void => {
    void this.shareLink();
  };

  /** The description as plain paragraphs, split once per posting (in willUpdate), not on every tick. */
  #paragraphs: string[] = [];

  #renderDescription(): unknown {
    const rendered = this.#description.status === TaskStatus.COMPLETE ? this.#description.value : undefined;
    if (rendered) return rendered.view;
    // Plain paragraphs until (or unless) the Markdown chunk has rendered it.
    return this.#paragraphs.map((para) => html`<p>${para}</p>`);
  }

  #renderDeadline(p: Posting, state: DeadlineState, now: number, locale: string | undefined): TemplateResult {
    const d = p.deadline;
    if (!d) return html`<p class="deadline"><span part="countdown" class="countdown" dir="auto">${strings.noDeadline}</span></p>`;
    const closed = state === 'closed';
    const text = formatDeadline(d, { locale, visitorTimeZone: this.#visitorZone(), closed });
    const remaining = remainingAt(d.closesAt, now, this.#countdown.seconds);
    const paused = this.#countdown.paused;
    return html`<p class="deadline">
        <time part="deadline" datetime=${machineReadable(d)} dir="auto">${text.main}</time>${text.local
          ? html`<span part="local-time" class="local-time"> (<bdi>${text.local}</bdi>)</span>`
          : nothing}
      </p>
      ${d.unsure ? html`<p part="deadline-warning" class="deadline-warning">${unsureText(d.unsure)}</p>` : nothing}
      ${closed || !remaining
        ? html`<p class="countdown-row"><span part="countdown" class="countdown" dir="auto">${formatClosedSince(d.closesAt, now, locale)}</span></p>`
        : html`<p class="countdown-row">
            <span part="countdown" class="countdown" dir="auto" role="timer" aria-label=${strings.timeLeftLabel}>${formatCountdown(remaining, locale)}</span>
            <button part="pause" class="pause" type="button" @click=${this.#togglePause}>${paused ? strings.resume : strings.pause}</button>
          </p>`}`;
  }
}

markJobPostingClass(JobPosting);

/** Whether a memo key differs from the last one. */
function changedKey(last: readonly unknown[], key: readonly unknown[]): boolean {
  return key.length !== last.length || key.some((v, i) => v !== last[i]);
}

function contactName(contact: Posting['contact'] & object): string {
  return contact.name ? `${contact.name} (${contact.email})` : contact.email;
}

/**
 * The card's words for the posting's fields, once per reading and language
 * rather than on every tick. A field its formatter cannot word (a lookup
 * table or Intl refusing a value the reader let through) is left out with a
 * warning naming it, so no optional field can blank the card.
 */
function wordsFor(p: Posting, locale: string | undefined): Words {
  const warnings: string[] = [];
  const word = (field: string, make: () => string): string => {
    try {
      return make();
    } catch (error) {
      warnings.push(`${field}: could not be shown (${errorMessage(error)}); left out`);
      return '';
    }
  };
  const { salary, employmentType, posted } = p;
  const meta = [
    p.positions > 1 ? word('positions', () => formatPositions(p.positions, locale)) : '',
    p.organization,
    p.department,
    p.location,
  ].filter((m): m is string => Boolean(m));
  const facts = [
    salary ? word('salary', () => formatSalary(salary, locale)) : '',
    p.contract ? capitalize(p.contract) : '',
    p.hours ? capitalize(p.hours) : '',
    employmentType ? word('employmentType', () => formatEmploymentType(employmentType)) : '',
    p.funding ? formatFunding(p.funding) : '',
    p.reference ? fill(strings.reference, { reference: p.reference }) : '',
    posted ? word('posted', () => fill(strings.posted, { date: formatDate(posted, locale) })) : '',
  ].filter(Boolean);
  return { meta, facts, warnings };
}

/**
 * The structured-data and calendar chunk, with the salary chunk it imports
 * requested at the same time rather than after it arrives.
 */
function extrasChunk(): Promise<typeof import('./extras.js')> {
  import('./model/salary.js').catch(() => undefined);
  return import('./extras.js');
}

/** The `timeout` attribute in ms: a positive number of seconds, else 15 s. */
export function timeoutMs(value: string | number): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT;
}

function headingLevel(value: string | number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 3;
}
