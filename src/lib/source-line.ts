import type { Report } from '../schema/index.ts';
import { t } from '../i18n/index.ts';
import { publisherOf } from './site.ts';

/** The line naming the report a chart is drawn from, beneath the chart and in its standalone file (one per report it draws on). */
export function sourceLine(report: Report): string {
  return t('chart.source', { title: report.title, publisher: publisherOf(report), written: report.meta.written });
}
