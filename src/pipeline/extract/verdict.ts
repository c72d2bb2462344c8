import type { Comparator, Verdict } from '../../schema/index.ts';

/** Issue 3 item 4: for `~` (左右) a result below the target is met only within this share of it. */
export const TOLERANCE = 0.05;
/** 近/余/超 make a reported figure approximate by about this much. */
const APPROX = 0.1;
const EPS = 1e-9;

export interface VerdictInput {
  target: { value: number; comparator: Comparator; decimals: number; direction: -1 | 0 | 1; unitLabel: string };
  /** The result in the target's unit, or null when none is reported. */
  actual: { value: number; qualifiers: readonly string[]; direction: -1 | 0 | 1 } | null;
  /** True when the basis is `same`. */
  sameBasis: boolean;
  basisReason: string;
}

export interface VerdictReading {
  verdict: Verdict;
  reason: string;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Which way the reported figure may be off: 近 (nearly: below), 余/多/超 (more than), 约/左右 (about). */
function approxOf(qualifiers: readonly string[]): 'less' | 'more' | 'about' | null {
  if (qualifiers.includes('近')) return 'less';
  if (qualifiers.some((w) => ['余', '多', '超', '超过', '逾', '突破', '以上'].includes(w))) return 'more';
  if (qualifiers.some((w) => ['约', '左右', '上下'].includes(w))) return 'about';
  return null;
}

/**
 * The written verdict rules. A false `met` is the worst error, so every doubt — no figure, another
 * basis, an approximate figure near the line — gives `unclear`.
 */
export function verdictOf(input: VerdictInput): VerdictReading {
  const { target: t, actual } = input;
  if (!actual) return { verdict: 'unclear', reason: '没有可比较的结果，无法判断是否达到' };
  if (!input.sameBasis) return { verdict: 'unclear', reason: `${input.basisReason}，不作达标判断` };
  const a = actual.value;
  const v = t.value;
  const u = t.unitLabel;
  if (t.direction !== 0 && actual.direction === -t.direction && a > 0) {
    return {
      verdict: 'not_met',
      reason: `目标为${t.direction > 0 ? '增长' : '下降'}，完成情况为${actual.direction > 0 ? '增长' : '下降'}`,
    };
  }
  const approx = approxOf(actual.qualifiers);
  const said = `报告${fmt(a)}${u}${approx === 'less' ? '（近似，可能略低）' : approx === 'more' ? '（以上）' : approx === 'about' ? '（约数）' : ''}`;
  // 近 may be a little below, 余/超 a little above; 约 is the best estimate and taken as written.
  const low = approx === 'less' ? a * (1 - APPROX) : a;
  const high = approx === 'more' ? a * (1 + APPROX) : a;
  const atLeast = (floor: number, strict: boolean, what: string): VerdictReading => {
    const pass = (x: number) => (strict ? x > floor + EPS : x >= floor - EPS);
    if (pass(low) || (strict && approx === 'more' && a >= floor - EPS))
      return { verdict: 'met', reason: `${what}，${said}，达到目标` };
    if (!pass(high)) return { verdict: 'not_met', reason: `${what}，${said}，低于目标` };
    return { verdict: 'unclear', reason: `${what}，${said}，近似数字无法确定是否达到` };
  };
  switch (t.comparator) {
    case '>=':
      return atLeast(v, false, `目标不低于${fmt(v)}${u}`);
    case '>':
      return atLeast(v, true, `目标超过${fmt(v)}${u}`);
    case '~': {
      const floor = v - Math.abs(v) * TOLERANCE;
      return atLeast(
        floor,
        false,
        `目标${fmt(v)}${u}左右（低于目标时允许偏差${TOLERANCE * 100}%，即不低于${fmt(floor)}${u}）`,
      );
    }
    case '<=':
    case '<': {
      const strict = t.comparator === '<';
      const what = `目标${strict ? '低于' : '不超过'}${fmt(v)}${u}`;
      const pass = (x: number) => (strict ? x < v - EPS : x <= v + EPS);
      if (pass(high)) return { verdict: 'met', reason: `${what}，${said}，符合目标` };
      if (!pass(low)) return { verdict: 'not_met', reason: `${what}，${said}，超出目标` };
      return { verdict: 'unclear', reason: `${what}，${said}，近似数字无法确定是否符合` };
    }
    case '=': {
      const half = 0.5 * 10 ** -t.decimals;
      const what = `目标为${fmt(v)}${u}`;
      if (approx === null && Math.abs(a - v) <= half + EPS)
        return { verdict: 'met', reason: `${what}，${said}，与目标一致` };
      if (high < v - half - EPS) return { verdict: 'not_met', reason: `${what}，${said}，低于目标` };
      return { verdict: 'unclear', reason: `${what}，${said}，与目标不完全一致，是否符合需人工判断` };
    }
  }
}
