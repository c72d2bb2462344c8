import type { Page } from 'playwright-core';

/**
 * Presses «显示更多结果» until every result is drawn. Each press loads a page (on the Pagefind path,
 * over the network) with the button disabled, and the last one hides it: the page is awaited before
 * the button is looked at again, or a press could wait on a button about to be hidden.
 */
export async function showAllResults(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('#search-app[data-state="done"]', { timeout });
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForSelector('#search-app[data-state="done"]', { timeout });
  }
}
