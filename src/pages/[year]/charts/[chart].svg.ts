// dist/<year>/charts/<chart-id>.svg: a chart as a standalone image with its source and licence (issue 16.3).
import { chartPaths, svgRoute } from '../../../lib/chart-routes.ts';

export const getStaticPaths = chartPaths;
export const GET = svgRoute;
