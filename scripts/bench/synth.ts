/**
 * Synthetic archives for benchmarks: pipe-table sources in the 2024 format, their text drawn
 * from the real report's clauses with the numbers varied. Every file says it is synthetic
 * (合成测试数据) in its title and 索引号, so no one mistakes it for a published report.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32): the same seed gives the same archive. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clauses of the real report's target and completion cells, split at sentence punctuation. */
export function vocabulary(sourceText: string): { targets: string[]; completions: string[] } {
  const targets: string[] = [];
  const completions: string[] = [];
  for (const line of sourceText.split(/\r?\n/)) {
    const cells = line.split(' | ');
    if (cells.length < 3 || !/^\d+$/.test(cells[0]!.trim())) continue;
    const clauses = (s: string) =>
      s
        .split(/(?<=[。;;])/)
        .map((c) => c.trim())
        .filter((c) => c.length > 4);
    targets.push(...clauses(cells[1]!));
    completions.push(...clauses(cells[2]!.replace(/\s*\|\s*$/, '')));
  }
  return { targets, completions };
}

/** One synthetic year's source table, in the pipe-text format. */
export function synthSource(year: number, tasks: number, vocab: ReturnType<typeof vocabulary>, seed = year): string {
  const rand = prng(seed);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)]!;
  const vary = (s: string) =>
    s.replace(/\d+(\.\d+)?/g, (n) => {
      const v = Number(n) * (0.8 + rand() * 0.4);
      return n.includes('.') ? v.toFixed(1) : String(Math.max(1, Math.round(v)));
    });
  const lines = [
    `索引号: | SYNTHETIC/${year}-000000 | 主题分类: | 综合政务/政务公开 |`,
    `成文日期: | ${year + 1}-01-26 | 体裁分类: | 其他 |`,
    `发布机构: | 合成测试数据 | 公开方式: | 主动公开 |`,
    `${year}年政府工作报告年度完成情况(合成测试数据)`,
    '编号 | 目标任务 | 完成情况 |',
  ];
  for (let n = 1; n <= tasks; n++) {
    const target = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => vary(pick(vocab.targets))).join('');
    const completion = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => vary(pick(vocab.completions))).join('');
    lines.push(`${n} | ${target.replaceAll('|', '')} | ${completion.replaceAll('|', '')} |`);
  }
  return lines.join('\n');
}

/**
 * Write a content folder with `years` synthetic years of `tasks` rows each, from `firstYear` on, plus
 * the project's taxonomy, indicators and site settings, ready for `scripts/ingest.ts --content dir`.
 */
export function writeSynthArchive(
  dir: string,
  projectContent: string,
  realSource: string,
  years: number,
  tasks: number,
  firstYear = 2100,
): void {
  const vocab = vocabulary(readFileSync(realSource, 'utf8'));
  mkdirSync(dir, { recursive: true });
  for (const file of ['taxonomy.yaml', 'site.yaml', 'indicators.yaml']) {
    if (existsSync(join(projectContent, file))) copyFileSync(join(projectContent, file), join(dir, file));
  }
  for (let i = 0; i < years; i++) {
    const year = firstYear + i;
    const folder = join(dir, 'sources', String(year));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${year}年政府工作报告年度完成情况(合成测试数据).txt`), synthSource(year, tasks, vocab));
  }
}
