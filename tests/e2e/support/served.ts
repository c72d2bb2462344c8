import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { builtSite, type BuiltSite } from './build.ts';
import { serve, type StaticServer } from './server.ts';

/** A built site served over HTTP, with a Chromium to visit it. */
export interface ServedSite {
  site: BuiltSite;
  browser: Browser;
  server: StaticServer;
}

/**
 * What most e2e files set up before their tests: the site of `options` built (or the run's build
 * reused, support/build.ts), its dist/ served and Chromium launched. If serving fails, the browser
 * is closed before the error goes on.
 */
export async function openServedSite(options?: Parameters<typeof builtSite>[0]): Promise<ServedSite> {
  const site = builtSite(options);
  const browser = await launchBrowser();
  try {
    return { site, browser, server: await serve(site.dist) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Closes what openServedSite opened; either may be missing when the setup failed. */
export async function closeServedSite(served: { browser?: Browser; server?: StaticServer }): Promise<void> {
  await served.browser?.close();
  await served.server?.close();
}
