import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { classicBuild } from './scripts/classic-build.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const entry = (file: string): string => resolve(root, 'src', file);

/**
 * Minifies the CSS in Lit's css`…` templates (those without `${}` or
 * backslashes, which are all of ours) with esbuild's CSS minifier: whitespace
 * and comments cost every page bytes, and the source stays readable.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    apply: 'build',
    async transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      let out = code;
      for (const [whole, body] of code.matchAll(/\bcss`([^`$\\]*)`/g)) {
        const { code: css } = await transform(body ?? '', { loader: 'css', minify: true });
        out = out.replace(whole, `css\`${css.trim()}\``);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * `npm start` serves demo/. `npm run build` runs three builds:
 * - default: dist/job-posting.js, the self-contained ES module for a script tag
 *   (Lit bundled in; Markdown, front matter and JSON errors are lazy chunks);
 * - `--mode global`: dist/job-posting.global.js, the same as a classic script,
 *   with its lazy chunks as classic scripts beside it (dist/global-*.js;
 *   scripts/classic-build.mjs);
 * - `--mode lib`: dist/lib/, unbundled-dependency modules for bundlers
 *   (`define.js` registers the elements, `index.js` registers nothing,
 *   `testing.js` holds the test seams).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return { root: resolve(root, 'demo'), server: { fs: { allow: [root] } } };
  if (mode === 'lib') {
    return {
      plugins: [minifyLitCss()],
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: { define: entry('define.ts'), index: entry('index.ts'), testing: entry('testing.ts') }, formats: ['es'] },
        rolldownOptions: { external: [/^lit/, /^@lit\//, 'marked', 'dompurify', 'js-yaml', 'smol-toml', 'htmlparser2', 'jsonc-parser'] },
      },
    };
  }
  const global = mode === 'global';
  return {
    // The classic build is this ES build, made classic scripts by classicBuild().
    plugins: global ? [minifyLitCss(), classicBuild({ globalName: 'JobPosting' })] : [minifyLitCss()],
    build: {
      outDir: 'dist',
      // The default build runs first and clears dist/; the others add to it.
      emptyOutDir: !global,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: entry('define.ts'),
        formats: ['es'],
        fileName: () => 'job-posting.js',
      },
      // Modules the lazy chunks share with the element stay in job-posting.js
      // (one file for JSON-only pages) instead of a common chunk.
      // `/* @__PURE__ */` annotations are for bundlers, and this file is not bundled again.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, comments: { annotation: false }, ...(global ? { chunkFileNames: '[name].js' } : {}) },
      },
    },
  };
});
