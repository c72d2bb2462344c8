import { escape } from './escape.ts';
import { fixed } from './fixed.ts';

export interface ProgressBarOptions {
  /** The published percentage (110 for “110%”). */
  percent: number;
  /** Text alternative: the header and the published text, and, past 100, that the plan was exceeded. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * The government's published progress (形象进度, 占全年计划) as a small static bar: a frame for the
 * whole plan and a fill for the share done, capped at the frame when past 100 % (the number,
 * stated in the label and beside the bar, says by how much). A plan line marks 100 %. role="img"
 * with the label as its name, so the bar never carries meaning the text does not.
 */
export function progressBar({ percent, label, width = 160, height = 14 }: ProgressBarOptions): string {
  const share = Math.max(0, Math.min(percent, 100)) / 100;
  const over = percent > 100;
  const inner = width - 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="progress-bar${over ? ' progress-bar--over' : ''}" width="${fixed(width)}" height="${fixed(height)}" viewBox="0 0 ${fixed(width)} ${fixed(height)}" role="img" aria-label="${escape(label)}">` +
    `<title>${escape(label)}</title>` +
    `<rect class="progress-bar__frame" x="0.5" y="0.5" width="${fixed(width - 1)}" height="${fixed(height - 1)}"/>` +
    `<rect class="progress-bar__fill" x="1" y="1" width="${fixed(inner * share)}" height="${fixed(height - 2)}"/>` +
    (over
      ? `<path class="progress-bar__over" d="M${fixed(width - 7)} 3 L${fixed(width - 3)} ${fixed(height / 2)} L${fixed(width - 7)} ${fixed(height - 3)}"/>`
      : '') +
    `</svg>`
  );
}
