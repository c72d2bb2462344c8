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
    `目标要求${need.word ? quote(need.word) : `“${stageName(need.index)}”`}，这是进度，不是结果`,
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
  bare: (number: string, unit: string) =>
    `完成情况只写了数字${quote(number)}，没有单位，按目标的单位${quote(unit)}读作${number}${unit}`,
  bareBasis: '',
};
