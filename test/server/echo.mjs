// Echoed bodies: `/echo?type=text/markdown&body=<base64url>` answers with that
// body and content type (and `&csp=…` as its Content-Security-Policy), so a test
// can serve any document without a fixture file. Used by
// test/job-posting-src.test.ts and test/hostile.test.ts.

/** Koa middleware: the body and content type the query asks for. */
export function echo(ctx, next) {
  if (ctx.path !== '/echo') return next();
  ctx.type = String(ctx.query.type ?? 'text/plain');
  if (ctx.query.csp) ctx.set('Content-Security-Policy', String(ctx.query.csp));
  ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
}
