import { DisclosureMeta, Sidecar, SourceError, type ParsedSource } from '../schema/index.ts';
import { readYamlFile } from './yaml-file.ts';

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
  return readYamlFile(
    text,
    file,
    Sidecar,
    '来源说明文件可写的字段:url、retrieved(YYYY-MM-DD)、region、title、meta、file,见 README“添加新一年的报告”',
  );
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
  const agree = (field: string, fromSource: string | undefined, fromSidecar: string | undefined, path: string[]) => {
    if (fromSource !== undefined && fromSidecar !== undefined && fromSource !== fromSidecar) {
      throw new SourceError(
        sidecarFile,
        lineOf(path),
        `${LABELS[field]}“${fromSidecar}”与原始表格中的“${fromSource}”(${sourceFile})不一致`,
        `原始表格已写明${LABELS[field]},请删除来源说明中的这一项或改为一致`,
      );
    }
    return fromSource ?? fromSidecar;
  };
  const title = agree('title', parsed.title || undefined, side.title, ['title']);
  const meta: Record<string, string | undefined> = {};
  for (const key of Object.keys(DisclosureMeta.shape) as (keyof DisclosureMeta)[]) {
    meta[key] = agree(key, parsed.meta[key], side.meta?.[key], ['meta', key]);
  }
  const missing = (field: string, yamlKey: string) =>
    new SourceError(
      sourceFile,
      undefined,
      `原始表格没有${LABELS[field]}`,
      `请在来源说明文件 ${sidecarFile} 中写上 ${yamlKey}`,
    );
  if (!title) throw missing('title', 'title: …');
  if (!meta.publisher) throw missing('publisher', 'meta:\n  publisher: …(发布机构)');
  if (!meta.written) throw missing('written', 'meta:\n  written: YYYY-MM-DD(成文日期)');
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { title, meta: DisclosureMeta.parse(clean), region: side.region, url: side.url, retrieved: side.retrieved };
}
