/**
 * The Chinese sentences of the pipeline's reasons, in one place (issue 14 point 6): what a careful
 * editor would sign. Quotes nest as “…‘…’…” (GB/T 15834); a figure is quoted as the source writes
 * it; no reason restates its own evidence as its conclusion.
 */
import { stageName, type StageReading } from './stage.ts';

/** Quote a piece of source text with “”, turning quotes inside it into ‘’. */
export function quote(text: string): string {
  return `“${text.replace(/[“"]/g, '‘').replace(/[”]/g, '’')}”`;
}

export const reasons = {
  estimated: (w: string) => `完成情况写的是${quote(w)}数，不是实际结果`,
  cumulative: (w: string) => `完成情况报告的是${quote(w)}数，目标是当年数，口径不同`,
  earlierStage: (figure: string, stage: StageReading, need: StageReading) =>
    `完成情况中的${quote(figure)}还在${quote(stage.word)}阶段（${stageName(stage.index)}），` +
    `早于目标要求的${need.word ? quote(need.word) : '完成'}，是进度，不是结果`,
  extra: (w: string) => `完成情况中这个数字是${quote(w)}的部分，不计入结果`,
  part: (w: string) => `这个数字是${quote(w)}所指的一部分，不是目标的全部`,
  sameBasis: '完成情况的数字与目标口径一致',
};

export const statusReasons = {
  volumeOnly: (phrases: string[]) =>
    `没有量化指标；完成情况中的${phrases.slice(0, 3).map(quote).join('、')}说的是完成了多少，` +
    '不表示任务已经完成，也没有表示仍在进行的用语',
};

export const pairingReasons = {
  none: (subject: string) => `完成情况中没有与${quote(subject)}对应、单位可比的数字`,
  sum: (n: number, subject: string) => `完成情况分${n}项报告${quote(subject)}，口径相同，合计后与目标比较`,
  listedPart: (part: string) => `完成情况只报告了目标所列${quote(part)}这一部分`,
  names: (figure: string, subject: string) => `完成情况中${quote(figure)}所在语句提到${quote(subject)}`,
  noResult: '完成情况未报告对应数字',
  partsSame: '各部分口径一致',
  bare: (number: string, unit: string) =>
    `完成情况只写了数字${quote(number)}，没有单位，按目标的单位${quote(unit)}读作${number}${unit}`,
  bareBasis: '',
};

