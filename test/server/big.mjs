// Big bodies: `/big/<bytes>?type=text/markdown` streams that many bytes of
// Markdown, made as they are read (uncompressed); `&length=1` also declares the
// size in Content-Length. Used by test/load/size-caps.test.ts to check that
// reading stops at the cap, whether or not the server names the size first.
import { Readable } from 'node:stream';

const CHUNK = Buffer.alloc(64 * 1024, 'x\n');

/** Koa middleware: `<bytes>` bytes, streamed. */
export function big(ctx, next) {
  const match = /^\/big\/(\d+)$/.exec(ctx.path);
  if (!match) return next();
  const total = Number(match[1]);
  ctx.type = String(ctx.query.type ?? 'text/markdown');
  ctx.compress = false;
  if (ctx.query.length) ctx.length = total;
  ctx.body = Readable.from(
    (function* () {
      for (let sent = 0; sent < total; sent += CHUNK.length) yield CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
    })(),
  );
}
