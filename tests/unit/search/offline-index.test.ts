import { describe, expect, test } from 'vitest';
import { offlineIndexScript, recordsFromOfflineIndex } from '../../../src/search/offline-index.ts';
import type { SearchRecord } from '../../../src/search/records.ts';

const records: SearchRecord[] = [
  {
    url: '2024/index.html',
    kind: 'report',
    year: 2024,
    number: 0,
    title: '报告',
    area: '',
    status: '',
    text: '报告\n“引号”</script>',
  },
  {
    url: '2024/tasks/7.html',
    kind: 'task',
    year: 2024,
    number: 7,
    title: '第 7 项',
    area: '经济',
    status: '已完成',
    text: '目标',
  },
];

describe('offlineIndexScript / recordsFromOfflineIndex', () => {
  test('a classic script assigning the records to window.GZBG_SEARCH_INDEX, read back unchanged', () => {
    const script = offlineIndexScript(records);
    expect(script).toMatch(/^\/\/ .*\nwindow\.GZBG_SEARCH_INDEX = \{"records":\[/);
    expect(script.endsWith('};\n')).toBe(true);
    expect(recordsFromOfflineIndex(script)).toEqual(records);
  });
  test('runs as a script and gives the page the same records', () => {
    const window: { GZBG_SEARCH_INDEX?: { records: SearchRecord[] } } = {};
    new Function('window', offlineIndexScript(records))(window);
    expect(window.GZBG_SEARCH_INDEX?.records).toEqual(records);
  });
  test('refuses a file it did not write', () => {
    expect(() => recordsFromOfflineIndex('window.X = {};\n')).toThrow(/不是构建生成的离线索引/);
    expect(() => recordsFromOfflineIndex(offlineIndexScript(records).slice(0, -2))).toThrow(/不是构建生成的离线索引/);
  });
});