/** How a target's figure is compared, said from the word that decides it (never “依据‘左右’读作左右”). */
export function comparatorReason(
  figure: string,
  comparator: string,
  word: string,
  kind: 'qualifier' | 'verb' | 'change' | 'none',
  tolerance: number,
): string {
  const rule: Record<string, string> = {
    '>=': '结果不低于目标即达到',
    '>': '结果须超过目标',
    '<=': '结果不超过目标即符合',
    '<': '结果须低于目标',
    '~': `是约数：结果比目标低不超过目标的${Math.round(tolerance * 100)}%也算达到`,
    '=': '结果与目标一致才算达到',
  };
  const head = `目标${quote(figure)}`;
  if (kind === 'none') return `${head}前后没有限定词，${rule[comparator]}`;
  if (kind === 'verb') return `${head}是${quote(word)}的数量，${rule[comparator]}`;
  if (kind === 'change') return `${head}是${quote(word)}的幅度，${rule[comparator]}`;
  return `${head}写明${quote(word)}，${rule[comparator]}`;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** The sentences of the verdict rules (verdict.ts). */
export const verdictReasons = {
  noResult: '没有可比较的结果，无法判断是否达到',
  otherBasis: (basisReason: string) => `${basisReason}，不作达标判断`,
  wrongWay: (target: 1 | -1, actual: 1 | -1) =>
    `目标为${target > 0 ? '增长' : '下降'}，完成情况为${actual > 0 ? '增长' : '下降'}`,
  /** The result as the source writes it; converted into the target's unit when the units differ. */
  said: (text: string, value: number, unit: string, sameUnit: boolean, approx: 'less' | 'more' | 'about' | null) => {
    const written = text === '' ? `${fmt(value)}${unit}` : /[0-9０-９]$/.test(text) ? `${text}${unit}` : quote(text);
    const converted = sameUnit || text === '' ? '' : `，折合${fmt(value)}${unit}`;
    const note =
      approx === 'less'
        ? '（近数，可能略低）'
        : approx === 'more'
          ? '（多于此数）'
          : approx === 'about'
            ? '（约数）'
            : '';
    return `报告${written}${note}${converted}`;
  },
  floor: (v: number, u: string, strict: boolean) => `目标${strict ? '超过' : '不低于'}${fmt(v)}${u}`,
  about: (v: number, u: string, tolerance: number, floor: number) =>
    `目标${fmt(v)}${u}左右：比目标低不超过目标的${Math.round(tolerance * 100)}%（即不低于${fmt(floor)}${u}）都算达到`,
  ceiling: (v: number, u: string, strict: boolean) => `目标${strict ? '低于' : '不超过'}${fmt(v)}${u}`,
  equal: (v: number, u: string) => `目标为${fmt(v)}${u}`,
  met: (what: string, said: string) => `${what}，${said}，达到目标`,
  below: (what: string, said: string) => `${what}，${said}，低于目标`,
  approxFloor: (what: string, said: string) => `${what}，${said}，近似数字无法确定是否达到`,
  within: (what: string, said: string) => `${what}，${said}，符合目标`,
  over: (what: string, said: string) => `${what}，${said}，超出目标`,
  approxCeiling: (what: string, said: string) => `${what}，${said}，近似数字无法确定是否符合`,
  equalMet: (what: string, said: string) => `${what}，${said}，与目标一致`,
  /** A result written as a bound (不超过5%): how far from it the real figure lies is not said. */
  boundOnly: (what: string, said: string) => `${what}，${said}只是一个界限，不是实际数值，无法判断是否达到`,
  notEqual: (what: string, said: string) => `${what}，${said}，与目标不完全一致，是否符合需人工判断`,
};

/** The sentences of the status rules (status.ts). */
export const statusSentences = {
  notMet: (n: number, failed: string[]) => `${n}个量化指标中有${failed.length}个未达到目标（${failed.join('、')}）`,
  allMet: (n: number) => `${n}个量化指标全部达到目标`,
  progress: (withMetrics: boolean, words: string[]) =>
    `${withMetrics ? '量化指标无法全部判断；' : '没有量化指标；'}完成情况使用了${words.map(quote).join('、')}等表示仍在进行的用语`,
  done: (words: string[]) =>
    `没有量化指标；完成情况使用了${words.map(quote).join('、')}等表示完成的用语，且没有表示仍在进行的用语`,
  metricsUnclear: '有量化指标无法判断是否达到，完成情况也没有说明进度的用语',
  nothing: '没有量化指标，完成情况也没有表示完成或仍在进行的用语',
};

/** Names of a subject the target does not name (a bare share or amount). */
export const subjectNames = { share: '比例', amount: '数量' };

/** Sentences of editors' metric corrections (apply-overrides.ts); its refusals are catalogue entries. */
export const overrideReasons = {
  basisSet: (basis: string) => `口径为“${basis}”`,
  editorVerdict: (reason: string) => `编辑判断：${reason}`,
  rejudged: (reason: string) => `按编辑更正重新判断：${reason}`,
};

/** Sentences of the policy-area reading (area.ts). */
export const areaReasons = {
  fallback: (name: string) => `目标任务和完成情况中没有任何领域关键词，归入“${name}”`,
  best: (words: string[], name: string, score: number) =>
    `文字中出现${words.map((w) => `“${w}”`).join('、')}等“${name}”领域关键词，按权重计分最高（得分 ${score}）`,
};
