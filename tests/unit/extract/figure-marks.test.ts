import { describe, expect, it } from 'vitest';
import { figureSegments } from '../../../src/components/figures/marks.ts';
import { derive } from '../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../src/pipeline/normalize.ts';
import { taxonomy } from './fixture-rows.ts';

describe('figureSegments(task): what TaskFigures marks', () => {
  const target = normalizeCell('新增氢能车100辆,光伏装机2.5万千瓦。');
  const completion = normalizeCell('累计投运氢能车辆113辆;全年新增光伏装机7.6万千瓦,已建成投用。');
  const d = derive(target, completion, taxonomy);
  const { target: t, completion: c } = figureSegments({ target, completion, metrics: d.metrics, status: d.status });
  const marked = (segs: typeof t) => segs.filter((s) => s.labels.length > 0).map((s) => [s.text, s.labels.join('、')]);

  it('marks every target figure with its metric number', () => {
    expect(marked(t)).toEqual([['100辆', '目标1'], ['2.5万千瓦', '目标2']]);
  });
  it('marks every result figure in the completion (status cues only when they decided the status)', () => {
    expect(marked(c)).toEqual([['113辆', '结果1'], ['7.6万千瓦', '结果2']]);
  });
  it('shows the display text, whole', () => {
    expect(t.map((s) => s.text).join('')).toBe(target.display);
    expect(c.map((s) => s.text).join('')).toBe(completion.display);
  });
});
