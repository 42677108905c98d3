// Status codes on demand: `/status/<code>` answers with that status and the body
// "status <code>". Used wherever a test needs a failing `src` (job-posting-src,
// markdown, accessibility, visual, dist/module).

/** Koa middleware: the status the path names. */
export function status(ctx, next) {
  const match = /^\/status\/(\d{3})$/.exec(ctx.path);
  if (!match) return next();
  ctx.status = Number(match[1]);
  ctx.body = `status ${match[1]}`;
}
