import { bigrams, multisetSize, scoreFromCounts } from './similarity.ts';

/**
 * At or above this similarity a target is read as the same task carried over. Measured on the
 * synthetic fixture years against the 2024 table: rewordings of one promise score 0.59–1, the
 * closest unrelated pairs 0.23; inside the 2024 table two different short targets built on one
 * template (防范金融领域风险 / 防范欠薪领域风险) reach 0.57 — the score is shown, so a reader can judge.
 */
export const LINK_THRESHOLD = 0.45;

/** A nearest miss below this is noise (texts sharing a word or two) and is not shown. */
export const NEAREST_FLOOR = 0.2;

/** What linking needs of a task: its year, 编号 (and id, “12.3” for a sub-item) and target text. */
export interface LinkableTask {
  year: number;
  number: number;
  /** The task's id; sub-items share a 编号, so links name tasks by id. Defaults to the 编号. */
  id?: string;
  target: string;
}

/** A task of another year and how similar its target is. */
export interface Counterpart {
  year: number;
  number: number;
  /** The task's id (“12”, sub-item “12.3”): what identifies it, since sub-items share a 编号. */
  id: string;
  score: number;
}

/** Links between two years' tasks: accepted pairs and, for unmatched tasks, the nearest miss. */
export interface YearLinks {
  from: number;
  to: number;
  threshold: number;
  /** Pairs at or above the threshold, one-to-one, in `to`-year order. */
  pairs: { from: Counterpart; to: Counterpart }[];
  /** `to`-year tasks with no counterpart in `from` (新增), with the closest `from` task if any. */
  added: { task: Counterpart; nearest?: Counterpart }[];
  /** `from`-year tasks with no counterpart in `to` (未延续), with the closest `to` task if any. */
  dropped: { task: Counterpart; nearest?: Counterpart }[];
}

/**
 * Link the tasks of two years one-to-one: all pairs scored by target similarity, then accepted
 * greedily from the highest score down (ties: lower 编号 first), so that two tasks never claim the
 * same counterpart. Deterministic for the same inputs.
 */
export function linkYears(fromTasks: LinkableTask[], toTasks: LinkableTask[], threshold = LINK_THRESHOLD): YearLinks {
  const from = fromTasks[0]?.year ?? NaN;
  const to = toTasks[0]?.year ?? NaN;
  const scores = allScores(
    fromTasks.map((t) => bigrams(t.target)),
    toTasks.map((t) => bigrams(t.target)),
  );
  const candidates: [number, number, number][] = [];
  scores.forEach((row, i) => row.forEach((s, j) => s >= threshold && candidates.push([s, i, j])));
  candidates.sort((a, b) => b[0] - a[0] || a[2] - b[2] || a[1] - b[1]);
  const usedFrom = new Map<number, number>();
  const usedTo = new Map<number, number>();
  for (const [, i, j] of candidates) {
    if (usedFrom.has(i) || usedTo.has(j)) continue;
    usedFrom.set(i, j);
    usedTo.set(j, i);
  }
  const cp = (t: LinkableTask, score: number): Counterpart => ({
    year: t.year,
    number: t.number,
    id: t.id ?? String(t.number),
    score,
  });
  const nearest = (others: LinkableTask[], row: number[]): Counterpart | undefined => {
    let best = -1;
    row.forEach((s, k) => (best < 0 || s > row[best]!) && (best = k));
    return best >= 0 && row[best]! >= NEAREST_FLOOR ? cp(others[best]!, row[best]!) : undefined;
  };
  const column = (j: number): number[] => scores.map((row) => row[j]!);
  const pairs = toTasks.flatMap((t, j) => {
    const i = usedTo.get(j);
    return i === undefined ? [] : [{ from: cp(fromTasks[i]!, scores[i]![j]!), to: cp(t, scores[i]![j]!) }];
  });
  const added = toTasks.flatMap((t, j) =>
    usedTo.has(j) ? [] : [{ task: cp(t, 0), nearest: nearest(fromTasks, column(j)) }],
  );
  const dropped = fromTasks.flatMap((t, i) =>
    usedFrom.has(i) ? [] : [{ task: cp(t, 0), nearest: nearest(toTasks, scores[i]!) }],
  );
  return { from, to, threshold, pairs, added, dropped };
}

/**
 * scores[i][j] = score(from[i], to[j]) for every pair. All pairs of two 200-task years are 40,000
 * scores: instead of walking both maps per pair, index the `from` bigrams once and add up
 * |A∩B| only for the pairs that share a bigram (the rest score 0, as `score` would give).
 */
function allScores(from: Map<string, number>[], to: Map<string, number>[]): number[][] {
  const index = new Map<string, { i: number; n: number }[]>();
  from.forEach((grams, i) => {
    for (const [g, n] of grams) {
      const list = index.get(g);
      if (list) list.push({ i, n });
      else index.set(g, [{ i, n }]);
    }
  });
  const fromSize = from.map(multisetSize);
  const scores = from.map(() => new Array<number>(to.length).fill(0));
  const common = new Array<number>(from.length);
  to.forEach((grams, j) => {
    common.fill(0);
    for (const [g, n] of grams) for (const hit of index.get(g) ?? []) common[hit.i]! += Math.min(hit.n, n);
    const toSize = multisetSize(grams);
    for (let i = 0; i < from.length; i++)
      if (common[i]! > 0) scores[i]![j] = scoreFromCounts(common[i]!, fromSize[i]!, toSize);
  });
  return scores;
}

/** A task's counterparts in the previous and next linked year (undefined: no such year). */
export interface TaskCounterparts {
  prev?: { year: number; match: Counterpart | null; nearest?: Counterpart };
  next?: { year: number; match: Counterpart | null; nearest?: Counterpart };
}

/** Look up one task's counterparts from the links of adjacent year pairs. */
export function counterpartsOf(year: number, task: number | string, links: YearLinks[]): TaskCounterparts {
  const id = String(task);
  const result: TaskCounterparts = {};
  const back = links.find((l) => l.to === year);
  if (back) {
    const pair = back.pairs.find((p) => p.to.id === id);
    result.prev = {
      year: back.from,
      match: pair ? pair.from : null,
      ...withNearest(back.added.find((a) => a.task.id === id)?.nearest),
    };
  }
  const fwd = links.find((l) => l.from === year);
  if (fwd) {
    const pair = fwd.pairs.find((p) => p.from.id === id);
    result.next = {
      year: fwd.to,
      match: pair ? pair.to : null,
      ...withNearest(fwd.dropped.find((d) => d.task.id === id)?.nearest),
    };
  }
  return result;
}

const withNearest = (n: Counterpart | undefined) => (n ? { nearest: n } : {});
