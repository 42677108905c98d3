/**
 * What only some pages need, in a chunk fetched on first use: structured
 * data for search engines (the `structured-data` attribute) and the
 * calendar file ("Add to calendar").
 */
export { paragraphsAsHtml } from './description.js';
export { toIcs } from './model/ics.js';
export { toJsonLd } from './model/json-ld.js';
export { placeJsonLd } from './structured-data.js';
