// The server's clock on demand. Tests fake the page's clock, so the test
// server sends no `Date` header unless asked (Node adds one by default, and
// the real time would read as a clock years off). `/clock?date=<ms>&age=<s>&body=<base64url>`
// answers with that Date (and Age) and the body as JSON. Used by test/server-clock.test.ts.

/** Koa middleware: no Date by default; the `/clock` route sets the one asked for. */
export function clock(ctx, next) {
  ctx.res.sendDate = false;
  if (ctx.path !== '/clock') return next();
  if (ctx.query.date) ctx.set('Date', new Date(Number(ctx.query.date)).toUTCString());
  if (ctx.query.age) ctx.set('Age', String(ctx.query.age));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = String(ctx.query.type ?? 'application/json');
  ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
}
