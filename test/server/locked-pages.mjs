// Locked-down pages: `/locked/<policy>` is test/fixtures/locked-page.html (the
// built bundle loaded as a department page would) served under a strict
// Content-Security-Policy (`csp`), Trusted Types (`trusted-types`) or `both`;
// `/locked/hostile-css` is locked-page-hostile-css.html under no policy.
// Used by test/locked-pages.test.ts.
import { readFile } from 'node:fs/promises';

const POLICIES = {
  csp: "default-src 'self'; script-src 'self'; style-src 'self'",
  'trusted-types': "require-trusted-types-for 'script'; trusted-types lit-html dompurify",
  both: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify",
};

/** Koa middleware: a page under a strict policy. */
export async function lockedPages(ctx, next) {
  const locked = /^\/locked\/(csp|trusted-types|both|hostile-css)$/.exec(ctx.path);
  if (!locked) return next();
  const policy = POLICIES[locked[1]];
  if (policy) ctx.set('Content-Security-Policy', policy);
  ctx.type = 'text/html';
  const page = locked[1] === 'hostile-css' ? 'locked-page-hostile-css.html' : 'locked-page.html';
  ctx.body = await readFile(new URL(`../fixtures/${page}`, import.meta.url), 'utf8');
}
