// dist/<year>/tasks/<n>.json: a task's citation as CSL-JSON, beside its page (issue 16.1).
import { citeRoute, taskCitePaths } from '../../../lib/cite-routes.ts';

export const getStaticPaths = taskCitePaths;
export const GET = citeRoute('json');
