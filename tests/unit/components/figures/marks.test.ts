import { describe, expect, it } from 'vitest';
import { figureSegments } from '../../../../src/components/figures/marks.ts';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { taxonomy } from '../../pipeline/extract/fixture-rows.ts';

describe('figureSegments(task): what TaskFigures marks', () => {
  const target = normalizeCell('新增氢能车100辆,光伏装机2.5万千瓦。');
  const completion = normalizeCell('累计投运氢能车辆113辆,投用装载机1台;全年新增光伏装机7.6万千瓦,已建成投用。');
  const d = derive(target, completion, taxonomy);
  const { target: t, completion: c } = figureSegments({
    target,
    completion,
    metrics: d.metrics,
    status: d.status,
    quantities: d.quantities,
  });
  const marked = (segs: typeof t) => segs.filter((s) => s.marked).map((s) => [s.text, s.labels.join('、')]);

  it('marks every target figure with its metric number', () => {
    expect(marked(t)).toEqual([
      ['100辆', '目标1'],
      ['2.5万千瓦', '目标2'],
    ]);
  });
  it('marks every result figure with its label, and every other quantity without one', () => {
    expect(marked(c)).toEqual([
      ['113辆', '结果1'],
      ['1台', ''],
      ['7.6万千瓦', '结果2'],
    ]);
  });
  it('shows the display text, whole', () => {
    expect(t.map((s) => s.text).join('')).toBe(target.display);
    expect(c.map((s) => s.text).join('')).toBe(completion.display);
  });
});
