import type { APIRoute } from 'astro';
import { BOM, toCSV } from '../../lib/csv.ts';
import { columns } from '../../data/columns.ts';
import { paths, rows, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = paths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as Dataset;
  const csv = toCSV(
    await rows(name),
    columns(name).map((c) => c.name),
  );
  return new Response(BOM + csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
