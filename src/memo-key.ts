/** Whether a memo key (the values something was worked out from) differs from the last one, value by value. */
export function changedKey(last: readonly unknown[], key: readonly unknown[]): boolean {
  return key.length !== last.length || key.some((v, i) => v !== last[i]);
}
