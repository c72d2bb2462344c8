import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertWordFiles } from '../../../scripts/ingest-io.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';

// End to end from the files governments attach: the same real table (柯桥区 2023, see the fixture's
// PROVENANCE.md) as .xlsx, .xls and .docx, with 序号 merged over two sub-rows, through ingest's Word
// conversion and the pure pipeline.
const taxonomyText = readFileSync('content/taxonomy.yaml', 'utf8');
const sidecar = new TextEncoder().encode('meta:\n  publisher: 绍兴市柯桥区人民政府\n  written: 2023-11-16\n');

async function build(file: string) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/office/keqiao-2023-q1/${file}`));
  const input = await convertWordFiles({
    years: [
      {
        name: '2023',
        files: [
          { name: file, bytes },
          { name: 'source.yaml', bytes: sidecar },
        ],
      },
    ],
    taxonomyText,
    contentLabel: 'content',
    command: 'npm run ingest',
  });
  return runPipeline(input);
}

// The generated header comment names the raw file and its hash, and rows are numbered as each format
// numbers them (sheet row, Word table row); everything else must agree.
const body = (md: string) => md.replace(/^---\n#[^\n]*\n/, '').replace(/^(sourceLine|position): .*$/gm, '');

describe('runPipeline on Excel and Word files (issue 12.5)', () => {
  it('reads the merged 序号 as sub-items 1.1 and 1.2, the same from .xlsx, .xls and .docx', async () => {
    const xlsx = await build('keqiao.xlsx');
    const xls = await build('keqiao.xls');
    const docx = await build('keqiao.docx');
    const tasks = (out: typeof xlsx) => [...out.files.keys()].filter((k) => k.includes('/tasks/'));
    expect(tasks(xlsx)).toEqual(['reports/2023/tasks/1-1.md', 'reports/2023/tasks/1-2.md', 'reports/2023/tasks/2.md']);
    expect(xlsx.summary[0]!.title).toBe('2023年度省政府民生实事涉我区工作任务一季度进展情况');
    const first = xlsx.files.get('reports/2023/tasks/1-1.md')!;
    expect(first).toContain('id: "1.1"');
    expect(first).toContain('新改扩建公办中小学校1所');
    expect(xlsx.files.get('reports/2023/tasks/1-2.md')).toContain('新增学位810个');
    for (const other of [xls, docx]) {
      expect(tasks(other)).toEqual(tasks(xlsx));
      for (const key of tasks(xlsx)) expect(body(other.files.get(key)!)).toBe(body(xlsx.files.get(key)!));
    }
  });

  it('refuses a .docx that is not a Word document, naming the file', async () => {
    const input = {
      years: [{ name: '2023', files: [{ name: 'x.docx', bytes: new TextEncoder().encode('not a zip') }] }],
      taxonomyText,
      contentLabel: 'content',
      command: 'npm run ingest',
    };
    await expect(convertWordFiles(input)).rejects.toThrow(/content\/sources\/2023\/x\.docx/);
  });
});
