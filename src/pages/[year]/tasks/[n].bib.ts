// dist/<year>/tasks/<n>.bib: a task's citation as BibTeX, beside its page (issue 16.1).
import { citeRoute, taskCitePaths } from '../../../lib/cite-routes.ts';

export const getStaticPaths = taskCitePaths;
export const GET = citeRoute('bib');
