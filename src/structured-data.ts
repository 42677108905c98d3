/**
 * The card's schema.org JobPosting in the document head, for job search
 * engines: one `<script type="application/ld+json">` per card with the
 * `structured-data` attribute, removed when the card is removed or closes
 * (expired posts must not be listed).
 */

import { jsonForScript } from './model/json-ld.js';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/**
 * JSON text as a script's text. Under Trusted Types the page must allow the
 * policy "job-posting" (used only for this JSON, which never runs).
 */
function scriptText(text: string): string | null {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('job-posting', { createScript: (s: string) => s });
    } catch {
      policy = null;
    }
  }
  return policy ? (policy.createScript(text) as string) : null;
}

/**
 * Puts `jsonLd` in the head of `doc` — the card's own document, which is not
 * the page's once the card is moved into an iframe — reusing `script` when it
 * is there, or removes it when `jsonLd` is undefined. Returns the script in use.
 */
export function placeJsonLd(script: HTMLScriptElement | undefined, jsonLd: object | undefined, doc: Document = document): HTMLScriptElement | undefined {
  if (script && script.ownerDocument !== doc) {
    script.remove();
    script = undefined;
  }
  if (!jsonLd) {
    script?.remove();
    return undefined;
  }
  const text = scriptText(jsonForScript(jsonLd));
  if (text === null) {
    console.warn('<job-posting>: structured-data needs the Trusted Types policy "job-posting" on this page');
    script?.remove();
    return undefined;
  }
  const el = script ?? doc.createElement('script');
  el.type = 'application/ld+json';
  el.dataset['jobPosting'] = '';
  if (el.text !== text) el.text = text;
  if (!el.isConnected) (doc.head ?? doc.documentElement).append(el);
  return el;
}
