/**
 * A list's notes (the sections of a page that are not vacancies) as sanitised
 * HTML: the Markdown chunk is loaded (through @lit/task) only when a document
 * has notes, and each note is rendered once, not on every update.
 */

import { initialState, Task } from '@lit/task';
import { isServer, type ReactiveControllerHost } from 'lit';
import type { sanitizedView } from '../load/markdown.js';
import type { MarkdownNote } from '../model/markdown/from-markdown.js';
import { viewOnServer } from './server-view.js';
import { htmlView } from '../html-view.js';

export class NotesController {
  readonly #task: Task<readonly [boolean], typeof sanitizedView | typeof initialState>;
  /** Notes belong to one document, so to one base URL: the note alone is the key. */
  readonly #views = new WeakMap<MarkdownNote, unknown>();
  /** True while the list keeps the notes a build wrote into the page: the Markdown chunk is then not loaded. */
  kept = false;

  /** `notes`: the notes of the document shown now. */
  constructor(host: ReactiveControllerHost & HTMLElement, notes: () => readonly MarkdownNote[] | undefined) {
    this.#task = new Task(host, {
      task: async ([needed]): Promise<typeof sanitizedView | typeof initialState> =>
        needed ? (await import('../load/markdown.js')).sanitizedView : initialState,
      args: () => [!this.kept && (notes()?.length ?? 0) > 0] as const,
    });
  }

  /** Settles once the notes' renderer (when they need one) has loaded. */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  /** A note's Markdown as sanitised HTML (its relative links resolved against `baseUrl`), or as text until the renderer has loaded. */
  view(note: MarkdownNote, baseUrl: string | undefined): unknown {
    const render = isServer ? viewOnServer : this.#task.value;
    if (typeof render !== 'function') return note.markdown;
    if (!this.#views.has(note)) {
      const sanitized = render(note.markdown, 'markdown', baseUrl);
      this.#views.set(note, sanitized ? htmlView(sanitized.html) : note.markdown);
    }
    return this.#views.get(note);
  }
}
