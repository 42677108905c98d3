/**
 * Seams for tests and benchmarks (`job-posting/testing`), not the public API:
 * the page's shared ticker with its counters, how many elements watch the
 * page's language and motion preference, and the strings table as it is now
 * (change it with `setStrings`).
 */
export { ticker } from './controllers/ticker.js';
export { environmentWatchers } from './controllers/environment-controller.js';
export { strings } from './strings.js';
