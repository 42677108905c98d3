/** Runs each step once the one before has settled (a rejection counts as settled); never rejects. For `loadComplete`. */
export async function inOrder(...steps: (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) await step().catch(() => undefined);
}
