import type { APIRoute } from 'astro';
import { toCSV } from '../../lib/csv.ts';
import { paths, rows, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = paths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCSV(await rows(params.name as Dataset)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
