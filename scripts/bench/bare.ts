/**
 * A bare Astro site the size of the archive, built in the same run so the ratio says how much our
 * pages cost over Astro's own floor (issue 17.3: "within 2.5× a bare Astro site of the same page
 * count"). Like with like: Astro renders every output file through a route, HTML page or endpoint,
 * so the bare site emits as many HTML pages as the archive's `astro build` wrote and as many endpoint
 * files as it wrote besides them (each task's .json and .bib, the charts' .svg and .csv, open data…).
 * What our integration adds after Astro (relative links, the search index) is ours and is not
 * mirrored: it counts against us.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/integration/files.ts';

export interface BareSize {
  /** HTML pages. */
  pages: number;
  /** Other files rendered by Astro routes (endpoints). */
  files: number;
}

/**
 * What an archive's build output holds, counted the way the bare site mirrors it: `.html` files are
 * pages; every other file is an endpoint's, except those Astro copied from public/ and the search
 * bundle our integration wrote after Astro (pagefind/).
 */
export async function sizeOf(outDir: string, publicDir: string): Promise<BareSize> {
  const copied = new Set(await listFiles(publicDir));
  const files = (await listFiles(outDir)).filter((f) => !copied.has(f) && !f.startsWith('pagefind/'));
  const pages = files.filter((f) => f.endsWith('.html')).length;
  return { pages, files: files.length - pages };
}

export function writeBareSite(root: string, size: BareSize): void {
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "export default { build: { format: 'preserve' }, devToolbar: { enabled: false } };\n",
  );
  const text = "'新增保障性租赁住房2400套,城镇登记失业率控制在3%以内。'.repeat(8)";
  writeFileSync(
    join(root, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${size.pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>任务 {n}</title></head>
<body><main><h1>任务 {n}</h1><p>{${text}}</p></main></body></html>
`,
  );
  // Endpoints: a small JSON file each, like a task's .json and .bib (a few hundred bytes of text).
  mkdirSync(join(root, 'src/pages/files'), { recursive: true });
  writeFileSync(
    join(root, 'src/pages/files/[n].json.ts'),
    `export function getStaticPaths() {
  return Array.from({ length: ${size.files} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
export function GET({ params }) {
  return new Response(JSON.stringify({ n: params.n, text: ${text} }));
}
`,
  );
}
