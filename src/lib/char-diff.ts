/**
 * A character-level diff of two display texts (issue 16.4), by longest common subsequence over
 * Unicode code points. Written here rather than pulling in a library: the texts are one table cell
 * each (at most a few thousand characters), the common prefix and suffix are trimmed first, and the
 * result must be deterministic and small enough to render as <del>/<ins> without any script.
 */
export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Past this many cells of the LCS table, the changed middle is shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000;

export function charDiff(before: string, after: string): DiffPart[] {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('same', a.slice(0, start).join(''));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    push('del', x.join(''));
    push('ins', y.join(''));
  } else {
    // lcs[i][j]: length of the LCS of x[i..] and y[j..].
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--)
      for (let j = y.length - 1; j >= 0; j--)
        lcs[i * w + j] =
          x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        push('same', x[i]!);
        i++;
        j++;
      } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        // Deletions before insertions: a replaced figure reads 6→7, not 76.
        push('del', x[i]!);
        i++;
      } else {
        push('ins', y[j]!);
        j++;
      }
    }
  }
  push('same', a.slice(endA).join(''));
  return parts;
}
