/** Lighthouse scores of a served page in Debian's Chromium (no browser download). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** The performance metrics behind the score (ms; CLS unitless), to see what a page below 100 lost. */
  metrics?: { fcp: number; lcp: number; tbt: number; si: number; cls: number };
}

export async function scores(url: string, chromePath = '/usr/bin/chromium'): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse 没有返回结果:${url}`);
    const c = result.lhr.categories;
    const pct = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
    const audit = (id: string) => Math.round((result.lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
    return {
      metrics: {
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        si: audit('speed-index'),
        cls: audit('cumulative-layout-shift'),
      },
      performance: pct(c.performance?.score),
      accessibility: pct(c.accessibility?.score),
      bestPractices: pct(c['best-practices']?.score),
      seo: pct(c.seo?.score),
    };
  } finally {
    chrome.kill();
  }
}

/** The pages issue 17.2 names, relative to the site root. */
export const LIGHTHOUSE_PAGES = [
  'index.html',
  '2024/index.html',
  '2024/tasks/1.html',
  'search.html?q=氢能',
  'compare/index.html',
  'methodology.html',
];
