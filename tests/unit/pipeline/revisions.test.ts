import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline, type YearFolder } from '../../../src/pipeline/run.ts';
import { Report, SourceError } from '../../../src/schema/index.ts';
import { revisionViews, taskRevisions } from '../../../src/lib/revisions.ts';

/** The real 2024 table and a synthetic revision of it (one cell changed, task 91 added): see PROVENANCE.md. */
const DIR = 'tests/fixtures/years/revision/2024';
const ORIGINAL = '2024年政府工作报告年度完成情况.txt';
const REVISED = 'synthetic-合成修订版-2024年政府工作报告年度完成情况.txt';
const taxonomyText = readFileSync('content/taxonomy.yaml', 'utf8');
const fixtureFiles = () =>
  readdirSync(DIR)
    .filter((f) => f !== 'PROVENANCE.md')
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${DIR}/${f}`)) }));
const run = (files: YearFolder['files']) =>
  runPipeline({ years: [{ name: '2024', files }], taxonomyText, contentLabel: 'c', command: 'npm run ingest' });
const report = (out: ReturnType<typeof run>) => {
  const md = out.files.get('reports/2024/index.md')!;
  return Report.parse(parseYaml(md.slice(4, md.indexOf('\n---\n', 4))));
};
const withSidecar = (yaml: string) => [
  ...fixtureFiles().filter((f) => f.name !== 'source.yaml'),
  { name: 'source.yaml', bytes: new TextEncoder().encode(yaml) },
];
const refusal = (f: () => unknown): SourceError => {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('a revised table (source.yaml versions:)', () => {
  const out = run(fixtureFiles());
  const r = report(out);

  it('publishes the newest version as the report, with every version, its sha256 and date', () => {
    expect(r.source.file).toBe(`sources/2024/${REVISED}`);
    expect(r.taskCount).toBe(91);
    expect(r.source.versions?.map((v) => [v.file, v.date])).toEqual([
      [`sources/2024/${ORIGINAL}`, '2025-01-26'],
      [`sources/2024/${REVISED}`, '2025-03-01'],
    ]);
    // The original is the real content/ source, byte for byte.
    expect(r.source.versions?.[0]?.sha256).toBe('8e782a13f6a2a5e0becb1d200ab637d97227e7a7965d4afe9943dec4d5425f51');
    expect(r.source.versions?.[1]?.sha256).toBe(r.source.sha256);
  });

  it('records exactly the one changed cell and the one added task', () =>
    expect(r.revisions).toEqual([
      {
        from: 0,
        to: 1,
        changes: [
          {
            id: '1',
            kind: 'changed',
            cells: [
              {
                column: '完成情况',
                before: '服务业增加值增长7.5%，全省前列。全区经济运行总体平稳、稳中向好，全年地区生产总值增长5.6%。',
                after: '服务业增加值增长7.5%，居全省前列。全区经济运行总体平稳、稳中向好，全年地区生产总值增长5.6%。',
              },
            ],
          },
          {
            id: '91',
            kind: 'added',
            cells: [
              {
                column: '目标任务',
                after: '拓宽新市民量化积分政策在交通出行等领域的应用范围，助力新市民更好融入镇海。',
              },
              {
                column: '完成情况',
                after:
                  '2024年已按照镇海区量化积分政策，每年度按照申请人员的积分高低，经公示后确定150人，每人200元费用，参加积分农业采摘休闲旅游活动，已经开展完毕。',
              },
            ],
          },
        ],
      },
    ]));

  it('gives the 修订记录 page exactly those changes, the cell as a character diff', () => {
    const [view, ...more] = revisionViews(r);
    expect(more).toEqual([]);
    expect([view!.from.date, view!.to.date]).toEqual(['2025-01-26', '2025-03-01']);
    expect(view!.changes.map((c) => [c.id, c.kind, c.cells.map((x) => x.column)])).toEqual([
      ['1', 'changed', ['完成情况']],
      ['91', 'added', ['目标任务', '完成情况']],
    ]);
    expect(view!.changes[0]!.cells[0]!.parts).toEqual([
      { op: 'same', text: '服务业增加值增长7.5%，' },
      { op: 'ins', text: '居' },
      { op: 'same', text: '全省前列。全区经济运行总体平稳、稳中向好，全年地区生产总值增长5.6%。' },
    ]);
    expect(view!.changes[1]!.cells.every((x) => x.parts.length === 1 && x.parts[0]!.op === 'ins')).toBe(true);
    expect(taskRevisions(r, '1')).toEqual([{ date: '2025-03-01', kind: 'changed' }]);
    expect(taskRevisions(r, '91')).toEqual([{ date: '2025-03-01', kind: 'added' }]);
    expect(taskRevisions(r, '2')).toEqual([]);
  });

  it('records a removed task when the versions are listed the other way round (as two dated versions)', () => {
    const swapped = report(
      run(
        withSidecar(
          `region: 宁波市镇海区\nversions:\n  - file: ${REVISED}\n    date: 2025-01-26\n  - file: ${ORIGINAL}\n    date: 2025-03-01\n`,
        ),
      ),
    );
    expect(swapped.taskCount).toBe(90);
    expect(swapped.revisions?.[0]?.changes.map((c) => [c.id, c.kind])).toEqual([
      ['1', 'changed'],
      ['91', 'removed'],
    ]);
  });

  it('leaves a report without versions unchanged (no versions, no revisions)', () => {
    const plain = report(run(withSidecar('region: 宁波市镇海区\n').filter((f) => f.name !== REVISED)));
    expect(plain.source.versions).toBeUndefined();
    expect(plain.revisions).toBeUndefined();
  });

  it('refuses a listed file that is not in the folder, naming the line', () => {
    const e = refusal(() =>
      run(
        withSidecar(
          `versions:\n  - file: ${ORIGINAL}\n    date: 2025-01-26\n  - file: 修订版.txt\n    date: 2025-03-01\n`,
        ),
      ),
    );
    expect([e.file, e.line, e.problem]).toEqual([
      'c/sources/2024/source.yaml',
      4,
      'versions 第 2 个版本的文件“修订版.txt”不在文件夹中',
    ]);
  });

  it('refuses versions not listed oldest first', () => {
    const e = refusal(() =>
      run(
        withSidecar(
          `versions:\n  - file: ${ORIGINAL}\n    date: 2025-03-01\n  - file: ${REVISED}\n    date: 2025-01-26\n`,
        ),
      ),
    );
    expect([e.line, e.problem]).toEqual([5, 'versions 第 2 个版本的日期 2025-01-26 不晚于上一个版本的 2025-03-01']);
  });

  it('refuses file: naming another version than the newest', () => {
    const e = refusal(() =>
      run(
        withSidecar(
          `file: ${ORIGINAL}\nversions:\n  - file: ${ORIGINAL}\n    date: 2025-01-26\n  - file: ${REVISED}\n    date: 2025-03-01\n`,
        ),
      ),
    );
    expect([e.line, e.problem]).toEqual([1, `file 写的是“${ORIGINAL}”，而 versions 中最新的版本是“${REVISED}”`]);
  });

  it('refuses a version that does not parse, naming that file', () => {
    const files = withSidecar(
      `region: 宁波市镇海区\nversions:\n  - file: ${ORIGINAL}\n    date: 2025-01-26\n  - file: ${REVISED}\n    date: 2025-03-01\n`,
    ).map((f) => (f.name === ORIGINAL ? { ...f, bytes: new TextEncoder().encode('不是表格\n') } : f));
    expect(refusal(() => run(files)).file).toBe(`c/sources/2024/${ORIGINAL}`);
  });
});
