// dist/<year>/cite.json: the report's citation as CSL-JSON (issue 16.1).
import { citeRoute } from '../../lib/cite-routes.ts';
import { yearPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = yearPaths;
export const GET = citeRoute('json');
