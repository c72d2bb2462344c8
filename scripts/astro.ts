/**
 * npm run dev | npm run preview  →  node scripts/astro.ts dev|preview [astro options]
 *
 * Runs the Astro CLI for editors' previews with two guarantees:
 * - telemetry off for everyone who runs the project (ASTRO_TELEMETRY_DISABLED=1; Astro's own
 *   `astro telemetry disable` is per user and per machine), so no usage data leaves the office;
 * - one process to stop: Ctrl+C, closing the terminal, or stopping npm stops Astro, and this script
 *   exits with it. (`ingest && astro dev` ran Astro under a shell, and stopping npm left
 *   `astro dev` serving.)
 * `dev` first regenerates content/reports (scripts/ingest.ts) and says what only a real build shows.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const [command, ...rest] = process.argv.slice(2);
if (command !== 'dev' && command !== 'preview' && command !== 'check') {
  console.error('用法：node scripts/astro.ts dev|preview|check [选项]');
  process.exit(2);
}
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (command === 'dev') {
  const ingest = spawnSync(process.execPath, [resolve(root, 'scripts/ingest.ts')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (ingest.status !== 0) process.exit(ingest.status ?? 1);
  console.log(
    [
      '',
      '提示：npm run dev 是编辑时的快速预览。改了原始表格或设置文件后，要停止再重新运行。',
      '  它不包含搜索（搜索页提示找不到索引）和单文件版（report-年份.html，会显示“找不到页面”），',
      '  这两项只在构建时生成。要看与正式网站完全一样的效果：先按 Ctrl+C 停止，再运行',
      '  npm run build，然后 npm run preview。',
      '  停止预览：在这个窗口按 Ctrl+C。',
      '',
    ].join('\n'),
  );
}

const child = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), command, ...rest], {
  cwd: root,
  env,
  stdio: 'inherit',
});
// Pass every stop request on to Astro; exit when it has exited (never leave it running).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
// npm does not pass a signal on to the script it runs: when npm is stopped this process is left
// to init, so a changed parent means “stop”, too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && child.exitCode === null) child.kill('SIGTERM');
}, 500).unref();
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 0 : 1));
});
