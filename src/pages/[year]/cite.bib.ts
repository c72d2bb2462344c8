// dist/<year>/cite.bib: the report's citation as BibTeX (issue 16.1).
import { citeRoute } from '../../lib/cite-routes.ts';
import { yearPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = yearPaths;
export const GET = citeRoute('bib');
