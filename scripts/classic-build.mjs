// The classic script's build, a Vite plugin for `vite build --mode global`:
// the module build's ES chunks, as Vite made them, become classic scripts.
// Rollup re-bundles them as AMD (the same chunks, the same minified code, each
// wrapped in a define call) and the entry gets the loader of
// src/load/classic-chunks.ts in front: dist/job-posting.global.js, one
// `<script src>` for the page, which loads dist/global-<chunk>-<hash>.js from
// beside itself only when a page needs that chunk. Why AMD and not SystemJS:
// see classic-chunks.ts.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';

/** The entry's name: what the page loads, and how its chunks name it. */
export const CLASSIC_ENTRY = 'job-posting.global';
/** What every chunk of the classic script is called: `global-markdown-<hash>.js`. */
export const CLASSIC_CHUNKS = 'global-[name]-[hash].js';
/** The property of a chunk's `<script>` element that its define call goes to. */
const DEFINE = 'jobPostingDefine';

const LOADER = fileURLToPath(new URL('../src/load/classic-chunks.ts', import.meta.url));

/** The loader, minified, with the call that installs it on the entry's own `<script>`. */
async function loader(globalName, names) {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { installClassicChunks } from ${JSON.stringify(LOADER)};
installClassicChunks(document.currentScript, ${JSON.stringify(DEFINE)}, ${JSON.stringify(CLASSIC_ENTRY)}, ${JSON.stringify(globalName)}, ${JSON.stringify(names)});`,
      resolveDir: dirname(LOADER),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return outputFiles[0].text.trim();
}

/**
 * The names module `id` exports, `export * from` followed (ModuleInfo.exports
 * says only "*" for those): the API the global offers, not the internal
 * names the entry also exports to its chunks.
 */
async function exportedNames(context, id) {
  const info = context.getModuleInfo(id);
  const names = (info?.exports ?? []).filter((name) => name !== '*');
  for (const [, from] of (info?.code ?? '').matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const resolved = await context.resolve(from, id);
    if (resolved) names.push(...(await exportedNames(context, resolved.id)));
  }
  return [...new Set(names)].sort();
}

/**
 * Replaces the ES build's output with the classic script and its chunks.
 * `globalName`: the global the entry's public exports are put under.
 */
export function classicBuild({ globalName }) {
  return {
    name: 'classic-build',
    apply: 'build',
    async generateBundle(options, bundle) {
      const dir = options.dir;
      const chunks = new Map(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [resolve(dir, chunk.fileName), chunk]),
      );
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry?.facadeModuleId) throw new Error('classic-build: the ES build has no entry');
      const names = await exportedNames(this, entry.facadeModuleId);
      const amd = await rollup({
        input: resolve(dir, entry.fileName),
        // Rolldown has tree-shaken and minified it already: wrap it, change nothing.
        treeshake: false,
        plugins: [
          {
            name: 'the-es-build',
            resolveId: (source, importer) => {
              const id = resolve(importer ? dirname(importer) : dir, source);
              return chunks.has(id) ? id : null;
            },
            load: (id) => {
              const chunk = chunks.get(id);
              if (!chunk) return null;
              // AMD gives import.meta.url through a `module` dependency, which the loader does not provide.
              if (chunk.code.includes('import.meta')) this.error(`classic-build: ${chunk.fileName} uses import.meta, which the classic script's loader does not provide`);
              return { code: chunk.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''), map: chunk.map };
            },
          },
        ],
        // A warning here (a cycle between chunks, which the loader cannot wait out) fails the build.
        onwarn: (warning) => this.error(`classic-build: ${warning.message}`),
      });
      const banner = await loader(globalName, names);
      const { output } = await amd.generate({
        dir,
        format: 'amd',
        amd: { define: `document.currentScript.${DEFINE}` },
        compact: true,
        generatedCode: 'es2015',
        sourcemap: true,
        entryFileNames: `${CLASSIC_ENTRY}.js`,
        chunkFileNames: CLASSIC_CHUNKS,
        banner: (chunk) => (chunk.isEntry ? banner : ''),
      });
      await amd.close();
      for (const name of Object.keys(bundle)) delete bundle[name];
      for (const file of output) {
        if (file.type === 'asset') {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
          continue;
        }
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
        if (file.map) this.emitFile({ type: 'asset', fileName: `${file.fileName}.map`, source: file.map.toString() });
      }
    },
  };
}
