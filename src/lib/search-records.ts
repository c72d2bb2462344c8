import { t } from '../i18n/index.ts';
import { offlineIndexScript } from '../search/offline-index.ts';
import { yearRecords, type SearchRecord } from '../search/records.ts';
import type { Task } from '../schema/index.ts';
import type { SiteData } from './site.ts';

/**
 * The search records of every report (newest year first), from the same site data every page is
 * rendered from: task pages and report overviews, labelled with the names readers see.
 */
export function siteSearchRecords(site: SiteData): SearchRecord[] {
  const names = new Map(site.taxonomy.areas.map((a) => [a.slug, a.name]));
  const labels = {
    areaName: (slug: string) => names.get(slug) ?? slug,
    statusLabel: (value: Task['status']['value']) => t(`status.${value}`),
    taskTitle: (task: Task) => t('task.title', { number: task.number, short: task.shortTitle }),
  };
  return site.years.flatMap(({ report, tasks }) => yearRecords(report, tasks, labels));
}

const indexScripts = new WeakMap<SiteData, string>();

/**
 * The site's plain-script index (search/offline-index.js), made once per build: the endpoint
 * publishes it and the search page weighs it to choose its engine (src/search/engine.ts).
 */
export function siteOfflineIndex(site: SiteData): string {
  let script = indexScripts.get(site);
  if (script === undefined) {
    script = offlineIndexScript(siteSearchRecords(site));
    indexScripts.set(site, script);
  }
  return script;
}
