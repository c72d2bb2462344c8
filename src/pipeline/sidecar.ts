import { DisclosureMeta, Errors, problemOf, Sidecar, type ParsedSource } from '../schema/index.ts';
import { readYamlFile, YamlProblems, type YamlProblem } from './yaml-file.ts';

/** Metadata of one report once the source and its optional sidecar are merged. */
export interface ResolvedMeta {
  title: string;
  meta: DisclosureMeta;
  region?: string;
  url?: string;
  retrieved?: string;
}

const LABELS: Record<string, string> = {
  title: '标题',
  indexNumber: '索引号',
  topic: '主题分类',
  written: '成文日期',
  genre: '体裁分类',
  publisher: '发布机构',
  disclosure: '公开方式',
};

export function readSidecar(
  text: string | undefined,
  file: string,
): { data: Sidecar; lineOf: (p: (string | number)[]) => number | undefined } {
  if (text === undefined) return { data: {}, lineOf: () => undefined };
  return readYamlFile(text, file, Sidecar, HINT, { entry: sidecarEntry });
}

const HINT =
  '来源说明文件可写的项：url、retrieved（取得日期）、region、title、meta、file、versions（修订版本）、columns、table、sheet、corrections、kind（报告类型）、asOf（截至日期），见 README“添加新一年的报告”';

/** “第 2 条更正（第 5 行 完成情况）” for a path inside corrections. */
export function sidecarEntry(path: (string | number)[], data: unknown): string | undefined {
  if (path[0] !== 'corrections' || typeof path[1] !== 'number' || path.length !== 2) return undefined;
  const list = (data as { corrections?: unknown })?.corrections;
  const c = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
  const at = [typeof c?.row === 'number' ? `第 ${c.row} 行` : '', typeof c?.column === 'string' ? c.column : '']
    .filter(Boolean)
    .join(' ');
  return `第 ${path[1] + 1} 条更正${at ? `（${at}）` : ''}`;
}

/**
 * Merge what the source carries with what the sidecar supplies. A field present in both must agree;
 * a required field present in neither (title, 发布机构, 成文日期) is an error naming the sidecar
 * that would supply it.
 */
export function resolveMeta(
  parsed: ParsedSource,
  sidecarText: string | undefined,
  sourceFile: string,
  sidecarFile: string,
): ResolvedMeta {
  const { data: side, lineOf } = readSidecar(sidecarText, sidecarFile);
  const conflicts: YamlProblem[] = [];
  const agree = (field: string, fromSource: string | undefined, fromSidecar: string | undefined, path: string[]) => {
    if (fromSource !== undefined && fromSidecar !== undefined && fromSource !== fromSidecar) {
      conflicts.push(
        problemOf(Errors.MetaConflict, lineOf(path), {
          label: LABELS[field]!,
          sidecarValue: fromSidecar,
          sourceValue: fromSource,
          source: sourceFile,
        }),
      );
    }
    return fromSource ?? fromSidecar;
  };
  const title = agree('title', parsed.title || undefined, side.title, ['title']);
  const meta: Record<string, string | undefined> = {};
  for (const key of Object.keys(DisclosureMeta.shape) as (keyof DisclosureMeta)[]) {
    meta[key] = agree(key, parsed.meta[key], side.meta?.[key], ['meta', key]);
  }
  if (conflicts.length > 0)
    throw new YamlProblems(
      sidecarFile,
      conflicts.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    );
  // Everything the site needs and neither file gives, named at once with one block to copy.
  const absent = (['title', 'publisher', 'written'] as const).filter((f) => (f === 'title' ? !title : !meta[f]));
  if (absent.length > 0) {
    throw new YamlProblems(sourceFile, [missingFields(absent, sidecarFile, sidecarText, side.meta !== undefined)]);
  }
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return {
    title: title!,
    meta: DisclosureMeta.parse(clean),
    region: side.region,
    url: side.url,
    retrieved: side.retrieved,
  };
}

/**
 * What neither the source nor its sidecar gives (title, 发布机构, 成文日期), as one problem with the
 * lines to copy into source.yaml.
 */
export function missingFields(
  absent: readonly ('title' | 'publisher' | 'written')[],
  sidecarFile: string,
  sidecarText: string | undefined,
  sidecarHasMeta: boolean,
): YamlProblem {
  const lines: string[] = [];
  if (absent.includes('title')) lines.push('title: （报告标题，如“2024年政府工作报告目标任务完成情况”）');
  const metaLines = [
    ...(absent.includes('publisher') ? ['  publisher: （发布机构，如“区政府办公室”）'] : []),
    ...(absent.includes('written') ? ['  written: （成文日期，写成 2025-01-26 这样）'] : []),
  ];
  if (metaLines.length > 0) lines.push('meta:', ...metaLines);
  const create = sidecarText === undefined ? '（没有这个文件就新建一个）' : '';
  const merge =
    sidecarText !== undefined && sidecarHasMeta && metaLines.length > 0
      ? '；文件中已有 meta: 时，只把它下面的几行放到已有的 meta: 下'
      : '';
  return problemOf(Errors.MetaMissing, undefined, {
    labels: absent.map((f) => LABELS[f]!),
    sidecar: sidecarFile,
    create,
    merge,
    lines,
  });
}
