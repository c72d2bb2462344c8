import { escape } from './escape.ts';
import { fixed } from './fixed.ts';

export interface SvgImage {
  /** Stable id (chartId); the title and description ids derive from it. */
  id: string;
  /** Class naming the chart kind, after `chart`. */
  kind: string;
  width: number;
  height: number;
  /** Accessible name (plain text; escaped here). */
  title: string;
  /** The finding in words (plain text; escaped here). */
  desc: string;
  /** Drawn marks, already escaped SVG. */
  body: string;
}

/**
 * The root of a chart that is one image: role="img", named by its <title> and described by its
 * <desc>, which states the finding. Scales with its container through the viewBox.
 */
export function svgImage({ id, kind, width, height, title, desc, body }: SvgImage): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="chart ${kind}" viewBox="0 0 ${fixed(width)} ${fixed(Math.max(height, 1))}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(desc)}</desc>${body}</svg>`
  );
}
