import type { DisclosureMeta } from '../../schema/report.ts';
import { normalizeHeader } from './columns.ts';

/** The six 政务公开 labels a government page prints around a document, and the fields they fill. */
export const META_LABELS: Readonly<Record<string, keyof DisclosureMeta>> = {
  索引号: 'indexNumber',
  主题分类: 'topic',
  成文日期: 'written',
  体裁分类: 'genre',
  发布机构: 'publisher',
  公开方式: 'disclosure',
};

/** The metadata field a label cell names (索引号: → indexNumber), if any. */
export function metaKey(label: string): keyof DisclosureMeta | undefined {
  return META_LABELS[normalizeHeader(label)];
}

/** A date as pages print it (2025-01-26, 2025/1/26, 2025年1月26日, 2025-01-26 15:30) → YYYY-MM-DD, or undefined. */
export function isoDate(text: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Set one metadata field from a label/value pair found in the source. Dates are normalized; a
 * date that cannot be read is left out with a warning, so the sidecar can supply it.
 */
export function setMeta(meta: Partial<DisclosureMeta>, key: keyof DisclosureMeta, value: string, warnings: string[]): void {
  const v = value.trim();
  if (v === '' || meta[key] !== undefined) return;
  if (key === 'written') {
    const iso = isoDate(v);
    if (iso === undefined) warnings.push(`成文日期“${v}”无法识别为日期,已忽略;请在 source.yaml 的 meta.written 中填写 YYYY-MM-DD`);
    else meta.written = iso;
    return;
  }
  meta[key] = v;
}
