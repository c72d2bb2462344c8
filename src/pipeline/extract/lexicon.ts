/**
 * The words of Chinese work-report targets and results that the extraction rules read
 * (../shared/GLOSSARY.md). Lists only: the rules that use them live in their own modules.
 * Longer words come first wherever a list is matched as alternatives.
 */
import { byCodeUnit } from '../order.ts';

/** Sort longest first so regex alternation and startsWith scans prefer the specific word. */
export function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length || byCodeUnit(a, b));
}

/** Alternation pattern for a word list (no capture group). */
export function alternation(words: readonly string[]): string {
  return longestFirst(words)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&'))
    .join('|');
}

/** Units after the number (without 万/亿 multipliers, which units.ts splits off). */
export const UNITS = [
  '个百分点',
  '百分点',
  '%',
  '％',
  '‰',
  '千瓦时',
  '千瓦',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '公顷',
  '亩',
  '米',
  '微克/立方米',
  '毫克/立方米',
  '标箱',
  '公斤',
  '千克',
  '吨',
  '斤',
  '元',
  '美元',
  '欧元',
  '人次',
  '户次',
  '车次',
  '架次',
  '家次',
  '场次',
  '个',
  '家',
  '座',
  '处',
  '所',
  '项',
  '件',
  '条',
  '张',
  '台',
  '间',
  '栋',
  '幢',
  '只',
  '块',
  '套',
  '辆',
  '艘',
  '架',
  '部',
  '本',
  '册',
  '篇',
  '份',
  '宗',
  '笔',
  '类',
  '例',
  '床',
  '组',
  '支',
  '队',
  '批',
  '起',
  '名',
  '人',
  '位',
  '户',
  '场',
  '次',
  '期',
  '届',
  '轮',
  '头',
  '棵',
  '株',
  '盏',
  '倍',
  '个工作日',
  '工作日',
  '天',
  '小时',
  '分钟',
] as const;

/** Latin unit tokens seen in Chinese tables (2000kg/d); anything else next to a digit is a name (5G). */
export const LATIN_UNITS = ['kg/d', 't/d', 'kWh', 'kW', 'MW', 'GW', 'km', 'kg', 'm²', 'm2', 'm³', 't'] as const;

/** Multipliers written between the number and the unit: 2.5万千瓦, 240.3亿元. */
export const MULTIPLIERS = ['千万', '百万', '万', '亿', '千', '百'] as const;

/** Qualifiers written right before the number. */
export const PREFIX_QUALIFIERS = [
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '下降到',
  '下降至',
  '降至',
  '降到',
  '减少到',
  '减少至',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增长到',
  '增加到',
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '控制在',
  '稳定在',
  '保持在',
  '维持在',
  '至少',
  '达到',
  '超过',
  '高于',
  '低于',
  '突破',
  '力争',
  '约',
  '近',
  '超',
  '逾',
  '达',
] as const;
/** Qualifiers written right after the unit (余 and 多 may also sit before the unit: 200余场, 1400余万元). */
export const SUFFIX_QUALIFIERS = ['以上', '以内', '以下', '之内', '左右', '上下', '之多', '余', '多'] as const;

/** Basis words: how a figure was counted. Found in the clause before the number and right after it. */
export const BASIS_WORDS = [
  '新增',
  '累计',
  '累计共',
  '余额',
  '预计',
  '预估',
  '预期',
  '有望',
  '完成',
  '建成',
  '新建',
  '新改建',
  '改造',
  '改造提升',
  '申报',
  '推荐',
  '上报',
  '申请',
  '认定',
  '入选',
  '立项',
  '验收',
  '竣工',
  '完工',
  '投用',
  '开工',
  '增长',
  '增速',
  '下降',
  '减少',
  '降低',
  '提高',
  '其中',
  '另有',
  '另',
  '待',
  '正在',
  '拟',
  '计划',
  '筹集',
  '筹建',
  '培育',
  '引进',
  '实施',
  '淘汰',
  '整治',
  '举办',
  '开展',
  '发放',
  '共计',
  '合计',
  '总计',
  '同比',
] as const;

