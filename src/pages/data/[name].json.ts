import type { APIRoute } from 'astro';
import { paths, rows, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = paths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await rows(params.name as Dataset), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
