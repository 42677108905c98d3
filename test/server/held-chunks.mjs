// Held chunks: `/held/<id>/dist/<file>` serves the built bundle (the module or
// the classic script) at once and holds every other file (the lazy chunks) at
// the gate `<id>`, noting what was asked for; `held-requests {id, count}`
// answers with those paths once there are `count` of them (or with what there
// is after 5 s), and `release-gate {id}` lets them through. Used by
// test/dist/chunks.test.ts, chunks-extras.test.ts and global-cdn.test.ts to see
// which chunks a page asks for, and when.
import { gate } from './gates.mjs';

/** What `/held/<id>/…` has been asked for, and who waits to hear it. */
const logs = new Map();
function log(id) {
  if (!logs.has(id)) logs.set(id, { paths: [], waiters: [] });
  return logs.get(id);
}

/** Koa middleware: notes and holds a lazy chunk, then serves it from dist/. */
export async function heldChunks(ctx, next) {
  const chunk = /^\/held\/([\w-]+)(\/dist\/[\w.-]+)$/.exec(ctx.path);
  if (chunk) {
    const [, id, path] = chunk;
    if (!/\/job-posting(?:\.global)?\.js$/.test(path)) {
      const asked = log(id);
      asked.paths.push(path);
      for (const waiter of asked.waiters) waiter();
      await gate(id).opened;
    }
    ctx.path = path;
  }
  return next();
}

/** `executeServerCommand('held-requests', { id, count })`. */
export const heldChunkCommands = {
  name: 'held-chunks',
  async executeCommand({ command, payload }) {
    if (command !== 'held-requests') return undefined;
    const asked = log(payload.id);
    await new Promise((resolve) => {
      const check = () => asked.paths.length >= payload.count && resolve();
      asked.waiters.push(check);
      check();
      setTimeout(resolve, 5000);
    });
    return [...asked.paths];
  },
};
