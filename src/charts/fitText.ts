import { textWidth } from './textWidth.ts';

/**
 * A label shortened with an ellipsis to fit `width` user units (by the estimate of textWidth).
 * Only for visible labels whose full text is also in the accessible name or the table.
 */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > width) chars.pop();
  return chars.join('') + '…';
}
