import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

export type AxeScan = { blocking: Violation[]; other: Violation[] };

/** Runs every axe-core rule (WCAG 2.2 A/AA and best practices) on the page as it is now. */
export async function scanWithAxe(page: Page): Promise<AxeScan> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return {
    blocking: violations.filter((v) => BLOCKING.has(v.impact ?? '')),
    other: violations.filter((v) => !BLOCKING.has(v.impact ?? '')),
  };
}

/** One line per violation, then one per offending element (its selector and axe's summary). */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (node) =>
          `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      );
      return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n');
    })
    .join('\n');
}
