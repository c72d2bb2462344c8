import { t } from '../i18n/index.ts';
import { chartId } from './chartId.ts';
import { escape } from './escape.ts';
import { fitText } from './fitText.ts';
import { fixed } from './fixed.ts';
import { groupByArea } from './groupByArea.ts';
import { statusMark } from './statusMark.ts';
import { textLine } from './textLine.ts';
import { taskKey, type ChartArea, type ChartTask } from './types.ts';

export interface ReportGlanceOptions {
  year: number;
  /** Areas in display order (the taxonomy's). */
  areas: readonly ChartArea[];
  /** Relative URL of a task's page, from the page that carries the chart. */
  link: (task: ChartTask) => string;
  /** viewBox width; the SVG scales to its container, so this sets the proportions only. */
  width?: number;
  /** Side of one task's square and the gap between squares, in user units. */
  cell?: number;
  gap?: number;
}

const FONT = 15;
/** Height of an area's heading line above its marks. */
const HEADER = FONT * textLine.height + 2;
const GROUP_GAP = 12;

/** The accessible name of one task's mark: 编号, short title and status in words. */
export function glanceLabel(task: ChartTask): string {
  return t('chart.glance.mark', {
    number: taskKey(task),
    title: task.shortTitle,
    status: t(`status.${task.status.value}`),
  });
}

/**
 * The report at a glance: one square per task, grouped by area, each square a link to the task's
 * page named by its 编号, short title and status. The marks are links, so the SVG is a labelled
 * group (not role="img", which would hide them), each area a labelled sub-group.
 */
export function reportGlance(tasks: readonly ChartTask[], options: ReportGlanceOptions): string {
  const { year, areas, link, width = 320, cell = 14, gap = 4 } = options;
  // With sub-items a square is a row (a task of one row, or one sub-item): the labels count rows.
  const rows = tasks.some((task) => task.sub !== undefined);
  const id = chartId('glance', year);
  const pitch = cell + gap;
  const columns = Math.max(1, Math.floor((width + gap) / pitch));
  let y = 0;
  const groups = groupByArea(tasks, areas).map(({ area, tasks: members }) => {
    const label = t(rows ? 'chart.glance.groupRows' : 'chart.glance.group', { area: area.name, count: members.length });
    const header = `<text class="chart-label" font-size="${FONT}" x="0" y="${fixed(y + FONT * textLine.baseline)}" aria-hidden="true">${escape(fitText(label, FONT, width))}</text>`;
    const top = y + HEADER;
    const marks = members.map((task, i) => {
      const x = (i % columns) * pitch;
      const my = top + Math.floor(i / columns) * pitch;
      const name = escape(glanceLabel(task));
      return (
        `<a href="${escape(link(task))}" aria-label="${name}" class="st-${task.status.value}"><title>${name}</title>` +
        `<rect class="hit" x="${fixed(x)}" y="${fixed(my)}" width="${fixed(cell)}" height="${fixed(cell)}"/>` +
        statusMark(task.status.value, x, my, cell) +
        `<rect class="focus" x="${fixed(x - 2)}" y="${fixed(my - 2)}" width="${fixed(cell + 4)}" height="${fixed(cell + 4)}"/></a>`
      );
    });
    y = top + Math.ceil(members.length / columns) * pitch - gap + GROUP_GAP;
    return `<g role="group" aria-label="${escape(label)}">${header}${marks.join('')}</g>`;
  });
  const height = Math.max(y - GROUP_GAP + 2, 1);
  const name = escape(t(rows ? 'chart.glance.nameRows' : 'chart.glance.name', { year, count: tasks.length }));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="chart chart-glance" viewBox="-2 -2 ${fixed(width + 4)} ${fixed(height + 2)}" role="group" aria-label="${name}">` +
    groups.join('') +
    `</svg>`
  );
}
