import { clauseEnd, clauseStart } from './clauses.ts';
import { basisOf, type BasisReading } from './basis.ts';
import type { Found } from './quantities.ts';
import { bigrams, coverage, head, levelsOf, namesNothing } from './subject.ts';
import type { TargetMetric } from './target-metrics.ts';
import {
  AND_ABOVE,
  CONTAINERS,
  CONTEXT_LEADS,
  CONTEXT_TAILS,
  LEVEL_MARK,
  LEVEL_NAMES,
  LIST_SPLIT,
  MEASURES,
  NEW_WORD,
  RATE_UNITS,
  SITE_WORDS,
  alternation,
} from './lexicon.ts';
import { canonical } from './thesaurus.ts';
import { compatibleUnits } from './units.ts';

/**
 * Which completion figures could report on a target metric, and how well their words name its
 * subject. pairing.ts chooses among them.
 */
/** Share of the target subject that must be named near a result for the two to pair. */
export const MIN_COVERAGE = 0.5;
/** Without the subject's head word (床位, 企业) near the result, this much must be named. */
export const MIN_COVERAGE_HEADLESS = 0.75;

const CONTEXT_LEAD = new RegExp(`^(${alternation(CONTEXT_LEADS)})`);
const CONTEXT_TAIL = new RegExp(`(${alternation(CONTEXT_TAILS)})$`);
const LEVELS = new RegExp(`(${alternation(LEVEL_NAMES)})${LEVEL_MARK}(${alternation(AND_ABOVE)})?`, 'g');

export interface Candidate {
  q: Found;
  score: number;
  /** Which listed part of the target subject it names (-1: the subject as a whole). */
  part: number;
  basis: BasisReading;
  context: string;
}

/**
 * The words around a result: from the previous figure (or clause start) to the next figure (or
 * clause end). When the words before it are too few to name anything (占比40.3%, 同比增长12%), the
 * previous clause of the sentence is included: it names what the share or growth is of.
 */
