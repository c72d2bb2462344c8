/**
 * npm run ingest [-- --check] [--content DIR] [--stamp FILE]
 * Regenerates content/reports/<year>/ from content/sources/<year>/ (see src/pipeline/run.ts).
 * --check: change nothing; exit 1 if the committed reports differ from what the sources generate.
 * --stamp FILE (the build's, src/integration): skip the pipeline when nothing it depends on has
 * changed since the generation recorded in FILE (ingestFingerprint, scripts/ingest-stamp.ts),
 * repeating that run's summary.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestFingerprint } from './ingest-stamp.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The record of the last generation a build made: its fingerprint and the summary it printed. */
interface Stamp {
  fingerprint: string;
  lines: string[];
}

function readStamp(file: string): Stamp | null {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    return typeof stamp.fingerprint === 'string' && Array.isArray(stamp.lines) ? stamp : null;
  } catch {
    return null;
  }
}

const COMMAND = 'npm run ingest';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      content: { type: 'string' },
      stamp: { type: 'string' },
    },
  });
  const dir = resolve(values.content ?? process.env.GZBG_CONTENT_DIR ?? 'content');
  // Messages name the folder as the editor typed it: relative inside the project, absolute outside.
  const rel = relative(process.cwd(), dir);
  const label = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
  const stampFile = !values.check && values.stamp ? resolve(values.stamp) : undefined;
  if (stampFile) {
    const stamp = readStamp(stampFile);
    if (stamp && stamp.fingerprint === ingestFingerprint(dir, ROOT)) {
      for (const line of stamp.lines) console.log(line);
      console.log(`${label}/ 与上次生成时相同（原始表格、更正、设置、生成的内容和程序都未变），未重新生成`);
      return 0;
    }
  }
  // Loaded only now: an up-to-date build (above) never needs the pipeline or the file readers.
  const [{ runPipeline }, { diffContent, readPipelineInput, writeReportsAtomically }] = await Promise.all([
    import('../src/pipeline/run.ts'),
    import('./ingest-io.ts'),
  ]);
  const { files, summary } = runPipeline(await readPipelineInput(dir, label, COMMAND));

  if (values.check) {
    const { changed, missing, extra } = diffContent(dir, files);
    const lines = [
      ...changed.map((p) => `  已改动：${p}`),
      ...missing.map((p) => `  缺少：${p}`),
      ...extra.map((p) => `  多余：${p}`),
    ];
    if (lines.length > 0) {
      console.error(
        `✗ ${label}/reports 与原始表格生成的内容不一致（${lines.length} 个文件）：\n${lines.join('\n')}\n请运行 npm run ingest 重新生成，并提交生成的文件。`,
      );
      return 1;
    }
    console.log(`✓ ${label}/reports 与原始表格一致（${files.size} 个文件）`);
    return 0;
  }

  // A build runs ingest every time: when nothing changed, leave the files (and Astro's cache) alone
  // instead of rewriting and deleting every report file (2,000 tasks: most of ingest's sys time).
  const stale =
    !existsSync(join(dir, 'reports')) || Object.values(diffContent(dir, files)).some((paths) => paths.length > 0);
  if (stale) writeReportsAtomically(dir, files);
  const lines: string[] = [];
  for (const y of summary) {
    lines.push(
      `${y.year} 年 · ${y.title} · ${y.rows} 项任务 · ${y.overrides} 处编辑更正 · ${y.warnings.length} 条提醒`,
    );
    for (const w of y.warnings) lines.push(`  提醒：${w}`);
  }
  if (summary.length === 0) lines.push(`${label}/sources 中没有年份文件夹，未生成任何报告`);
  for (const line of lines) console.log(line);
  if (stampFile) {
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, JSON.stringify({ fingerprint: ingestFingerprint(dir, ROOT), lines } satisfies Stamp));
  }
  console.log(
    stale
      ? `已写入 ${files.size} 个文件到 ${label}/reports/`
      : `${label}/reports/ 已是最新（${files.size} 个文件），未改写`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const { SourceError } = await import('../src/schema/source.ts');
  if (error instanceof SourceError) {
    // The catalogue code (src/schema/errors.ts) first: stable, searchable in the README.
    console.error(`✗ ${error.code ? `[${error.code}] ` : ''}${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
