import { defineCollection } from 'astro:content';
import { Report, Task } from './schema/index.ts';
import { contentDir } from './lib/env.ts';
import { frontmatterGlob } from './lib/frontmatter-loader.ts';

// The same schemas validate the pipeline's output (scripts/ingest.ts) and what Astro reads here.
const base = `${contentDir()}/reports`;

export const collections = {
  reports: defineCollection({ loader: frontmatterGlob({ pattern: '*/index.md', base }), schema: Report }),
  tasks: defineCollection({ loader: frontmatterGlob({ pattern: '*/tasks/*.md', base }), schema: Task }),
  // A year's other reports (issue 13): in-year progress reports beside its headline report.
  // Most sites have none: an empty match is not worth a warning (mayBeEmpty).
  snapshots: defineCollection({
    loader: frontmatterGlob({ pattern: '*/reports/*/index.md', base, mayBeEmpty: true }),
    schema: Report,
  }),
  snapshotTasks: defineCollection({
    loader: frontmatterGlob({ pattern: '*/reports/*/tasks/*.md', base, mayBeEmpty: true }),
    schema: Task,
  }),
};
