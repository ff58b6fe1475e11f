// /charts/<view>.png: the standalone SVG drawn at twice its size, for screens and slides.
import type { APIRoute } from 'astro';
import { PNG_SCALE, chartExport, toPng } from '../../charts/export/render.ts';
import { viewRoutes } from '../../charts/views.ts';

export const getStaticPaths = viewRoutes;

export const GET: APIRoute = async ({ props }) =>
  new Response(toPng((await chartExport(props.view)).file.svg, PNG_SCALE), {
    headers: { 'Content-Type': 'image/png' },
  });
