/**
 * The build's check that ingest has nothing to do, kept apart from the pipeline and its readers so
 * that a build with nothing changed loads none of them: `node scripts/ingest.ts --stamp` then costs
 * ~0.1 s instead of ~0.6 s, most of it the import of the pipeline and the .docx/.xlsx readers
 * (BENCHMARKS.md, 2026-12-01, session 4).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { hashFiles } from './tree.ts';

/**
 * What a generation of `dir` depends on, as one SHA-256: every file of the content folder (sources,
 * overrides, settings and the generated reports themselves, path and bytes; not dot-entries such as an
 * interrupted write's .reports.tmp-* folder), the code that reads them (src/pipeline, src/schema,
 * these scripts), the lockfile (the readers' libraries) and the Node version. Equal fingerprints mean
 * the pipeline would write exactly the reports already there.
 */
export function ingestFingerprint(dir: string, root: string): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0`);
  for (const entry of readdirSync(dir).sort()) if (!entry.startsWith('.')) hashFiles(hash, 'content', dir, entry);
  for (const code of [
    'src/pipeline',
    'src/schema',
    'scripts/ingest.ts',
    'scripts/ingest-io.ts',
    'scripts/ingest-stamp.ts',
    'package-lock.json',
  ])
    hashFiles(hash, 'code', root, code);
  return hash.digest('hex');
}
