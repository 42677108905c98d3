/**
 * The structured-data and calendar chunk (`extras.ts`), fetched on first use,
 * with the salary chunk it imports requested at the same time rather than
 * after it arrives.
 */
export function extrasChunk(): Promise<typeof import('./extras.js')> {
  import('./model/salary.js').catch(() => undefined);
  return import('./extras.js');
}
