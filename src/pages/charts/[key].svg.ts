// /charts/<view>.svg: the chart as a standalone file (title, chart, caption, sources, credit),
// drawn by the chart's own component (src/charts/export/render.ts).
import type { APIRoute } from 'astro';
import { chartExport } from '../../charts/export/render.ts';
import { viewRoutes } from '../../charts/views.ts';

export const getStaticPaths = viewRoutes;

export const GET: APIRoute = async ({ props }) =>
  new Response((await chartExport(props.view)).file.svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
