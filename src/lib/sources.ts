import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Errors, sourceError, type Report } from '../schema/index.ts';
import { contentDir } from './env.ts';

/** Raw sources are published under the same path they have in the content folder: sources/<year>/<file>. */
const PREFIX = 'sources/';

/** The route parameter of a report's raw source (the path after sources/). */
export function sourceParam(report: Report): string {
  if (!report.source.file.startsWith(PREFIX))
    throw sourceError(Errors.SourceOutsideSources, join(contentDir(), 'reports', String(report.year)), undefined, {
      year: report.year,
      file: report.source.file,
    });
  return report.source.file.slice(PREFIX.length);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The raw bytes, exactly as committed; refuses bytes whose sha256 differs from what the report records. */
export function sourceBytes(report: Report): Uint8Array<ArrayBuffer> {
  return fileBytes(report, report.source);
}

/**
 * Every raw file a report rests on, route parameter and bytes: the current source, and each earlier
 * version of a revised table (source.yaml versions:), so the 修订记录 page links to each.
 */
export function sourceFiles(report: Report): { param: string; bytes: () => Uint8Array<ArrayBuffer> }[] {
  const files = report.source.versions ?? [report.source];
  return files.map((f) => ({
    param: sourceParam({ ...report, source: { ...report.source, file: f.file } }),
    bytes: () => fileBytes(report, f),
  }));
}

function fileBytes(report: Report, source: { file: string; sha256: string }): Uint8Array<ArrayBuffer> {
  const file = join(contentDir(), source.file);
  const bytes = readFileSync(file);
  if (sha256(bytes) !== source.sha256) throw sourceError(Errors.SourceChanged, file, undefined, { year: report.year });
  return bytes;
}
