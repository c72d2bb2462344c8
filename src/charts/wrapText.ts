import { fitText } from './fitText.ts';
import { textWidth } from './textWidth.ts';

/**
 * A label broken into lines of at most `width` user units (SVG text does not wrap), at most
 * `maxLines`, the last shortened with an ellipsis. Chinese breaks between any two characters.
 */
export function wrapText(text: string, fontSize: number, width: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current && textWidth(current + ch, fontSize) > width) {
      lines.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(lines.slice(maxLines - 1).join(''), fontSize, width);
  return kept;
}
