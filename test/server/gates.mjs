// Held answers: `/gate/<id>/<path>` answers as `<path>` does, but only once a
// test sends `release-gate {id}` — a deterministic way to order two responses
// (a superseded `src`, a timeout, the loading state) without waiting on a clock.
// Used through gated()/release() in test/helpers.ts (job-posting-src, markdown,
// accessibility, load/load-document) and by held-chunks.mjs (test/dist/chunks*).

const gates = new Map();

/** The gate called `id`: a promise that settles once it is released. */
export function gate(id) {
  if (!gates.has(id)) {
    let release;
    const opened = new Promise((resolve) => (release = resolve));
    gates.set(id, { opened, release });
  }
  return gates.get(id);
}

/** Koa middleware: waits at the gate, then serves the path behind it. */
export async function gated(ctx, next) {
  const held = /^\/gate\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (held) {
    await gate(held[1]).opened;
    ctx.path = held[2];
  }
  return next();
}

/** `executeServerCommand('release-gate', { id })`. */
export const gateCommands = {
  name: 'gates',
  executeCommand({ command, payload }) {
    if (command !== 'release-gate') return undefined;
    gate(payload.id).release();
    return true;
  },
};
