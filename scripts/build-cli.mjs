// `npm run build:cli`: dist/cli.js, the command line as one file for Node 20+.
// Everything is bundled — the model, the elements and Lit's server renderer
// for `render` — and CommonJS dependencies (sanitize-html's postcss) get a
// `require` of their own.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

const outfile = new URL('../dist/cli.js', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../src/cli/bin.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile,
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
