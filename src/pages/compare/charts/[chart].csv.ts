// dist/compare/charts/<chart-id>.csv: exactly the data a comparison chart draws (issue 16.3).
import { compareChartPaths, compareCsvRoute } from '../../../lib/chart-routes.ts';

export const getStaticPaths = compareChartPaths;
export const GET = compareCsvRoute;
