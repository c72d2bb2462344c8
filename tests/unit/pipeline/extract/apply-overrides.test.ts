import { describe, expect, it } from 'vitest';
import { applyMetricOverrides, MetricOverrideError } from '../../../../src/pipeline/extract/apply-overrides.ts';
import { derive } from '../../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../../src/pipeline/normalize.ts';
import { MetricOverride } from '../../../../src/schema/overrides.ts';
import { taxonomy } from './fixture-rows.ts';

const target = '推动托幼一体化，托育学位达到680个，新增托育机构5家。';
const completion = '新增托位数320个，托育部托位数达到1010个；新增托育机构3家，另有2家待验收。';
const metrics = derive(normalizeCell(target), normalizeCell(completion), taxonomy).metrics;
const apply = (entries: unknown[]) =>
  applyMetricOverrides(
    metrics,
    entries.map((e) => MetricOverride.parse(e)),
    completion,
  );

describe('applyMetricOverrides', () => {
  it('starts from what the rules derive (the thesaurus reads 托育学位 as 托位; a level is never summed with new counts)', () => {
    expect(metrics.map((m) => [m.actual?.text ?? null, m.verdict])).toEqual([
      ['1010个', 'met'],
      ['3家', 'not_met'],
    ]);
  });
  it('pairs the figure an editor names and judges it by the same rules, keeping the reason', () => {
    const [m] = apply([{ index: 0, actual: '托育部托位数达到1010个', reason: '托育学位即托位数' }]);
    expect(m).toMatchObject({
      actual: { text: '1010个', value: 1010 },
      basis: 'same',
      verdict: 'met',
      override: '托育学位即托位数',
    });
    expect(completion.slice(m!.actual!.start, m!.actual!.end)).toBe('1010个');
  });
  it('adds parts an editor lists', () => {
    const [, m] = apply([{ index: 1, parts: ['机构3家', '另有2家'], basis: 'same', reason: '两家已于年底验收' }]);
    expect(m).toMatchObject({
      actual: { value: 5, parts: [{ text: '3家' }, { text: '2家' }] },
      basis: 'same',
      verdict: 'met',
    });
  });
  it('sets a verdict or basis directly, or clears the result', () => {
    expect(apply([{ index: 1, verdict: 'unclear', reason: '机构口径需核实' }])[1]).toMatchObject({
      verdict: 'unclear',
      reason: '编辑判断：机构口径需核实',
    });
    expect(apply([{ index: 1, actual: null, reason: '3家不是本年新建' }])[1]).toMatchObject({
      actual: null,
      basis: 'none',
      verdict: 'unclear',
    });
  });
  it('removes a metric that is not a target', () => {
    expect(apply([{ index: 0, remove: true, reason: '不是考核目标' }]).map((m) => m.target.text)).toEqual(['5家']);
  });
  it('refuses a figure that is not in the completion text, or text without a figure, by catalogue entry', () => {
    const refusal = (actual: string) => {
      try {
        apply([{ index: 0, actual, reason: '编辑更正' }]);
      } catch (e) {
        if (e instanceof MetricOverrideError) return { code: e.entry.code, metric: e.metric, text: e.text };
        throw e;
      }
      throw new Error('expected a MetricOverrideError');
    };
    expect(refusal('1020个')).toEqual({ code: 'E_OVERRIDE_METRIC_NOT_IN_TEXT', metric: 0, text: '1020个' });
    expect(refusal('托育部')).toEqual({ code: 'E_OVERRIDE_METRIC_NO_FIGURE', metric: 0, text: '托育部' });
  });
  it('requires a reason', () => {
    expect(() => MetricOverride.parse({ index: 0, verdict: 'met' })).toThrow();
  });
});
