import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const entry = (file: string): string => resolve(root, 'src', file);

/**
 * `npm start` serves demo/. `npm run build` runs three builds:
 * - default: dist/job-posting.js, the self-contained ES module for a script tag
 *   (Lit bundled in; Markdown, front matter and JSON errors are lazy chunks);
 * - `--mode global`: dist/job-posting.global.js, the same as one classic script;
 * - `--mode lib`: dist/lib/, unbundled-dependency modules for bundlers
 *   (`define.js` registers the elements, `index.js` registers nothing).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return { root: resolve(root, 'demo'), server: { fs: { allow: [root] } } };
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: { define: entry('define.ts'), index: entry('index.ts') }, formats: ['es'] },
        rolldownOptions: { external: [/^lit/, /^@lit\//, 'marked', 'dompurify', 'js-yaml', 'jsonc-parser'] },
      },
    };
  }
  const global = mode === 'global';
  return {
    build: {
      outDir: 'dist',
      // The default build runs first and clears dist/; the others add to it.
      emptyOutDir: !global,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: entry('define.ts'),
        name: 'JobPosting',
        formats: [global ? 'iife' : 'es'],
        fileName: () => (global ? 'job-posting.global.js' : 'job-posting.js'),
      },
      // Modules the lazy chunks share with the element stay in job-posting.js
      // (one file for JSON-only pages) instead of a common chunk.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  };
});
