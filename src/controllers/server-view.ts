/**
 * How a description or a note becomes HTML on the server, where the Markdown
 * chunk (DOMPurify needs a DOM) does not run: `job-posting render` sets it
 * before it renders. Unset, the server shows the text as written.
 */

import type { SanitizedHtml } from '../load/markdown.js';

export type ServerView = (text: string, format: 'html' | 'markdown', baseUrl?: string) => SanitizedHtml;

let view: ServerView | undefined;

/** Sets how text becomes HTML on the server. */
export function setServerView(render: ServerView): void {
  view = render;
}

/** The text as HTML on the server; undefined when no renderer was set. */
export function viewOnServer(text: string, format: 'html' | 'markdown', baseUrl?: string): SanitizedHtml | undefined {
  return view?.(text, format, baseUrl);
}