/** The result is an estimate, not a result. */
export const ESTIMATE_WORDS = ['预计', '预估', '预期', '有望'] as const;
/** The result is a running total. */
export const CUMULATIVE_WORDS = ['累计', '余额'] as const;
/** Applied for or nominated, not yet approved. */
export const APPLIED_WORDS = ['申报', '推荐', '上报', '申请'] as const;
/** Started or under way, not finished. */
export const UNDERWAY_WORDS = ['立项', '开工', '启动', '正在', '在建', '推进中', '筹备', '筹建', '拟', '计划'] as const;
/** A part of a total named just before it. */
export const PART_WORDS = ['其中'] as const;
/** Extra or pending figures: never added into a result, never the result of a target to complete. */
export const EXCLUDED_WORDS = ['另有', '另', '待', '正在', '已开工', '开工', '尚未', '未完成'] as const;

/** Verbs that make a target figure a floor: add / build / complete N (GLOSSARY: 新增X → >=). */
export const FLOOR_VERBS = [
  '新增',
  '新建',
  '新改建',
  '改建',
  '建成',
  '建设',
  '完成',
  '实施',
  '培育',
  '打造',
  '开展',
  '举办',
  '安排',
  '发放',
  '引育',
  '引进',
  '淘汰',
  '整治',
  '创建',
  '新开工',
  '开工建设',
  '开工',
  '基本建成',
  '建设筹集',
  '筹集',
  '接待',
  '改造提升',
  '改造',
  '更新改造',
  '提升',
  '修缮',
  '认定',
  '招引',
  '建立',
  '组建',
  '推动',
  '实现',
  '达到',
  '争取',
  '创成',
  '优化',
  '阶梯孵化',
  '新引育',
  '设计',
] as const;

/** Words of direction right before a number: the figure is a change, not a level. */
export const RISE_WORDS = ['增长', '增速', '增幅', '增加', '提高', '上升', '提升', '上涨'] as const;
export const FALL_WORDS = ['下降', '降低', '减少', '降幅'] as const;

/** Status cues of the completion text (GLOSSARY: status cues). */
export const DONE_CUES = [
  '已完成',
  '全部完成',
  '均已完成',
  '顺利完成',
  '完成目标任务',
  '完成全年',
  '建成投用',
  '已建成',
  '竣工',
  '完工',
  '投用',
  '通过验收',
  '完成验收',
  '已出版',
  '已出台',
  '已印发',
  '印发实施',
  '获批复',
  '已获',
  '批复',
  '已实现',
  '实现',
  '完成',
  '建成',
  '启用',
  '通车',
  '注册成功',
  '已经开展完毕',
  '开展完毕',
  '入选',
  '成功',
] as const;
export const PROGRESS_CUES = [
  '推进中',
  '正在',
  '正抓紧',
  '抓紧',
  '已启动',
  '启动建设',
  '已开工',
  '开工建设',
  '有序推进',
  '按序推进',
  '继续推进',
  '稳步推进',
  '协同推进',
  '有序开展',
  '阶段性',
  '初方案',
  '初稿',
  '征求意见稿',
  '前期工作',
  '完善中',
  '进行中',
  '治理中',
  '基本完成',
  '基本实现',
  '基本健全',
  '基本理清',
  '试运行',
] as const;

/** Words that contain a cue but say something else (直通车 is a mechanism, not a road opened). */
export const CUE_NOT_IN = ['直通车', '通车运营前'] as const;

/** Prefix characters that make 一 part of a word, not a number (统一, 唯一, 第一, 之一). */
export const YI_WORD_BEFORE = '统唯同单第万之专逐划均';
/** Idioms that start with a numeral and a unit character but count nothing. */
export const NUMERAL_IDIOMS = [
  '一批',
  '一起',
  '一次性',
  '一系列',
  '一件事',
  '一类',
  '一期',
  '一条龙',
  '一张图',
  '一站式',
  '一轮',
] as const;
