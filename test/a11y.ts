/** axe with the WCAG 2.0/2.1/2.2 A and AA rules, results as plain strings. */
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

/** Every WCAG 2.x A/AA violation in `el`, as "rule: target" strings (empty when none). */
export async function wcagViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
