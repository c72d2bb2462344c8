import { line } from 'd3-shape';
import type { Status } from '../schema/index.ts';
import { fixed } from './fixed.ts';

/** Stroke width of outlined marks, in user units. */
const STROKE = 1.5;
const path = line().digits(2);

/**
 * The mark of one status in a square cell at (x, y) of side `size`. Each status has its own
 * shape as well as its own colour (WCAG 1.4.1), so the chart reads in greyscale and in print:
 * 已完成 a solid square, 推进中 an outlined square filled to half, 未达目标 an outlined square
 * with a cross, 待核实 a hollow circle with a dot. Colours come from CSS classes (charts.css).
 */
export function statusMark(status: Status, x: number, y: number, size: number): string {
  const i = STROKE / 2;
  const outline = `<rect class="m-line" x="${fixed(x + i)}" y="${fixed(y + i)}" width="${fixed(size - STROKE)}" height="${fixed(size - STROKE)}"/>`;
  switch (status) {
    case 'completed':
      return `<rect class="m-fill" x="${fixed(x)}" y="${fixed(y)}" width="${fixed(size)}" height="${fixed(size)}"/>`;
    case 'in_progress':
      return `${outline}<rect class="m-fill" x="${fixed(x)}" y="${fixed(y + size / 2)}" width="${fixed(size)}" height="${fixed(size / 2)}"/>`;
    case 'not_met': {
      const a = size * 0.22;
      const cross =
        path([
          [x + a, y + a],
          [x + size - a, y + size - a],
        ])! +
        path([
          [x + size - a, y + a],
          [x + a, y + size - a],
        ])!;
      return `${outline}<path class="m-line" d="${cross}"/>`;
    }
    case 'unclear': {
      const cx = fixed(x + size / 2);
      const cy = fixed(y + size / 2);
      return `<circle class="m-line" cx="${cx}" cy="${cy}" r="${fixed(size / 2 - i)}"/><circle class="m-fill" cx="${cx}" cy="${cy}" r="${fixed(size * 0.16)}"/>`;
    }
  }
}

/** A small stand-alone SVG of a status mark, for legends written in HTML beside a chart. */
export function statusSwatch(status: Status, size = 16): string {
  return `<svg class="chart-swatch st-${status}" viewBox="0 0 ${size} ${size}" width="1em" height="1em" aria-hidden="true" focusable="false">${statusMark(status, 0, 0, size)}</svg>`;
}
