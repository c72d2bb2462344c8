import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Report, Task } from './schema/index.ts';
import { contentDir } from './lib/env.ts';

// The same schemas validate the pipeline's output (scripts/ingest.ts) and what Astro reads here.
const base = `${contentDir()}/reports`;

export const collections = {
  reports: defineCollection({ loader: glob({ pattern: '*/index.md', base }), schema: Report }),
  tasks: defineCollection({ loader: glob({ pattern: '*/tasks/*.md', base }), schema: Task }),
  // A year's other reports (issue 13): in-year progress reports beside its headline report.
  snapshots: defineCollection({ loader: glob({ pattern: '*/reports/*/index.md', base }), schema: Report }),
  snapshotTasks: defineCollection({ loader: glob({ pattern: '*/reports/*/tasks/*.md', base }), schema: Task }),
};
