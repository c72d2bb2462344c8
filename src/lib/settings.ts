import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { Errors, sourceError, type Report, type Task, type Taxonomy } from '../schema/index.ts';
import { readYamlFile } from '../pipeline/yaml-file.ts';
import { contentDir } from './env.ts';

/**
 * What the site checks in the content folder before any page renders, kept apart from site.ts
 * (which needs `astro:content`) so that the checks and their messages run in plain unit tests.
 */

/** Reads and validates a YAML settings file from the content folder: every problem at once, in Chinese, with its line. */
export function readYaml<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = join(contentDir(), name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw sourceError(Errors.SettingsFileMissing, file, undefined);
  }
  return readYamlFile(text, file, schema, `改正后重新运行；各项的写法见 ${name} 顶部的说明`).data;
}

/** Generated content that no longer matches the settings: a task's area gone from taxonomy.yaml, a year's task count. */
export function checkContent(taxonomy: Taxonomy, reports: Report[], tasks: Task[]): void {
  const slugs = new Set(taxonomy.areas.map((a) => a.slug));
  for (const t of tasks) {
    if (!slugs.has(t.area.slug))
      throw sourceError(Errors.AreaNotInTaxonomy, join(contentDir(), 'taxonomy.yaml'), undefined, {
        year: t.year,
        id: t.id,
        slug: t.area.slug,
      });
  }
  for (const report of reports) {
    const found = tasks.filter((t) => t.year === report.year).length;
    if (found !== report.taskCount)
      throw sourceError(Errors.TaskCountMismatch, join(contentDir(), 'reports', String(report.year)), undefined, {
        year: report.year,
        expected: report.taskCount,
        found,
      });
  }
}
