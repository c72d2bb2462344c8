import type { DisclosureMeta } from '../../schema/report.ts';
import { normalizeHeader } from './header-words.ts';
import { isoDate } from './date.ts';

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

/**
 * Set one metadata field from a label/value pair found in the source. Dates are normalized; a
 * date that cannot be read is left out with a warning, so the sidecar can supply it.
 */
export function setMeta(
  meta: Partial<DisclosureMeta>,
  key: keyof DisclosureMeta,
  value: string,
  warnings: string[],
): void {
  const v = value.trim();
  if (v === '' || meta[key] !== undefined) return;
  if (key === 'written') {
    const iso = isoDate(v);
    if (iso === undefined)
      warnings.push(`成文日期“${v}”无法识别为日期，已忽略；请在 source.yaml 的 meta.written 中填写 YYYY-MM-DD`);
    else meta.written = iso;
    return;
  }
  meta[key] = v;
}
