/**
 * Escapes text for SVG/HTML content and attribute values. Source text is data, never markup:
 * every string a chart writes into its SVG passes through here.
 */
export function escape(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
