/**
 * Lit's hydrate support, loaded only by pages holding cards or lists a site
 * pre-rendered: patched into LitElement here, before the elements are
 * defined (LitElement calls it only when its own module first runs, which
 * is before this chunk), so their first update takes over the server's markup.
 */

import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { hydrationReady } from './controllers/prerendered-controller.js';

(globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport?.({ LitElement });
hydrationReady();
