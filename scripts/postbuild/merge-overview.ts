/**
 * The all-tasks page carries every task and the metadata; the year's overview carries the
 * headline counts and the charts. The single-file edition is the all-tasks page with the
 * overview's sections added before the tasks, skipping any section the page already has (one
 * whose ids it already uses, such as the metadata block), plus the stylesheets those sections need.
 * Both pages sit in the same folder, so their relative links mean the same thing.
 */
export function mergeOverview(all: string, overview: string): string {
  const have = new Set(idsOf(all));
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(overview)?.[1] ?? '';
  const sections = topLevelSections(main).filter((s) => !idsOf(s).some((id) => have.has(id)));
  if (sections.length === 0) return all;
  const sheets = [...overview.matchAll(/<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !all.includes(tag));
  const at = firstIndex(all, [/<ol class="all-tasks"/, /<(ol|ul)\b[^>]*>\s*<li\b[^>]*>\s*<article\b/, /<article\b/]);
  if (at < 0) return all;
  const merged = `${all.slice(0, at)}${sections.join('')}${all.slice(at)}`;
  return sheets.length ? merged.replace(/<\/head>/i, `${sheets.join('')}</head>`) : merged;
}

function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid\s*=\s*["']?([^\s"'>]+)/g)].map((m) => m[1]!);
}

function firstIndex(html: string, patterns: RegExp[]): number {
  for (const re of patterns) {
    const m = re.exec(html);
    if (m) return m.index;
  }
  return -1;
}

/** The outermost <section>…</section> elements of a fragment, nesting counted. */
export function topLevelSections(html: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of html.matchAll(/<(\/?)section\b[^>]*>/gi)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      out.push(html.slice(start, m.index + m[0].length));
    }
  }
  return out;
}
