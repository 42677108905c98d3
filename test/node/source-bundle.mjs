// For node tests: the repository's TypeScript modules bundled from source with
// esbuild (no Vite build needed), and the documents a test reads.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every .md and .json file under `dir` (none when it does not exist), sorted. */
export function documents(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(?:md|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Imports `lines` (export statements relative to the repository root) as one
 * module bundled for Node; `dispose()` removes its file. `window` is defined
 * as globalThis, so DOMPurify, which the Markdown chunk sets up on load, only
 * says it cannot sanitise (reading needs no DOM).
 */
export async function importFromSource(lines) {
  const { outputFiles } = await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    // As the browser build and the CLI take them: jsonc-parser's UMD file cannot be bundled.
    mainFields: ['module', 'main'],
    define: { window: 'globalThis' },
    logLevel: 'error',
  });
  const scratch = mkdtempSync(join(tmpdir(), 'source-bundle-'));
  const file = join(scratch, 'bundle.mjs');
  writeFileSync(file, outputFiles[0].text);
  const module = await import(pathToFileURL(file).href);
  return { module, dispose: () => rmSync(scratch, { recursive: true, force: true }) };
}
