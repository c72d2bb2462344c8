// dist/compare/charts/<chart-id>.svg: a comparison chart as a standalone image with its sources and licence (issue 16.3).
import { compareChartPaths, compareSvgRoute } from '../../../lib/chart-routes.ts';

export const getStaticPaths = compareChartPaths;
export const GET = compareSvgRoute;
