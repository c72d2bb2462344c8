/**
 * The words of Chinese work-report targets and results that the extraction rules read
 * (../shared/GLOSSARY.md). Lists only: the rules that use them live in their own modules.
 * Longer words come first wherever a list is matched as alternatives.
 */
import type { Comparator } from '../../schema/index.ts';
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
  '千瓦',
  '平方米',
  '立方米',
  '公里',
  '亩',
  '米',
  '微克/立方米',
  '标箱',
  '吨',
  '斤',
  '元',
  '美元',
  '人次',
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
  '只',
  '块',
  '套',
  '辆',
  '架',
  '部',
  '本',
  '册',
  '份',
  '宗',
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
  '盏',
  '倍',
  '个工作日',
  '工作日',
  '天',
  '分钟',
] as const;

/** Latin unit tokens seen in Chinese tables (2000kg/d); anything else next to a digit is a name (5G). */
export const LATIN_UNITS = ['kg/d', 'kg'] as const;

/** Multipliers written between the number and the unit: 2.5万千瓦, 240.3亿元. */
export const MULTIPLIERS = ['万', '亿', '千', '百'] as const;

/** Qualifiers written right before the number. */
export const PREFIX_QUALIFIERS = [
  '压缩至',
  '下降到',
  '降到',
  '降至',
  '提高到',
  '不低于',
  '不少于',
  '至少',
  '控制在',
  '稳定在',
  '保持在',
  '达到',
  '超过',
  '高于',
  '低于',
  '突破',
  '力争',
  '约',
  '近',
  '超',
  '达',
  '>',
  '=',
] as const;
/**
 * Negations written right before a qualifier: 不超过 and 不高于 negate 超过 and 高于 (GLOSSARY: comparators).
 * A pair listed as a qualifier of its own (不低于, 不少于) is read as listed; any other pair is read as
 * the negation of its qualifier (extract/negation.ts), never as the qualifier without its 不.
 */
export const NEGATIONS = ['不'] as const;
/** Qualifiers written right after the unit (余 and 多 may also sit before the unit: 200余场, 1400余万元). */
export const SUFFIX_QUALIFIERS = ['以上', '以内', '以下', '左右', '上下', '余', '多'] as const;

/** Basis words: how a figure was counted. Found in the clause before the number and right after it. */
export const BASIS_WORDS = [
  '新增',
  '累计',
  '累计共',
  '余额',
  '预计',
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
  '同比',
] as const;

/** The result is an estimate, not a result. */
export const ESTIMATE_WORDS = ['预计'] as const;
/** The result is a running total. */
export const CUMULATIVE_WORDS = ['累计', '余额'] as const;
/** A part of a total named just before it. */
export const PART_WORDS = ['其中'] as const;
/** Extra or pending figures: never added into a result, never the result of a target to complete. */
export const EXCLUDED_WORDS = ['另有', '另', '待', '正在', '已开工', '开工'] as const;

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
  '开办',
] as const;

/** Words of direction right before a number: the figure is a change, not a level. */
export const RISE_WORDS = ['增长', '增速', '增加', '提高', '上升', '提升'] as const;
export const FALL_WORDS = ['下降', '降低'] as const;

/** Status cues of the completion text (GLOSSARY: status cues). */
export const DONE_CUES = [
  '已完成',
  '全部完成',
  '顺利完成',
  '完成目标任务',
  '完成全年',
  '建成投用',
  '已建成',
  '竣工',
  '完工',
  '投用',
  '通过验收',
  '已出版',
  '已出台',
  '已获',
  '批复',
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
  '已开工',
  '开工建设',
  '有序推进',
  '按序推进',
  '继续推进',
  '协同推进',
  '有序开展',
  '阶段性',
  '初方案',
  '初稿',
  '征求意见稿',
  '前期工作',
  '完善中',
  '治理中',
  '基本完成',
  '主体完工',
  '基本实现',
  '基本健全',
  '基本理清',
  '试运行',
] as const;

