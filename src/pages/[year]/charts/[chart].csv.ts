// dist/<year>/charts/<chart-id>.csv: exactly the data of a chart's table (issue 16.3).
import { chartPaths, csvRoute } from '../../../lib/chart-routes.ts';

export const getStaticPaths = chartPaths;
export const GET = csvRoute;
