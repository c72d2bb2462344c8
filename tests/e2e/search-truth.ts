import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extensionOf, parseSource, SOURCE_FORMATS } from '../../src/pipeline/parse/index.ts';

/**
 * What a search must find, worked out from the raw sources at test time (not from the site's own
 * search code): the rows of every source table and a plain substring rule over them. When the
 * content changes, the expectations change with it.
 */
export interface SourceRow {
  year: number;
  /** 编号, or 0 for the report itself (its overview page: title, region, 政务公开 block). */
  number: number;
  text: string;
}

/** Every row of every raw source under <content>/sources/<year>/, parsed by the pipeline's parser. */
export function sourceRows(content: string): SourceRow[] {
  const dir = join(content, 'sources');
  return readdirSync(dir).flatMap((year) => {
    const files = readdirSync(join(dir, year)).filter((f) => SOURCE_FORMATS[extensionOf(f)]);
    return files.flatMap((f) => {
      const file = join(dir, year, f);
      const parsed = parseSource(readFileSync(file), file);
      const sidecarFile = join(dir, year, 'source.yaml');
      const sidecar = (existsSync(sidecarFile) ? (parse(readFileSync(sidecarFile, 'utf8')) ?? {}) : {}) as {
        region?: string;
      };
      const overview = {
        year: parsed.year,
        number: 0,
        text: [parsed.title, sidecar.region, ...Object.values(parsed.meta)].filter(Boolean).join('\n'),
      };
      return [
        overview,
        ...parsed.rows.map((r) => ({
          year: parsed.year,
          number: r.number,
          text: [r.target, r.completion, r.responsible, r.nextSteps].filter(Boolean).join('\n'),
        })),
      ];
    });
  });
}

/** Width and case folded: what a person types matches full- and half-width forms alike. */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** Terms of a query as a person means them: separated by spaces. */
export const termsOf = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * Occurrences of a term in a row. A number is not found inside a longer number (7个 is not in 17个,
 * 2400 not in 24000), a Latin word not from the middle of another; Chinese is found anywhere.
 */
export function occurrences(text: string, term: string): number {
  const hay = fold(text);
  const digit = /\d/;
  let n = 0;
  for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + 1)) {
    const before = hay.slice(Math.max(0, i - 2), i);
    const after = hay.slice(i + term.length, i + term.length + 2);
    if (digit.test(term[0]!) && /(\d|\d\.)$/.test(before)) continue;
    if (digit.test(term.at(-1)!) && /^(\d|\.\d)/.test(after)) continue;
    if (/[a-z]/.test(term[0]!) && /[a-z]$/.test(before)) continue;
    n++;
  }
  return n;
}

/** Rows containing every term of the query, with their total number of occurrences. */
export function expectedRows(rows: SourceRow[], query: string): { row: SourceRow; count: number }[] {
  const terms = termsOf(query);
  return rows
    .map((row) => ({ row, counts: terms.map((t) => occurrences(row.text, t)) }))
    .filter((r) => r.counts.every((c) => c > 0))
    .map((r) => ({ row: r.row, count: r.counts.reduce((a, b) => a + b, 0) }));
}

/**
 * Queries a resident or journalist would type, drawn from the 2024 report: words inside longer
 * words, numbers with units, proper names, Latin inside Chinese, two-term queries, and words whose
 * characters also occur apart (光伏 vs 光明 … 起伏). Which tasks must come back is computed above.
 */
export const QUERIES = [
  '氢能',
  '氢能车',
  '失业',
  '失业率',
  '农田',
  '高标准农田',
  '5.6%',
  '2400套',
  '招宝氢谷',
  '甬江实验室',
  '镇企航',
  'SEPGPT',
  'sepgpt',
  '氢能 重卡',
  '光伏',
  '光伏 装机',
  '体化',
  '一体化',
  '大综合一体化',
  '工作站',
  '中小学校',
  '加氢站',
  '1000kg',
  '加氢站 1000kg',
  '托育',
  '养老',
  '养老 服务',
  '公交',
  '轨道交通',
  '人才安居',
  '人才 安居',
  '数字化改造',
  '绿色工厂',
  '专利',
  '粮食',
  '生猪',
  '消费券',
  '污水',
  '医共体',
  '心理健康',
  '雄镇英才',
  '80331元',
  '4.6%',
  '3%以内',
  '77%',
  '336套',
  '倍差',
  '1.64',
  '企业 服务',
  '学校',
  '医院',
  '文旅',
  '危化品',
  '安全生产',
  '甬江 科创',
  '亿元',
  '7.5%',
  '专项债',
  '同比增长',
  '100%',
  '精装修',
  '海塘',
  '城市 更新',
  '民生实事',
  '集成电路',
  '2024年',
  '营商环境',
];

/**
 * Substrings of the source rows a person might type, drawn with a fixed seed: 2 to 6 characters
 * from inside one cell, cut anywhere (also inside words and numbers), without spaces and without
 * punctuation at either end. They check that the search finds what is typed in general, not only
 * the hand-picked queries.
 */
export function sampledQueries(rows: SourceRow[], count: number, seed = 20240101): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cells = rows.filter((r) => r.number > 0).flatMap((r) => r.text.split('\n'));
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) {
    const cell = cells[Math.floor(next() * cells.length)]!;
    const length = 2 + Math.floor(next() * 5);
    const start = Math.floor(next() * Math.max(1, cell.length - length));
    const q = cell.slice(start, start + length);
    if (q.length < 2 || /\s/.test(q) || /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u.test(q)) continue;
    out.add(q);
  }
  return [...out];
}
