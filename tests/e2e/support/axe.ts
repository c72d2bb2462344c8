import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './build.ts';

/** The WCAG 2.2 AA rule set the site promises (issue 4). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page. `ignore` maps a rule id to the written reason it does not apply;
 * a rule may only be switched off with a reason.
 */
export async function runAxe(page: Page, ignore: Record<string, string> = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as an inline <script>: a page with a
  // strict CSP (the single-file edition forbids every script in its own <meta>) would block the tag.
  axeSource ??= readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeRaw> } }).axe;
      interface AxeRaw {
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[]; html: string; failureSummary?: string }[];
        }[];
      }
      const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.slice(0, 300),
          summary: n.failureSummary ?? '',
        })),
      }));
    },
    { tags: AXE_TAGS, disabled: Object.keys(ignore) },
  );
}

/** One line per failing element, for a readable assertion message. */
export function describeViolations(path: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${path}: [${v.id}] ${v.help} — ${n.target} ${n.html.replace(/\s+/g, ' ')}`),
  );
}