export function contextOf(text: string, all: Found[], i: number): string {
  const q = all[i]!;
  const prev = all[i - 1];
  // A figure right before this one with no punctuation between describes its subject (50万元以上的村占比86%).
  const attribute =
    prev &&
    prev.end > q.clause &&
    !/[、,，;；。]/.test(text.slice(prev.end, q.start)) &&
    text.slice(prev.end, q.start).length > 0;
  let from = prev && prev.end > q.clause && !attribute ? prev.end : q.clause;
  const next = all[i + 1];
  let to = Math.min(clauseEnd(text, q.end), next ? next.start : text.length);
  const stop = text.slice(q.end, to).search(/[、(（]/);
  if (stop >= 0) to = q.end + stop;
  const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');
  const before = han(text.slice(from, q.start)).replace(CONTEXT_LEAD, '').replace(CONTEXT_TAIL, '');
  const open = bracketOpen(text, q.start);
  // A growth is often stated after the level it grows (生产总值812.6亿元,按可比价计算增长5.8%).
  const growthAfterLevel = q.direction !== 0 && q.clause > q.sentence && from === q.clause;
  if (open >= 0)
    from = Math.max(from, open + 1); // a breakdown in brackets speaks only of its own items
  else if (growthAfterLevel) from = clauseStart(text, q.clause - 1);
  else if ((before.length < 3 || namesNothing(text.slice(from, q.start))) && han(text.slice(q.end, to)).length < 2) {
    if (from > q.clause) from = q.clause;
    else if (q.clause > q.sentence) from = clauseStart(text, q.clause - 1);
  }
  return text.slice(from, q.start) + ' ' + text.slice(q.end, to);
}

/** Offset of the unclosed bracket before `at`, or -1 when `at` is not inside brackets. */
export function bracketOpen(text: string, at: number): number {
  const stack: number[] = [];
  for (let k = 0; k < at; k++) {
    if (text[k] === '(' || text[k] === '（') stack.push(k);
    else if ((text[k] === ')' || text[k] === '）') && stack.length > 0) stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1]! : -1;
}

/** Can result `c` report on target `t` at all: like units, and a change only against a change? */
export function comparable(t: TargetMetric, c: Found): boolean {
  if (!compatibleUnits(t.q.unit, c.unit)) return false;
  if ((t.q.direction === 0) === (c.direction === 0)) return true;
  // 新增贷款50亿元 against 比年初增加61亿元: for amounts (not rates) an increase is what is added.
  return isIncreaseOf(t, c);
}

const RATES = new Set<string>([...RATE_UNITS, '']);

/**
 * 增加, 新增 and 增长 of an amount are one comparator: an increase (增加61亿元) reports on a target of adding
 * (新增50亿元), and an amount added (新增61亿元) on a target of increasing (增加50亿元).
 */
export function isIncreaseOf(t: TargetMetric, c: Found): boolean {
  if (RATES.has(c.unit) || RATES.has(t.q.unit)) return false;
  const added = (q: Found) => q.basisWords.includes(NEW_WORD);
  return (t.q.direction === 0 && added(t.q) && c.direction > 0) || (t.q.direction > 0 && c.direction === 0 && added(c));
}

/** Administrative levels are matched by otherLevel, not as words of the subject (省级以上体育赛事 → 体育赛事). */
export function stripLevels(text: string): string {
  return text.replace(LEVELS, '');
}

function named(subject: string, context: string): number {
  subject = canonical(stripLevels(subject) || subject);
  context = canonical(stripLevels(context));
  const s = coverage(subject, context);
  const h = head(subject);
  const headHere = h.length > 0 && context.includes(h);
  if (bigrams(subject).size <= 1) return headHere ? 1 : 0;
  return s >= MIN_COVERAGE && (headHere || s >= MIN_COVERAGE_HEADLESS) ? s : 0;
}

/**
 * A subject that lists things (“散乱污”企业和高耗低效企业, 高耗低效、低散乱污企业) names each of them:
 * the parts, each with the list's head word (企业) when it lacks one.
 */
export function subjectParts(core: string): string[] {
  // 老年食堂(助餐点): the bracket gives another name of the same kind of thing.
  const alt = /^(.+?)[(（](.+?)[)）]$/.exec(core);
  if (alt) return [alt[1]!, alt[2]!];
  // 和/及/与 join a list only as words of their own (not in 惠及, 参与, 和谐).
  const parts = core
    .split(new RegExp(LIST_SPLIT))
    .map((p) => p.trim())
    .filter((p) => p.replace(/[^\p{Script=Han}]/gu, '').length >= 2);
  if (parts.length < 2) return [];
  const h = head(parts[parts.length - 1]!);
  return parts.map((p) => (p.endsWith(h) ? p : p + h));
}

/** Does the context name another administrative level than the target (市级 against 国家级)? */
function otherLevel(t: TargetMetric, context: string): boolean {
  const want = levelsOf(t.core);
  const got = levelsOf(context);
  return want.size > 0 && got.size > 0 && ![...got].some((l) => want.has(l));
}

function otherMeasure(t: TargetMetric, context: string): boolean {
  const want = MEASURES.filter((m) => t.core.includes(m));
  return want.length > 0 && !want.some((m) => context.includes(m)) && MEASURES.some((m) => context.includes(m));
}

/** Does the figure count a container (the word right before it) that the target does not count? */
function countsContainer(t: TargetMetric, completion: string, q: Found): boolean {
  const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');
  const before = han(completion.slice(q.clause, q.start));
  // …or the words after it name the container (已选定10处城市书房点位 counts sites, not reading rooms).
  const after = han(completion.slice(q.end, clauseEnd(completion, q.end)).split(/[、(（]/)[0]!);
  const c = CONTAINERS.find((w) => before.endsWith(w)) ?? SITE_WORDS.find((w) => after.endsWith(w));
  return !!c && !t.core.endsWith(c);
}

/** Reasons a figure cannot report on the target however many words it shares. */
export function reportsOnOther(t: TargetMetric, completion: string, q: Found, context: string): boolean {
  return otherLevel(t, context) || otherMeasure(t, context) || countsContainer(t, completion, q);
}

export function scoreOf(t: TargetMetric, context: string): { score: number; part: number } {
  if (otherLevel(t, context)) return { score: 0, part: -1 };
  const whole = named(t.core, context);
  let best = { score: whole, part: -1 };
  subjectParts(t.core).forEach((p, i) => {
    const s = named(p, context);
    if (s > best.score + 1e-9) best = { score: s, part: i };
  });
  return best;
}

/** A figure whose own words end in the subject's head word must still name this share of the subject. */
export const MIN_COVERAGE_LOOSE = 0.25;

/**
 * When no figure names enough of the subject, figures whose words contain the subject's head word
 * (接待国内外游客 → 接待游客…万人次; 体育赛事 → 国家级赛事3场、省级赛事9场) still report on it: those
 * whose own words end in the head word, naming at least MIN_COVERAGE_LOOSE of the subject.
 * One such figure is the result; several in one sentence are its parts; otherwise none.
 */
export function looseCandidates(t: TargetMetric, completion: string, all: Found[]): Candidate[] {
  const core = canonical(stripLevels(t.core));
  const h = head(core);
  if (h.length < 2) return [];
  const hits: Candidate[] = [];
  all.forEach((q, i) => {
    if (!comparable(t, q)) return;
    const context = contextOf(completion, all, i);
    const score = coverage(core, canonical(stripLevels(context)));
    // The head word closes the figure's own words: 接待游客|1023.5万人次, 两条|特色街区.
    const post = completion.slice(q.end).split(/[,，;；。、(（]/)[0]!;
    const adjacent =
      canonical(completion.slice(q.clause, q.start)).replace(/\s+$/, '').endsWith(h) ||
      (post.length <= 8 && canonical(post).endsWith(h));
    if (adjacent && score >= MIN_COVERAGE_LOOSE && !reportsOnOther(t, completion, q, context))
      hits.push({ q, score, part: -1, basis: basisOf(t.q.basisWords, q, t.stage), context });
  });
  // 立项…石化行业项10个、关键基础件行业数字化改造项目17个 against 石化行业数改项目: when another figure of
  // the same sentence is named at least as well, the loose match is a guess, and no figure is taken.
  const named = (i: number) => coverage(core, canonical(stripLevels(contextOf(completion, all, i))));
  const contested = (c: Candidate) =>
    all.some(
      (q, i) =>
        !hits.some((h) => h.q === q) && q.sentence === c.q.sentence && comparable(t, q) && named(i) >= c.score - 1e-9,
    );
  const kept = hits.filter((c) => !contested(c));
  if (kept.length <= 1) return kept;
  hits.splice(0, hits.length, ...kept);
  const [first] = hits;
  return hits.every((c) => c.q.sentence === first!.q.sentence && c.q.unit === first!.q.unit) ? hits : [];
}
