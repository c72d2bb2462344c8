import type { ColumnRole } from '../../schema/task.ts';

/**
 * The words a published table's header uses for each column role (issue 12), as data. A header is
 * compared without spaces and a trailing colon; each role lists exact words and a few patterns, and
 * the roles are tried in the order below (the first that matches wins), so that 进度状态 is a status
 * before it could be a result, and 计划目标 a plan before it could be a target. A header no role
 * knows is kept as `other` (其他信息), never refused; an editor can name its role in source.yaml
 * `columns:`. Each group names the fixture or source that needs it.
 */
export interface RoleWords {
  role: ColumnRole;
  /** Exact header words (normalized: no spaces, no trailing colon). */
  words: readonly string[];
  /** Patterns for families of headers (10月完成情况, 截至6月底进展, 形象进度(%)…). */
  patterns: readonly RegExp[];
}

export const ROLE_WORDS: readonly RoleWords[] = [
  {
    // content/sources/2024 (编号); tests/fixtures/tables/* (序号).
    role: 'number',
    words: ['编号', '序号'],
    patterns: [],
  },
  {
    // The government's own status column (issue 12 point 4; GLOSSARY “official columns”).
    role: 'status',
    words: ['进度状态', '完成状态', '状态', '推进状态', '进展状态'],
    patterns: [/状态$/],
  },
  {
    // tables/shanghai-2024-weimin (占全年计划); tables/meishan-2017-minsheng (完成目标(%));
    // tables/xinjian-2024-minsheng (在建形象进度); issue 12 (形象进度(%), 完成率).
    role: 'progress',
    words: ['形象进度', '占全年计划', '完成率', '完成比例'],
    patterns: [/形象进度/, /占全年/, /完成率/, /完成比例/, /[(（]%[)）]$/],
  },
  {
    // tests/fixtures/years/parsers (下步举措); tests/fixtures/years/2025 (下一步计划).
    role: 'nextSteps',
    words: ['下步举措', '下一步计划', '下步计划', '下一步工作', '下一步措施', '下一步举措'],
    patterns: [/^下一?步/],
  },
  {
    // tables/meishan-2017-minsheng (备注); issue 12 (情况说明).
    role: 'notes',
    words: ['情况说明', '备注', '说明'],
    patterns: [],
  },
  {
    // Issue 12: 计划目标, 四季度计划目标, 时序目标 (what was planned for the period, not the task).
    role: 'plan',
    words: ['计划目标', '时序目标', '时序进度', '年度计划'],
    patterns: [/计划目标$/, /时序目标$/],
  },
  {
    // content/sources/2024 (完成情况); tests/fixtures/years/2023 (落实情况), 2025 (进展情况), parsers
    // (完成进度); tables/shanghai-2024-weimin (完成情况); tables/xinjian-2024-minsheng (本月进展情况);
    // issue 12 (10月完成情况, 截至6月底进展).
    role: 'result',
    words: ['完成情况', '进展情况', '落实情况', '完成进度', '推进情况', '工作进展', '进展'],
    patterns: [/(完成|进展|落实|推进|办理|实施)情况$/, /进展$/, /完成进度$/],
  },
  {
    // tests/fixtures/years (责任单位, 牵头单位, 责任部门); tables/meishan-2017-minsheng (市级牵头责任单位);
    // tables/xinjian-2024-minsheng (牵头单位, 业主单位); issue 12 (配合单位, 区领导, 牵头市领导).
    role: 'responsible',
    words: ['责任单位', '牵头单位', '配合单位', '责任部门', '区领导', '牵头市领导', '责任领导', '牵头领导'],
    patterns: [/(单位|部门|领导)$/],
  },
  {
    // tables/meishan-2017-minsheng (工程名称); issue 12 (重点工作, 类别, 领域, 项目类别).
    role: 'group',
    words: ['重点工作', '类别', '领域', '项目类别', '工程名称', '分类'],
    patterns: [/类别$/],
  },
  {
    // content/sources/2024 (目标任务); tests/fixtures/years (工作任务, 主要目标, 内容与要求);
    // tables/shanghai-2024-weimin (实事项目名称); tables/meishan-2017-minsheng (项目内容);
    // tables/xinjian-2024-minsheng (项目名称); issue 12 (主要内容, 任务内容).
    role: 'target',
    words: [
      '目标任务',
      '工作任务',
      '实事项目名称',
      '项目名称',
      '主要内容',
      '任务内容',
      '主要目标',
      '内容与要求',
      '项目内容',
    ],
    patterns: [/项目名称$/],
  },
];

/** Header text as compared: no spaces of any width, no trailing colon (Excel exports carry both). */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[:：]$/, '');
}

/** The role a header's words name, or undefined when no role knows them. */
export function roleOfWords(header: string): ColumnRole | undefined {
  const h = normalizeHeader(header);
  if (h === '') return undefined;
  for (const r of ROLE_WORDS) if (r.words.includes(h) || r.patterns.some((p) => p.test(h))) return r.role;
  // A qualifier in brackets after the words (完成情况（截至6月底）, 责任单位(牵头)) does not change the role.
  const bare = h.replace(/[(（][^()（）]*[)）]$/, '');
  return bare !== h ? roleOfWords(bare) : undefined;
}

/**
 * The government's status words in coarse terms (GLOSSARY “official columns”). Tried in order:
 * 基本完成 is “nearly” before 完成 could make it “done”; 未完成 “not_started” before 完成.
 */
export const STATUS_READINGS: readonly {
  reading: 'done' | 'on_track' | 'nearly' | 'behind' | 'not_started';
  words: readonly string[];
}[] = [
  { reading: 'nearly', words: ['基本完成'] },
  { reading: 'not_started', words: ['未启动', '未完成', '未开工'] },
  { reading: 'behind', words: ['滞后', '部分滞后', '进度滞后', '推进缓慢', '进展缓慢'] },
  { reading: 'on_track', words: ['序时推进', '正常推进', '按计划推进', '按序时推进', '达到时间进度', '有序推进'] },
  { reading: 'done', words: ['办结', '已完成', '完成', '已办结', '超额完成', '提前完成', '全面完成'] },
];

/** The coarse reading of an official status cell: exact words only, anything else `unknown`. */
export function statusReading(text: string): 'done' | 'on_track' | 'nearly' | 'behind' | 'not_started' | 'unknown' {
  const t = normalizeHeader(text).replace(/[。.]$/, '');
  for (const s of STATUS_READINGS) if (s.words.includes(t)) return s.reading;
  return 'unknown';
}

/**
 * The percentage an official progress cell states: “35%”, “108％”, or a bare number (“123.4”) under
 * a header that says its unit is % (完成目标(%)) or that is a share (占全年计划, 完成率…). Else null.
 */
export function percentOf(text: string, header: string): number | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const withSign = /^(\d+(?:\.\d+)?)[%％]$/.exec(t);
  if (withSign) return Number(withSign[1]);
  const bare = /^\d+(?:\.\d+)?$/.test(t);
  if (bare && /[%％]/.test(header)) return Number(t);
  return null;
}
