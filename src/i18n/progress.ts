/**
 * Chinese UI strings of the year's several reports (issue 13): snapshots, timelines, in-year rules.
 * Kept beside zh-CN.json in a module of their own so the strings read together.
 */
export const progressText = {
  kindFinal: '年度完成情况',
  kindProgress: '年中进展',
  snapshotsTitle: '本年度各次报告',
  snapshotsCaption: '本年度各次报告的任务状态（程序判读）',
  snapshotsNote: '年中进展报告中的数字是进度，不是结果：年底前不判“未达目标”，见',
  snapshotsNoteLink: '方法说明',
  colReport: '报告',
  colKind: '类型',
  colAsOf: '截至',
  colRows: '行数',
  colLinked: '对应到年度任务',
  colNotMetInYear: '年中不判',
  headlineMark: '（本页依据）',
  progressOnly: '本年度尚无年度完成情况，本页依据最新的年中进展报告（{asOf}），数字是进度，不是结果。',
  snapshotLede:
    '这是 {year} 年的年中进展报告（{asOf}）。其中的数字是进度，不是结果：除非写明事项已经完成（如办结、已建成、全面完成），年底前不作是否达标的判断，只显示进度（已报数字 ÷ 全年目标）。',
  compareInYear: '{year} 年尚无年度完成情况，这里的 {year} 年依据{asOf}的年中进展报告：数字是进度，不是结果。',
  snapshotHeadline: '年度的概况、图表和历年对照依据',
  rowsTitle: '各行及其判读',
  rowsCaption: '{title}：各行、进度和对应的年度任务',
  colNumber: '编号',
  colTarget: '目标任务',
  colProgress: '进展情况',
  colPace: '进度（已报 ÷ 全年目标）',
  colStatus: '程序判读',
  colFinal: '对应的年度任务',
  unmatched: '未对应（年度完成情况中没有相近的目标）',
  matchExact: '目标相同',
  matchSimilar: '相近，相似度 {score}',
  finalUnmatchedTitle: '年度完成情况中没有出现在本报告中的任务',
  finalUnmatchedNone: '年度完成情况的每项任务都在本报告中出现。',
  pace: '{reported}{unit}／{target}{unit}，{percent}%',
  timelineTitle: '年内进展',
  timelineLede: '这一目标在本年度各次报告中的情况，按日期排列；年中的数字是进度，不是结果。',
  timelineCaption: '{short}：各次报告',
  colDate: '日期',
  colText: '报告中的文字',
  colFigures: '数字',
  finalDate: '年度',
  timelineChart: '数字与全年目标',
  paceColReported: '报告数字',
  paceColTarget: '全年目标',
  paceColUnit: '单位',
  paceColShare: '占全年目标（%）',
  inYearChangedDone: '年中规则：程序原本判读为“已完成”，但报告没有写明事项本身已经完成，按推进中显示。',
  inYearChangedShort: '年中规则：数字尚未到全年目标是进度，年底前不作是否达标的判断，按推进中显示。',
  rulesTitle: '年中进展报告怎样判读',
  rules: [
    '一年可以有多份报告：年度完成情况（年底）和年中进展报告（半年度、季度、截至某月）。报告的类型和截至日期从标题读出（进展、进度、截至、季度、半年、X月），也可以在 source.yaml 中用 kind: 和 asOf: 写明。',
    '年中报告里的数字是进度，不是结果。除非报告写明事项本身已经完成（办结、已建成、建成投用、全面完成、已完成、提前完成、超额完成等），否则不判“达到目标”，也从不判“未达目标”。',
    '年中报告的状态只有三种：已完成（写明事项已经完成）、推进中、待核实。程序原本的判读被年中规则改变时，页面会注明。',
    '有数字时显示进度：已报数字 ÷ 全年目标，如已建成 99 个、目标 350 个，进度 28%。',
    '年中报告的各行按目标文字对应到年度完成情况的任务：先找标准化后文字相同的，再按相似度找最接近的（相似度不低于 0.45，与历年对照相同），页面显示相似度；对应不上的行和任务都保留并注明。',
    '年度的概况、图表和历年对照依据年度完成情况；还没有年度完成情况的年份，依据最新的年中进展报告，并注明“截至 X 月”。',
  ],
} as const;

/** `{name}` placeholders filled from values. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
