/**
 * The classic script's chunk loader: what lets `job-posting.global.js` stay
 * one `<script src>` for the page's author and still load the Markdown, front
 * matter, HTML, JSON-error and extras code only on a page that needs it, as
 * further classic scripts beside itself — as the module build's chunks are.
 *
 * The build (scripts/classic-build.mjs) has Rollup turn the module build's
 * chunks into AMD and puts this loader in front of the entry. Every chunk then
 * calls `document.currentScript[key](deps, factory)`: the `<script>` this
 * loader made for it carries the function that registers it, so a chunk needs
 * no global name, and two copies of the script on a page keep apart.
 *
 * Why not SystemJS's s.js (2.9 kB brotli): it sets `window.System`, over a
 * page's own SystemJS, and scans the page's scripts for import maps; it loads
 * a cross-origin chunk with `crossorigin`, which fails on a host that sends no
 * CORS header — the very host the classic script is for; and its `script.src`
 * is refused under Trusted Types. This is AMD's small part that Rollup's
 * output uses: `require` and `exports`, chunks named beside the entry.
 *
 * A chunk is a plain `<script src>`: a CSP that allows the script's host
 * allows its chunks (no eval), the entry's `nonce` and `crossorigin` are
 * passed on, and under Trusted Types the URL goes through the policy
 * {@link POLICY}, which the page must allow.
 */

/** The Trusted Types policy that chunk URLs go through, where a page enforces them. */
export const POLICY = 'job-posting-chunks';

type Exports = Record<string, unknown>;
type Factory = (...deps: unknown[]) => void;
type Define = (deps: string[], factory: Factory) => void;
type Require = (ids: string[], loaded: (...modules: Exports[]) => void, failed: (error: unknown) => void) => void;
type ScriptUrlPolicy = { createScriptURL(url: string): unknown };

/**
 * Installs the loader as `script[key]` on the classic script's own element,
 * for the define call of the entry module `entry` that follows it in the same
 * file. Its public exports (`names`) become the global `globalName`, as an
 * IIFE's would (`JobPosting.setStrings(…)` on a page without modules).
 */
export function installClassicChunks(
  script: HTMLOrSVGScriptElement | null,
  key: string,
  entry: string,
  globalName: string,
  names: readonly string[],
): void {
  if (!(script instanceof HTMLScriptElement) || !script.src) {
    throw new Error(`${entry}.js finds its chunks beside itself, from its own URL: load it with <script src="…/${entry}.js">, not inlined or evaluated`);
  }
  const own = script;
  const base = own.src;
  /** Gives a `<script>` the function its define call goes to. */
  const hold = (el: HTMLScriptElement, define: Define): void => {
    (el as unknown as Record<string, Define>)[key] = define;
  };
  const modules = new Map<string, Promise<Exports>>();
  let policy: ScriptUrlPolicy | null | undefined;

  /** Runs a module once its dependencies are there: at once when they are only `require` and `exports`. */
  function run(deps: string[], factory: Factory): Exports | Promise<Exports> {
    const exports: Exports = {};
    const values: (Exports | Require | Promise<Exports>)[] = deps.map((dep) => (dep === 'exports' ? exports : dep === 'require' ? require : load(dep)));
    const done = (ready: unknown[]): Exports => {
      factory(...ready);
      return exports;
    };
    return values.some((v) => v instanceof Promise) ? Promise.all(values.map((v) => Promise.resolve(v))).then(done) : done(values);
  }

  const require: Require = (ids, loaded, failed) => {
    Promise.all(ids.map(load)).then((found) => loaded(...found), failed);
  };

  /** A chunk's URL as the page's policy wants it: through our Trusted Types policy where the page has Trusted Types. */
  function trusted(url: string): string {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } }).trustedTypes;
    if (tt && policy === undefined) {
      try {
        policy = tt.createPolicy(POLICY, { createScriptURL: (u: string) => u });
      } catch {
        policy = null;
      }
    }
    return policy ? (policy.createScriptURL(url) as string) : url;
  }

  /** The module `id` ("./name", a file beside the entry), loaded once. */
  function load(id: string): Promise<Exports> {
    const name = id.replace(/^\.\//, '');
    let module = modules.get(name);
    if (module) return module;
    const url = new URL(`${name}.js`, base).href;
    module = new Promise<Exports>((resolve, reject) => {
      const chunk = document.createElement('script');
      let defined = false;
      hold(chunk, (deps, factory) => {
        defined = true;
        try {
          resolve(run(deps, factory));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      chunk.addEventListener('load', () => {
        chunk.remove();
        if (!defined) reject(new Error(`${url} did not run as a part of ${base}: it is from another build, or not a script`));
      });
      chunk.addEventListener('error', () => {
        chunk.remove();
        reject(new Error(`Could not load ${url}, a part of ${base}: serve the global-*.js files of the same build beside it`));
      });
      if (own.nonce) chunk.nonce = own.nonce;
      if (own.crossOrigin !== null) chunk.crossOrigin = own.crossOrigin;
      try {
        chunk.src = trusted(url);
      } catch {
        reject(new Error(`Could not load ${url}: this page enforces Trusted Types; allow the policy "${POLICY}" (trusted-types … ${POLICY})`));
        return;
      }
      (document.head ?? document.documentElement).append(chunk);
    });
    modules.set(name, module);
    // A chunk that failed (a network blip) is asked for again next time, as import() does.
    module.catch(() => modules.delete(name));
    return module;
  }

  const publish = (all: Exports): void => {
    (globalThis as Record<string, unknown>)[globalName] = Object.fromEntries(names.map((n) => [n, all[n]]));
  };
  hold(own, (deps, factory) => {
    const exports = run(deps, factory);
    modules.set(entry, Promise.resolve(exports));
    if (exports instanceof Promise) void exports.then(publish);
    else publish(exports);
  });
}
