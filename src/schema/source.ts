import type { DisclosureMeta } from './report.ts';

/** What a format parser (text, HTML, CSV) hands to the rest of the pipeline. */
export interface ParsedRow {
  number: number;
  /** 1-based line in the source file (text, CSV) or the row's line in the HTML. */
  line: number;
  target: string;
  completion: string;
  responsible?: string;
  nextSteps?: string;
}
export interface ParsedSource {
  title: string;
  year: number;
  /** Fields the source carries; the sidecar fills the rest. */
  meta: Partial<DisclosureMeta>;
  rows: ParsedRow[];
  format: 'text' | 'html' | 'csv' | 'tsv' | 'xlsx' | 'xls' | 'docx';
  encoding: 'utf-8' | 'gb18030';
  /** Warnings for editors, in Chinese. */
  warnings: string[];
}

/** A refusal that names the file, the line, what is wrong and how to fix it (in Chinese, for editors). */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;
  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''} → ${problem}。${fix}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}
