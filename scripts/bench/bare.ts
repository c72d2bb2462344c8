/**
 * A bare Astro site with the same number of pages and similar text, built in the same run as
 * the archive so the ratio says how much our pages cost over Astro's own floor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareSite(root: string, pages: number): void {
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "export default { build: { format: 'preserve' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>任务 {n}</title></head>
<body><main><h1>任务 {n}</h1><p>{'新增保障性租赁住房2400套,城镇登记失业率控制在3%以内。'.repeat(8)}</p></main></body></html>
`,
  );
}
