import { stringify } from 'yaml';
import { Report, Task } from '../schema/index.ts';
import { escapeMarkdown } from './markdown-escape.ts';

/** Section headings of a task file's body; the round-trip test finds the text under each. */
export const SECTIONS = {
  target: '目标任务',
  completion: '完成情况',
  responsible: '责任单位',
  nextSteps: '下步举措',
} as const;

/** What every generated file says about where it came from. */
export interface Provenance {
  /** Source path relative to the content folder. */
  file: string;
  sha256: string;
  command: string;
}

/**
 * Fixed YAML options: every string double-quoted (so no YAML reader turns 2025-01-26 into a date
 * or 是/no into a boolean), no line folding, keys in schema order (zod's output order).
 */
function frontmatter(data: unknown, from: Provenance): string {
  const yaml = stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    indent: 2,
    sortMapEntries: false,
  });
  const note = `# 本文件由 \`${from.command}\` 生成，请勿手工编辑。来源：${from.file}（sha256 ${from.sha256}）`;
  return `---\n${note}\n${yaml}---\n`;
}

/**
 * Markdown for one task: validated frontmatter, then the cells as literal text under headings.
 * The body is for people and Markdown tools (it parses back to exactly the display text); the site
 * renders from the frontmatter data, never the body: Astro 7's own processor (Sätteri) still turns
 * URLs and e-mail addresses into links after parsing, even when every character is escaped.
 */
export function serializeTask(task: Task, from: Provenance): string {
  const data = Task.parse(task);
  const parts = [frontmatter(data, from)];
  for (const key of ['target', 'completion', 'responsible', 'nextSteps'] as const) {
    const cell = data[key];
    if (cell) parts.push(`\n## ${SECTIONS[key]}\n\n${escapeMarkdown(cell.display)}\n`);
  }
  return parts.join('');
}

/** Markdown for one report: validated frontmatter and the title as a heading. */
export function serializeReport(report: Report, from: Provenance): string {
  const data = Report.parse(report);
  return `${frontmatter(data, from)}\n# ${escapeMarkdown(data.title)}\n`;
}
