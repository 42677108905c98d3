import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// `npm start` serves demo/; `npm run build` writes the two script-tag bundles.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: resolve(root, 'demo'), server: { fs: { allow: [root] } } }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          lib: {
            entry: resolve(root, 'src/define.ts'),
            name: 'JobPosting',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'job-posting.js' : 'job-posting.global.js'),
          },
          // Modules the lazy chunks share with the element stay in job-posting.js
          // (one file for JSON-only pages) instead of a common chunk.
          rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
        },
      },
);
