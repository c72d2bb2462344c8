import { Errors, sourceError } from '../../schema/errors.ts';

/** The report year of a title such as 2025年政府工作报告年度完成情况, when it names one. */
export function yearOf(title: string): number | undefined {
  const m = /(19[4-9]\d|2[01]\d\d)\s*年/.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** The report year from a title, or a refusal whose fix is a `title:` line in source.yaml. */
export function yearFromTitle(title: string, file: string, line: number | undefined, sidecarFile: string): number {
  const year = yearOf(title);
  if (year === undefined) throw sourceError(Errors.TitleWithoutYear, file, line, { title, sidecar: sidecarFile });
  return year;
}
