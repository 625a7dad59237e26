// axe-core in the page under test: injected from node_modules (no wrapper package), run over the
// whole document, and reduced to the violations that block people (impact serious or critical).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** The CSS selector of each offending element, with axe's summary of what is wrong with it. */
  nodes: { target: string; summary: string }[];
}

interface AxeNodeResult {
  target: unknown[];
  failureSummary?: string;
}

interface AxeRuleResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNodeResult[];
}

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe over `page` (WCAG 2.x A/AA and best practices) and returns the serious and critical violations. */
export async function blockingViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: unknown };
    return result.violations;
  });
  return (violations as AxeRuleResult[])
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
}
