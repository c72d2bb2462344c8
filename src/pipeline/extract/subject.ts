import {
  AND_ABOVE,
  EXAMPLES_MARK,
  LEVEL_MARK,
  LEVEL_NAMES,
  PROVINCE_AND_CITY,
  alternation,
  FALL_WORDS,
  FLOOR_VERBS,
  GENERIC_TAILS,
  INNER_VERBS,
  PREFIX_QUALIFIERS,
  RISE_WORDS,
  SUBJECT_LEADING,
  SUBJECT_TRAILING,
  longestFirst,
} from './lexicon.ts';
import type { Found } from './quantities.ts';

/**
 * The thing a figure counts. Chinese puts it before the number (公交候车亭30个) or after the unit
 * (建成3个嵌入式养老小微机构); verbs, qualifiers and connectives at its edges are not part of it.
 */

const LEADING = longestFirst([...FLOOR_VERBS, ...PREFIX_QUALIFIERS, ...SUBJECT_LEADING]);
const TRAILING = longestFirst([...RISE_WORDS, ...FALL_WORDS, ...PREFIX_QUALIFIERS, ...SUBJECT_TRAILING]);
/** Verbs that split an actor from the thing counted when they stand inside the words before a figure. */
/** Verbs inside a subject (lexicon: INNER_VERBS), longest first. */
const INNER = longestFirst(INNER_VERBS);
const STOP_AFTER = /[,，;；。:：!！?？\n、(（]/;

function stripEdges(s: string, start: number): { start: number; end: number } {
  let a = 0;
  let b = s.length;
  for (let changed = true; changed;) {
    changed = false;
    const lead = LEADING.find((w) => s.startsWith(w, a) && a + w.length <= b);
    if (lead) {
      a += lead.length;
      changed = true;
    }
    const trail = TRAILING.find((w) => b - w.length >= a && s.slice(b - w.length, b) === w);
    if (trail) {
      b -= trail.length;
      changed = true;
    }
  }
  while (a < b && /\s/.test(s[a]!)) a++;
  while (b > a && /\s/.test(s[b - 1]!)) b--;
  return { start: start + a, end: start + b };
}

/** Do these words name nothing once verbs, qualifiers and connectives are stripped (已基本建成, 同比增长)? */
export function namesNothing(words: string): boolean {
  const r = stripEdges(words, 0);
  return words.slice(r.start, r.end).replace(/[^\p{Script=Han}A-Za-z]/gu, '').length < 2;
}

/**
 * The subject of figure `q` as a verbatim range: the words before it in its clause (after the
 * previous figure), or else the words after its unit up to the next punctuation. After 等 the
 * category is the subject (百姓健身房、运动场等体育基础设施 → 体育基础设施). Null when neither side names anything.
 */
export function subjectRange(text: string, q: Found, from: number): { start: number; end: number } | null {
  const preEnd = q.numStart - (q.qualifiers.find((w) => text.endsWith(w, q.numStart))?.length ?? 0);
  let pre = stripEdges(text.slice(from, preEnd), from);
  // 打造陈倪路等4个特色商业街区: the examples come before 等, the thing counted after the unit.
  if (text.slice(from, preEnd).trimEnd().endsWith(EXAMPLES_MARK)) pre = { start: pre.end, end: pre.end };
  const deng = text.lastIndexOf(EXAMPLES_MARK, pre.end - 1);
  if (deng >= pre.start && pre.end - deng > 2) pre = stripEdges(text.slice(deng + 1, pre.end), deng + 1);
  // 区人民医院新增床位300张: the actor comes before the verb, the thing counted after it.
  const words = text.slice(pre.start, pre.end);
  for (const v of INNER) {
    const at = words.lastIndexOf(v);
    if (at > 0 && pre.end - (pre.start + at + v.length) >= 2) {
      pre = { start: pre.start + at + v.length, end: pre.end };
      break;
    }
  }
  if (pre.end - pre.start >= 2) return pre;
  let stop = q.end;
  while (stop < text.length && !STOP_AFTER.test(text[stop]!) && stop - q.end < 30) stop++;
  const post = stripEdges(text.slice(q.end, stop), q.end);
  return post.end - post.start >= 2 ? post : null;
}

/** Character bigrams of each run of Han characters and letters (punctuation and digits split runs). */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of s.split(/[^\p{Script=Han}A-Za-z]+/u)) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    if (run.length === 1) out.add(run);
  }
  return out;
}

/** Share of the subject's bigrams found in the context (0..1): how much of the thing is named there. */
export function coverage(subject: string, context: string): number {
  const s = bigrams(subject);
  if (s.size === 0) return 0;
  const c = bigrams(context);
  let hit = 0;
  for (const b of s) if (c.has(b)) hit++;
  return hit / s.size;
}

/** Words that name a measure of the thing rather than the thing (造林面积 counts 造林). */

/** The head of a subject: its last two Han characters (床位, 企业, 住房), the thing counted. */
export function head(subject: string): string {
  let han = subject.replace(/[^\p{Script=Han}]/gu, '');
  const tail = GENERIC_TAILS.find((w) => han.endsWith(w) && han.length - w.length >= 2);
  if (tail) han = han.slice(0, -tail.length);
  return han.slice(-2);
}

const LEVEL_WORDS = new RegExp(
  `(${alternation([PROVINCE_AND_CITY, ...LEVEL_NAMES])})(${LEVEL_MARK})?(${alternation(AND_ABOVE)})?`,
  'g',
);

/** Administrative levels a subject names: 省市级 → 省级+市级; 市级及以上 → 市级, 省级, 国家级. */
export function levelsOf(text: string): Set<string> {
  const order = [...LEVEL_NAMES].reverse().map((n) => n + LEVEL_MARK);
  const out = new Set<string>();
  const add = (level: string, andAbove: boolean) => {
    const i = order.indexOf(level);
    for (const l of andAbove ? order.slice(i) : [level]) out.add(l);
  };
  for (const m of text.matchAll(LEVEL_WORDS)) {
    if (!m[2] && !m[3]) continue;
    const above = !!m[3];
    if (m[1] === PROVINCE_AND_CITY) {
      for (const [k, c] of [...PROVINCE_AND_CITY].entries()) add(c + LEVEL_MARK, k === 0 && above);
    } else add(m[1] + LEVEL_MARK, above);
  }
  return out;
}
