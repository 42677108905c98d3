// Pre-rendered markup on demand, from the built CLI (npm test builds first):
// `/render?file=<fixture path>&now=<ISO>[&vacancy=<id>][&base=<URL>]` answers with what
// `job-posting render` prints for that fixture. Used by test/prerendered.test.ts.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Koa middleware: the `/render` route. Only files under test/fixtures/ are rendered. */
export async function render(ctx, next) {
  if (ctx.path !== '/render') return next();
  const file = String(ctx.query.file ?? '');
  if (!/^test\/fixtures\/[\w./-]+$/.test(file) || file.includes('..')) {
    ctx.status = 400;
    return;
  }
  const args = ['dist/cli.js', 'render', '--now', String(ctx.query.now ?? ''), file];
  if (ctx.query.vacancy) args.push('--vacancy', String(ctx.query.vacancy));
  if (ctx.query.base) args.push('--base-url', String(ctx.query.base));
  const out = await new Promise((resolve) =>
    execFile(process.execPath, args, { cwd: ROOT }, (error, stdout, stderr) => resolve(error ? { error: `${error.message}\n${stdout}${stderr}` } : { stdout })),
  );
  ctx.set('Cache-Control', 'no-store');
  ctx.status = out.error ? 500 : 200;
  ctx.type = 'text/html';
  ctx.body = out.error ?? out.stdout;
}
