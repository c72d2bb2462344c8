import { compareYears, counterpartsOf, type Comparison, type TaskCounterparts } from '../pipeline/compare/index.ts';
import { IndicatorRegistry } from '../schema/index.ts';
import { readYaml, siteData } from './site.ts';

let loaded: Promise<Comparison> | undefined;

/** The comparison of all report years, computed once per build from the site data and content/indicators.yaml. */
export function comparison(): Promise<Comparison> {
  loaded ??= (async () => {
    const site = await siteData();
    return compareYears(site.years, readYaml('indicators.yaml', IndicatorRegistry));
  })();
  return loaded;
}

/** One task's counterparts in the adjacent report years, by the task's id (“12”, “12.3”). */
export async function taskCounterparts(year: number, id: string): Promise<TaskCounterparts> {
  return counterpartsOf(year, id, (await comparison()).links);
}