/** Words that contain a cue but say something else (直通车 is a mechanism, not a road opened). */
export const CUE_NOT_IN = ['直通车'] as const;

/** Prefix characters that make 一 part of a word, not a number (统一, 唯一, 第一, 之一). */
export const YI_WORD_BEFORE = '统第之划';
/** Idioms that start with a numeral and a unit character but count nothing. */
export const NUMERAL_IDIOMS = ['一批', '一件事', '一类', '一期', '一站式', '一轮'] as const;

/** Verbs that, before a figure in the same clause, state a volume rather than completion (完成投资X). */
export const VOLUME_VERBS = ['完成'] as const;

/** A number as a named group `share`, for the rate patterns below. */
const SHARE = '(?<share>[0-9]+(?:\\.[0-9]+)?)[%％]';
/** Shares of the plan done, as the text states them (regular expression sources). */
export const RATE_PATTERNS = [
  `完成(?:年度|全年)?(?:计划|任务|目标)(?:数|\\p{Script=Han}{1,2})?的${SHARE}`,
  `完成(?:了)?(?:率|进度)?(?:达到|达|为)?${SHARE}`,
] as const;

/** Adverbs that may stand between a stage verb and its figure (共认定207家, 已建成3个). */
export const STAGE_LINKS = ['共', '已', '均', '累计', '全部'] as const;

/** Qualifiers that state a level reached, a total: never one part of a sum (托位数达到1010个). */
export const LEVEL_QUALIFIERS = ['达到', '达', '提高到'] as const;

/** Multipliers that count people or things when a noun follows with no measure word (800万以上困难群众). */
export const COUNT_MULTIPLIERS = ['万亿', '万', '亿'] as const;

/** The word of an amount added this year (新增50亿元): an increase comparator like 增加 and 增长. */
export const NEW_WORD = '新增';

/** A figure stated as a total: never the first of several parts to add (累计, 共计…). */
export const TOTAL_WORDS = ['累计'] as const;
/** Qualifiers of a reported figure that make it approximate: below (近), above (余…), about (约…). */
export const APPROX_BELOW = ['近'] as const;
export const APPROX_ABOVE = ['余', '多', '超', '超过', '突破', '以上'] as const;
export const APPROX_ABOUT = ['约', '左右', '上下'] as const;

/** The comparator a qualifier after the figure gives (GLOSSARY: comparators). */
export const AFTER_COMPARATORS: Readonly<Record<string, Comparator>> = {
  以上: '>=',
  余: '>=',
  多: '>=',
  以内: '<=',
  以下: '<=',
  左右: '~',
  上下: '~',
};
/** The comparator a qualifier before the figure gives. */
export const BEFORE_COMPARATORS: Readonly<Record<string, Comparator>> = {
  不低于: '>=',
  不少于: '>=',
  至少: '>=',
  达到: '>=',
  达: '>=',
  突破: '>=',
  力争: '>=',
  超过: '>',
  超: '>',
  高于: '>',
  低于: '<=',
  控制在: '<=',
  压缩至: '<=',
  下降到: '<=',
  降到: '<=',
  降至: '<=',
  提高到: '>=',
  稳定在: '=',
  保持在: '=',
  约: '~',
  近: '~',
  '>': '>',
  '=': '=',
};

/** What is measured of a thing: a result measuring another (投资 against 增加值) reports on something else. */
export const MEASURES = ['增加值', '投资', '收入', '税收', '产量', '能耗'] as const;
/** Words for a container of the thing counted: 停车位项目12个 counts projects, not parking spaces. */
export const CONTAINERS = ['项目', '工程', '企业', '单位'] as const;

