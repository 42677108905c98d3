// What the "reading" benchmark times: the page reader and the posting reader, as the Markdown chunk runs them.
export { readMarkdown, splitFrontMatter } from '../src/model/markdown/from-markdown.js';
export { parseFrontMatter } from '../src/model/markdown/front-matter.js';
export { readPosting } from '../src/model/from-json.js';
