/** A sensible length for a title in lists and headings (issue 3: about 20 characters). */
export const TITLE_MAX = 20;
/** A whole first clause up to this length reads better than one cut inside a list (加强洪涝、台风…). */
export const TITLE_CLAUSE_MAX = 24;

const CLAUSE = /[，。；：！？,;:!?]/;
const SOFT = /[、“”‘’"（）()《》]/;

/**
 * A short title: a prefix of the target's display text, cut at punctuation, never with invented
 * words. The first clause if it is short enough (up to TITLE_CLAUSE_MAX); else the first clause cut at the last 、, quote or
 * bracket within the limit; else the first clause cut at the limit with an ellipsis.
 */
export function shortTitle(display: string): string {
  const text = display.trim();
  const stop = text.search(CLAUSE);
  const first = stop > 0 ? text.slice(0, stop) : text;
  if ([...first].length <= TITLE_CLAUSE_MAX) return first;
  const chars = [...first];
  for (let i = TITLE_MAX; i >= 6; i--) {
    if (SOFT.test(chars[i]!) && !/[“‘（(《]/.test(chars[i - 1]!)) {
      const cut = /[”’）)》]/.test(chars[i]!) ? i + 1 : i;
      return balance(chars.slice(0, cut).join(''));
    }
  }
  return balance(chars.slice(0, TITLE_MAX).join('')) + '…';
}

/** Drop an opening quote or bracket left without its closing partner at the end of a cut. */
function balance(s: string): string {
  const opens = (s.match(/[“（(《]/g) ?? []).length;
  const closes = (s.match(/[”）)》]/g) ?? []).length;
  if (opens > closes) {
    const at = Math.max(s.lastIndexOf('“'), s.lastIndexOf('（'), s.lastIndexOf('('), s.lastIndexOf('《'));
    return s.slice(0, at).replace(/[、]$/, '');
  }
  return s.replace(/[、]$/, '');
}
