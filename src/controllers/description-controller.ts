/**
 * A card's description: plain paragraphs at once, then — when it is HTML or
 * reads as Markdown — sanitised HTML from the Markdown chunk, loaded through
 * @lit/task (a newer posting supersedes an older render).
 */

import { initialState, Task, TaskStatus } from '@lit/task';
import { html, isServer, type ReactiveControllerHost } from 'lit';
import { descriptionParagraphs, needsMarkdown } from '../description.js';
import type { SanitizedHtml } from '../load/markdown.js';
import type { Posting } from '../model/posting.js';
import { viewOnServer } from './server-view.js';
import { htmlView } from '../html-view.js';

export class DescriptionController {
  #posting: Posting | undefined;
  /** The description as plain paragraphs, split once per posting, not on every tick. */
  #paragraphs: string[] = [];
  #needsHtml = false;
  #kept = false;
  /** On the server, the description as `job-posting render` writes it: there is no task there. */
  #onServer: SanitizedHtml | undefined;
  readonly #task: Task<readonly [string | undefined, Posting['descriptionFormat'], string | undefined], SanitizedHtml | typeof initialState>;

  /** `baseUrl`: what relative links in the description resolve against (the document's URL, as for the apply link). */
  readonly #base: () => string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, baseUrl: () => string | undefined) {
    this.#base = baseUrl;
    this.#task = new Task(host, {
      task: async ([text, format, base]): Promise<SanitizedHtml | typeof initialState> => {
        if (!text || (format !== 'html' && !needsMarkdown(text))) return initialState;
        const { sanitizedView } = await import('../load/markdown.js');
        const view = sanitizedView(text, format === 'html' ? 'html' : 'markdown', base);
        if (view.warnings.length > 0) console.warn(`<job-posting>:\n- ${view.warnings.join('\n- ')}`, host);
        return view;
      },
      args: () => [this.#posting?.description, this.#posting?.descriptionFormat, baseUrl()] as const,
    });
  }

  /** The card shows another posting (or none). */
  show(posting: Posting | undefined): void {
    this.#posting = posting;
    const text = posting?.description;
    this.#paragraphs = text ? descriptionParagraphs(text, posting.descriptionFormat) : [];
    this.#needsHtml = text !== undefined && (posting?.descriptionFormat === 'html' || needsMarkdown(text));
    this.#task.autoRun = this.#needsHtml && !this.#kept;
    this.#onServer = isServer && this.#needsHtml && text ? viewOnServer(text, posting.descriptionFormat === 'html' ? 'html' : 'markdown', this.#base()) : undefined;
  }

  /** True while the card keeps the description a build wrote into the page (the Markdown chunk is then not loaded). */
  get kept(): boolean {
    return this.#kept;
  }

  set kept(value: boolean) {
    this.#kept = value;
    this.#task.autoRun = this.#needsHtml && !value;
  }

  /** The sanitised HTML, once the chunk has rendered it. */
  get rendered(): SanitizedHtml | undefined {
    if (isServer) return this.#onServer;
    // A task that returns initialState goes back to INITIAL: a complete one holds HTML.
    return this.#task.status === TaskStatus.COMPLETE ? (this.#task.value as SanitizedHtml) : undefined;
  }

  /** What the card shows: the rendered HTML, else (until or unless it is rendered) plain paragraphs. */
  get view(): unknown {
    const r = this.rendered;
    return r ? htmlView(r.html) : paragraphs(this.#paragraphs);
  }

  /** A folded card's lead: the first paragraph (with any headings before it). */
  get lead(): unknown {
    const r = this.rendered;
    return r ? htmlView(r.lead) : paragraphs(this.#paragraphs.slice(0, 1));
  }

  /** What a folded card shows on request: everything after the lead; undefined when nothing is. */
  get rest(): unknown {
    const r = this.rendered;
    if (r) return r.rest ? htmlView(r.rest) : undefined;
    return this.#paragraphs[1] ? paragraphs(this.#paragraphs.slice(1)) : undefined;
  }

  /** Settles when the render in flight (if any) does. Never rejects. */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }
}

const paragraphs = (texts: string[]): unknown => texts.map((para) => html`<p>${para}</p>`);
