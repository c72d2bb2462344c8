import { readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText } from '../search/index-text.ts';
import type { SearchRecord } from '../search/records.ts';
import { recordsFromOfflineIndex } from '../search/offline-index.ts';

/** Pagefind files the search page never loads (its prebuilt UIs, highlighter, playground). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^playground$/;

/**
 * Build-end step: the Pagefind bundle in <out>/pagefind/, from the records the site already wrote to
 * <out>/search/offline-index.js (src/pages/search/offline-index.js.ts: task pages and report
 * overviews only), so Pagefind and the file:// index hold the same records. Records go in a fixed
 * order, so the same content gives the same bytes.
 */
export async function searchIndexStep(outDir: string): Promise<void> {
  const file = join(outDir, 'search', 'offline-index.js');
  await writePagefind(recordsFromOfflineIndex(readFileSync(file, 'utf8')), outDir);
}

async function writePagefind(records: SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引:${errors.join(';')}`);
  try {
    for (const r of records) {
      const filters: Record<string, string[]> = { year: [String(r.year)] };
      if (r.area) filters.area = [r.area];
      if (r.status) filters.status = [r.status];
      const added = await index.addCustomRecord({
        url: r.url,
        content: indexText(r.text),
        language: 'zh-cn',
        meta: {
          title: r.title,
          year: String(r.year),
          number: String(r.number),
          kind: r.kind,
          area: r.area,
          status: r.status,
        },
        filters,
        sort: { year: String(r.year), number: String(r.number).padStart(6, '0') },
      });
      if (added.errors.length) throw new Error(`Pagefind 无法索引 ${r.url}:${added.errors.join(';')}`);
    }
    // Written next to the target, then swapped in: a failed run leaves no half-written bundle.
    const target = join(outDir, 'pagefind');
    const temp = `${target}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: temp });
    if (written.errors.length) throw new Error(`Pagefind 写入索引失败:${written.errors.join(';')}`);
    for (const f of readdirSync(temp)) if (UNUSED.test(f)) rmSync(join(temp, f), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(temp, target);
  } finally {
    await pagefind.close();
  }
}
