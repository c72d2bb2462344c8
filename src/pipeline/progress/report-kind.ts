import { Errors, sourceError } from '../../schema/errors.ts';
import type { ReportKind } from '../../schema/report.ts';

/**
 * The kind of a report and the date its figures stand at (issue 13), read from its title as
 * governments word it (GLOSSARY.md “Kinds of report”), or given in source.yaml `kind:` / `asOf:`.
 *
 * Progress words: 进展, 进度, 截至/截止, 季度, 半年, 上半年, 1-11月, X月. Final words: 年度完成情况,
 * 全年完成情况, or plain 完成情况 without any progress word. The sidecar wins over the title.
 */
export interface ReportKindReading {
  kind: ReportKind;
  asOf?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 1–12 written in Arabic or Chinese numerals (一, 十, 十一, 十二). */
function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (text === '十一') return 11;
  if (text === '十二') return 12;
  return CN_DIGITS[text];
}

const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';

/** The as-of date a title states, for the report's year; undefined when it states none. */
export function asOfFromTitle(title: string, year: number): string | undefined {
  // 截至6月底 / 截止6月30日 / 截至2024年6月 …
  const until = new RegExp(`截[至止]到?(?:${year}年)?${MONTH}月(?:(\\d{1,2})日|底|末)?`).exec(title);
  if (until) {
    const m = monthNumber(until[1]!);
    if (m && m >= 1 && m <= 12) {
      const d = until[2] ? Number(until[2]) : undefined;
      if (d && d >= 1 && d <= lastDay(year, m)) return `${year}-${pad(m)}-${pad(d)}`;
      return monthEnd(year, m);
    }
  }
  // 1-11月 / 1—11月 / 1至6月 / 1~9月
  const range = new RegExp(`(?:^|[^\\d])1\\s*[-－—–~～至到]\\s*${MONTH}月`).exec(title);
  if (range) {
    const m = monthNumber(range[1]!);
    if (m && m >= 1 && m <= 12) return monthEnd(year, m);
  }
  if (/上半年|半年/.test(title)) return `${year}-06-30`;
  const quarter = /(?:第)?([一二三四1-4])季度/.exec(title);
  if (quarter) {
    const q = monthNumber(quarter[1]!)!;
    return monthEnd(year, q * 3);
  }
  if (/前三季度/.test(title)) return `${year}-09-30`;
  // X月份进展 / 6月完成情况 / （7月）
  const month = new RegExp(`(?:^|[^\\d至到\\-—–~])${MONTH}月(?:份)?(?:[^底末]|$)`).exec(title);
  if (month) {
    const m = monthNumber(month[1]!);
    if (m && m >= 1 && m <= 12 && m < 12) return monthEnd(year, m);
  }
  return undefined;
}

/** Whether the title calls the report an in-year one. */
export function titleSaysProgress(title: string): boolean {
  return /进展|进度|截[至止]|季度|半年|[1１]\s*[-－—–~～至到]\s*\d{1,2}月|(?:^|[^年度])\d{1,2}月(?:份)?/.test(title);
}

/**
 * Kind and as-of date of a report: the sidecar's `kind:` / `asOf:` first, else the title. A
 * progress report must have a date: when neither gives one, a SourceError asks for `asOf:`.
 */
export function readReportKind(options: {
  title: string;
  year: number;
  sidecar: { kind?: ReportKind | undefined; asOf?: string | undefined };
  /** The source file, for the message. */
  file: string;
  /** The sidecar's path, for the message. */
  sidecarFile: string;
}): ReportKindReading {
  const { title, year, sidecar } = options;
  const kind: ReportKind = sidecar.kind ?? (titleSaysProgress(title) ? 'progress' : 'final');
  const asOf = sidecar.asOf ?? asOfFromTitle(title, year);
  if (asOf && !asOf.startsWith(`${year}-`) && !(kind === 'final' && asOf.startsWith(`${year + 1}-`))) {
    throw sourceError(Errors.AsOfOutsideYear, options.sidecarFile, undefined, { asOf, year });
  }
  if (kind === 'progress' && !asOf) {
    throw sourceError(Errors.AsOfMissing, options.file, undefined, { title, year, sidecar: options.sidecarFile });
  }
  return asOf ? { kind, asOf } : { kind };
}
