import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { convertDocx } from '../src/pipeline/parse/docx.ts';
import type { PipelineInput, YearFolder } from '../src/pipeline/run.ts';
import { Errors, sourceError } from '../src/schema/errors.ts';
import { listFiles } from './tree.ts';

/** The files (not folders, not dot-files) of a folder, by name. */
function filesOf(folder: string): YearFolder['files'] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.startsWith('.'))
    .map((f) => f.name)
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) }));
}

/** Everything the pipeline reads from a content folder. */
export function readContent(dir: string, contentLabel: string, command: string): PipelineInput {
  const sources = join(dir, 'sources');
  const years: YearFolder[] = existsSync(sources)
    ? readdirSync(sources, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort()
        .map((name) => {
          const folder = join(sources, name);
          const files = filesOf(folder);
          // Subfolders hold one report each (issue 13): e.g. sources/2024/半年度进展/.
          const reports = readdirSync(folder, { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name)
            .sort()
            .map((r) => ({ name: r, files: filesOf(join(folder, r)) }));
          const overrides = join(dir, 'overrides', `${name}.yaml`);
          // overrides/<year>/<subfolder>.yaml: the corrections of a subfolder's report.
          const perReport = join(dir, 'overrides', name);
          const reportOverrides = existsSync(perReport)
            ? readdirSync(perReport)
                .filter((f) => f.endsWith('.yaml'))
                .sort()
                .map((f) => ({ name: f.slice(0, -'.yaml'.length), text: readFileSync(join(perReport, f), 'utf8') }))
            : [];
          return {
            name,
            files,
            ...(reports.length ? { reports } : {}),
            ...(existsSync(overrides) ? { overridesText: readFileSync(overrides, 'utf8') } : {}),
            ...(reportOverrides.length ? { reportOverrides } : {}),
          };
        })
    : [];
  const taxonomy = join(dir, 'taxonomy.yaml');
  if (!existsSync(taxonomy)) {
    throw sourceError(Errors.TaxonomyMissing, `${contentLabel}/taxonomy.yaml`, undefined, { content: contentLabel });
  }
  return { years, taxonomyText: readFileSync(taxonomy, 'utf8'), contentLabel, command };
}

/**
 * Word files are converted to HTML here, before the pure (synchronous) pipeline runs: mammoth is
 * asynchronous. Throws the reader's SourceError for a damaged, encrypted or mislabelled file.
 */
export async function convertWordFiles(input: PipelineInput): Promise<PipelineInput> {
  const convert = (files: YearFolder['files'], dir: string) =>
    Promise.all(
      files.map(async (f) =>
        f.name.toLowerCase().endsWith('.docx')
          ? { ...f, docxHtml: await convertDocx(f.bytes, `${input.contentLabel}/sources/${dir}/${f.name}`) }
          : f,
      ),
    );
  const years = await Promise.all(
    input.years.map(async (year) => ({
      ...year,
      files: await convert(year.files, year.name),
      ...(year.reports
        ? {
            reports: await Promise.all(
              year.reports.map(async (r) => ({ ...r, files: await convert(r.files, `${year.name}/${r.name}`) })),
            ),
          }
        : {}),
    })),
  );
  return { ...input, years };
}

/** Everything the pipeline reads from a content folder, Word files converted: what ingest runs on. */
export async function readPipelineInput(dir: string, contentLabel: string, command: string): Promise<PipelineInput> {
  return convertWordFiles(readContent(dir, contentLabel, command));
}

/** Paths (relative to the content folder) whose committed bytes differ from what was generated. */
export function diffContent(
  dir: string,
  files: Map<string, string>,
): { changed: string[]; missing: string[]; extra: string[] } {
  const onDisk = new Set(listFiles(join(dir, 'reports')).map((p) => `reports/${p}`));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, text] of files) {
    if (!onDisk.has(path)) missing.push(path);
    else if (readFileSync(join(dir, path), 'utf8') !== text) changed.push(path);
  }
  const extra = [...onDisk].filter((p) => !files.has(p)).sort();
  return { changed: changed.sort(), missing: missing.sort(), extra };
}

/**
 * Replace content/reports/ as a whole: write everything to a sibling temp folder, then swap it in
 * with renames. Anything that fails before the swap leaves the previous reports untouched.
 */
export function writeReportsAtomically(dir: string, files: Map<string, string>): void {
  const target = join(dir, 'reports');
  const tmp = join(dir, `.reports.tmp-${process.pid}`);
  const old = join(dir, `.reports.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  let previousMoved = false;
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [path, text] of files) {
      const file = join(tmp, relative('reports', path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    if (existsSync(target)) {
      renameSync(target, old);
      previousMoved = true;
    }
    renameSync(tmp, target);
    previousMoved = false;
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    // Put the previous reports back if the swap itself failed halfway.
    if (previousMoved) renameSync(old, target);
    throw error;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
