/**
 * node scripts/bench/search-trace.ts [--runs N] [--queries 氢能,2024年,…] [dist…] — what runs in every
 * long task (over 50 ms) of the search page's main thread. Each run opens search.html?q=… in a fresh
 * browser context and then, in another, types the query into the idle page and presses Enter (the
 * two flows of scripts/bench/search.ts), with a Chromium trace of each (devtools.timeline). For every
 * main-thread task over 50 ms it prints the task's length and where its time went: the trace events
 * inside it by self time (style recalculation, layout, HTML parsing, script evaluation with the
 * script's file, garbage collection…). Served under /zwgk/gzbg/ as scripts/bench/search.ts does.
 * The page is driven through the DevTools protocol alone, as scripts/bench/pages.ts firstQuery does.
 *
 * Only the page's own renderer process counts (the one that loads the site's files): headless
 * Chromium also runs its omnibox popup, a chrome:// WebUI page (omnibox-aim-app, cr-composebox…),
 * in a renderer of its own, whose 50–150 ms tasks are no part of the page and are listed apart. A
 * task that is a DevTools message (the driver evaluating something in the page) is marked so.
 * Tracing itself slows the page a little, so the lengths are an upper bound. Prints Markdown.
 */
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serve } from '../../tests/e2e/support/server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, queries: { type: 'string' } },
});
const QUERIES = values.queries ? values.queries.split(',') : ['氢能', '高标准农田', '氢能 重卡', '2024年'];
const RUNS = Number(values.runs);
const LONG_US = 50_000;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'loading',
].join(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; stackTrace?: { url?: string }[] };
    beginData?: { url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export interface LongTask {
  ms: number;
  /** Whose task: the page's, the driver's (a DevTools message), or another renderer's (Chromium's own UI). */
  owner: 'page' | 'driver' | 'other renderer';
  /** The events inside the task with the most self time, as "name (file) ms". */
  inside: string[];
}

/** Main-thread tasks over 50 ms in a Chromium trace, each with where its time went; `site` is the site's origin. */
export function longTasks(events: TraceEvent[], site: string): LongTask[] {
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.beginData?.url ?? '';
  const pagePids = new Set(events.filter((e) => urlOf(e).startsWith(site)).map((e) => e.pid));
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .toSorted((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > LONG_US);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const inner = onMain.filter(
      (e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur! <= end,
    );
    // Self time: an event's duration less that of the events directly inside it.
    const self = new Map<TraceEvent, number>(inner.map((e) => [e, e.dur!]));
    const stack: TraceEvent[] = [];
    for (const e of inner) {
      while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, self.get(parent)! - e.dur!);
      stack.push(e);
    }
    const byName = new Map<string, number>();
    for (const [e, us] of self) {
      const url = e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || '';
      const key = url ? `${e.name} (${url.split('/').at(-1)})` : e.name;
      byName.set(key, (byName.get(key) ?? 0) + us);
    }
    const inside = [...byName]
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, 4)
      .filter(([, us]) => us >= 2_000)
      .map(([k, us]) => `${k} ${Math.round(us / 1000)}`);
    const devtools = inner.some((e) => e.args?.chrome_mojo_event_info?.mojo_interface_tag?.includes('DevTools'));
    const owner = !pagePids.has(task.pid) ? 'other renderer' : devtools ? 'driver' : 'page';
    return { ms: Math.round(task.dur! / 1000), owner, inside };
  });
}

/** Milliseconds of style recalculation (UpdateLayoutTree) and layout (Layout) on the page's main thread. */
export function renderWork(events: TraceEvent[], site: string): { style: number; layout: number } {
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.beginData?.url ?? '';
  const pagePids = new Set(events.filter((e) => urlOf(e).startsWith(site)).map((e) => e.pid));
  const sum = (name: string) =>
    events
      .filter((e) => e.ph === 'X' && e.name === name && pagePids.has(e.pid))
      .reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
  return { style: Math.round(sum('UpdateLayoutTree')), layout: Math.round(sum('Layout')) };
}

const work: { key: string; style: number; layout: number }[] = [];

async function traced(
  browser: Browser,
  page: Page,
  site: string,
  key: string,
  run: () => Promise<void>,
): Promise<LongTask[]> {
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await run();
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  work.push({ key, ...renderWork(events, site) });
  return longTasks(events, site);
}