/** Words at the edges of a figure's own words that name nothing by themselves (同比增长12%, 其中…). */
export const CONTEXT_LEADS = ['同比', '其中'] as const;
export const CONTEXT_TAILS = ['增长', '增速', '下降', '为', '达到', '达'] as const;
/** Units of rates and shares: a change in them is never an amount added. */
export const RATE_UNITS = ['%', '％', '‰', '个百分点', '百分点'] as const;
/** Administrative levels (国家级, 省级…, 市级及以上), matched apart from the words of a subject. */
export const LEVEL_NAMES = ['国家', '省', '市', '区', '镇'] as const;
export const LEVEL_MARK = '级';
export const AND_ABOVE = ['及以上', '以上'] as const;
/** How a subject lists several things (A、B和C): the separators, as a regular expression source. */
export const LIST_SPLIT = '、|以及|(?<![惠涉普波危顾提])及(?!时)|(?<![平温共调])和(?![谐美])|(?<![参给])与' as const;
/** Endings that already say a subject is a change (地区生产总值增长). */
export const CHANGE_SUBJECT_TAILS = ['增长', '下降', '增速'] as const;

/** Words at the start of a subject that are not part of the thing counted (besides verbs and qualifiers). */
export const SUBJECT_LEADING = [
  '保持',
  '确保',
  '全年',
  '本年度',
  '累计',
  '同比',
  '共',
  '全区',
  '和',
  '及',
  '与',
  '并',
  '、',
  '动态',
  '持续',
  '加快',
  '进一步',
  '积极',
  '全力',
  '再',
  '其中',
  '已',
  '均',
  '另',
  '实现了',
  '(',
  '（',
  ')',
  '）',
  '等',
] as const;
/** Words at the end of a subject that are not part of the thing counted (besides changes and qualifiers). */
export const SUBJECT_TRAILING = [
  '同比',
  '为',
  '是',
  '的',
  '共',
  '、',
  '和',
  '及',
  '了',
  '均',
  '已',
  '(',
  '（',
  '：',
  ':',
] as const;
/** Verbs that split an actor from the thing counted when they stand inside the words before a figure. */
export const INNER_VERBS = [
  '新增',
  '新建',
  '新改建',
  '建成',
  '完成',
  '实施',
  '培育',
  '引进',
  '招引',
  '新开工',
  '开放',
  '创建',
  '认定',
] as const;
/** Words that name a measure of the thing rather than the thing (造林面积 counts 造林). */
export const GENERIC_TAILS = ['面积', '数量', '规模', '人数', '总额', '时间', '数'] as const;

/** 余/多 may stand between the number and its multiplier or unit (200余场, 1400余万元). */
export const INNER_APPROX = ['余', '多'] as const;
/** Single-character approximators that belong to the figure's span: 近500名, 超1.7万次, 约600人次. */
export const ATTACHED_PREFIXES = ['近', '约', '超'] as const;
/** Connectives that carry a change over to the next figure (分别增长6%和7%). */
export const CHANGE_CONNECTIVES = ['和', '与', '及', '、'] as const;
/** Marks and words around a number that make it a name, a date or a span of time, not a quantity. */
export const ORDINAL_MARK = '第';
export const ONE = '一';
export const DATE_UNITS = ['年', '月', '日', '号'] as const;
export const HOUR_UNIT = '时';
export const RANGE_MARKS = ['-', '~', '—', '至', '到'] as const;
/** Kept without a fixture row, for safety: without them 3个月 would read as 3个, 百分之95 as nothing. */
export const MONTHS = '个月';
export const PERCENT_WORD = '百分之';
export const PHASE_UNIT = '期';
export const NAME_AFTER = ['号', '期', '级', '代', '版', '届'] as const;

/** After 等 the category is the subject (百姓健身房、运动场等体育基础设施). */
export const EXAMPLES_MARK = '等';
/** 省市级: both the provincial and the city level. */
export const PROVINCE_AND_CITY = '省市';

/** Words after a figure that make it a count of sites for the thing, not of the thing (10处城市书房点位). */
export const SITE_WORDS = ['点位'] as const;
