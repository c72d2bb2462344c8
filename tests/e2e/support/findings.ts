import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

/**
 * Keeps tests/output/e2e-findings.md (git-ignored) up to date with what the last run of each
 * browser check found, so whoever owns a page can read the concrete failures without rerunning.
 */
const dir = join(projectRoot, 'tests/output');
const state = join(dir, '.e2e-findings.json');
const report = join(dir, 'e2e-findings.md');
const MAX_LINES = 200;

export function recordFindings(suite: string, check: string, failures: string[]): void {
  mkdirSync(dir, { recursive: true });
  let all: Record<string, string[]> = {};
  try {
    if (existsSync(state)) all = JSON.parse(readFileSync(state, 'utf8')) as Record<string, string[]>;
  } catch {
    all = {};
  }
  all[`${suite}: ${check}`] = failures;
  writeFileSync(state, JSON.stringify(all, null, 1));
  const sections = Object.keys(all)
    .sort()
    .map((key) => {
      const lines = all[key] ?? [];
      const shown = lines.slice(0, MAX_LINES).map((l) => `- ${l}`);
      if (lines.length > MAX_LINES) shown.push(`- … and ${lines.length - MAX_LINES} more`);
      return `## ${key} — ${lines.length === 0 ? 'OK' : `${lines.length} failure(s)`}\n\n${shown.join('\n')}`;
    });
  writeFileSync(
    report,
    `# Browser test findings (last run of each check)\n\nWritten by tests/e2e; rerun with \`vitest run --project e2e\`.\n\n${sections.join('\n\n')}\n`,
  );
}