/** Says on the console when the page is first idle and when results are drawn (no driver script needed to wait). */
const PROBE = () => {
  addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('search-app')!;
    let idle = false;
    let drawn = false;
    const check = () => {
      if (app.getAttribute('data-state') !== 'done') return;
      if (!idle) console.log('gzbg:idle');
      idle = true;
      if (app.hasAttribute('data-count') && !drawn) console.log('gzbg:drawn');
      drawn ||= app.hasAttribute('data-count');
    };
    new MutationObserver(check).observe(app, { attributes: true, attributeFilter: ['data-state'] });
    // The page's deferred scripts run before DOMContentLoaded: an empty page may be done already.
    check();
  });
};
const said = (page: Page, text: string) =>
  page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 30_000 });

async function traceQuery(browser: Browser, base: string, query: string): Promise<{ flow: string; task: LongTask }[]> {
  const site = new URL(base).origin;
  const out: { flow: string; task: LongTask }[] = [];
  const open = await browser.newContext();
  const tab = await open.newPage();
  await tab.addInitScript(PROBE);
  const onOpen = await traced(browser, tab, site, `${base}\t${query}`, async () => {
    const drawn = said(tab, 'gzbg:drawn');
    await tab.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, base).href);
    await drawn;
    await tab.waitForLoadState('networkidle');
  });
  out.push(...onOpen.map((task) => ({ flow: 'navigation', task })));
  await open.close();
  const typing = await browser.newContext();
  const page = await typing.newPage();
  await page.addInitScript(PROBE);
  const cdp = await typing.newCDPSession(page);
  const idle = said(page, 'gzbg:idle');
  await page.goto(new URL('search.html', base).href, { waitUntil: 'networkidle' });
  await idle;
  await cdp.send('Runtime.evaluate', { expression: `document.getElementById('search-q').focus()` });
  await cdp.send('Input.insertText', { text: query });
  const onKey = await traced(browser, page, site, '', async () => {
    const drawn = said(page, 'gzbg:drawn');
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
    await drawn;
    await page.waitForTimeout(300);
  });
  out.push(...onKey.map((task) => ({ flow: 'key press', task })));
  await typing.close();
  return out;
}

if (import.meta.main) {
  const dists = (positionals.length ? positionals : [process.env.GZBG_OUT_DIR ?? 'dist']).map((d) => resolve(d));
  const servers = await Promise.all(dists.map((d) => serve(d, { prefix: '/zwgk/gzbg/' })));
  const browser = await launchBrowser();
  const rows: string[] = [];
  let traces = 0;
  for (const q of QUERIES)
    for (let i = 0; i < RUNS; i++)
      for (const [n, dist] of dists.entries()) {
        traces += 2;
        for (const { flow, task } of await traceQuery(browser, servers[n]!.url, q))
          rows.push(
            `| ${dist} | ${q} | ${i + 1} | ${flow} | ${task.owner} | ${task.ms} ms | ${task.inside.join('; ')} |`,
          );
      }
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  console.log(`Command: node scripts/bench/search-trace.ts ${process.argv.slice(2).join(' ')}`.trim());
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)} at the end; Node ${process.version}; Chromium headless`,
  );
  console.log(
    `Date: ${new Date().toISOString().slice(0, 16)} UTC; ${traces} traced page loads or key presses, ${rows.length} tasks over 50 ms, of which ${rows.filter((r) => r.includes('| page |')).length} in the page\n`,
  );
  console.log('| folder | query | run | flow | whose | task | inside (self time, ms) |');
  console.log('|---|---|---:|---|---|---:|---|');
  for (const r of rows) console.log(r);
  // Style and layout of each opened page (navigation flow), per folder: median (min–max) of the runs.
  console.log('\n| folder | query | style recalculation (navigation) | layout (navigation) |');
  console.log('|---|---|---:|---:|');
  for (const [n, dist] of dists.entries())
    for (const q of QUERIES) {
      const mine = work.filter((w) => w.key === `${servers[n]!.url}\t${q}`);
      const show = (f: (w: (typeof work)[number]) => number) => {
        const v = mine.map(f).toSorted((a, b) => a - b);
        return `${v[Math.floor(v.length / 2)]} ms (${v[0]}–${v.at(-1)})`;
      };
      if (mine.length) console.log(`| ${dist} | ${q} | ${show((w) => w.style)} | ${show((w) => w.layout)} |`);
    }
}
