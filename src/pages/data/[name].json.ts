// /data/<name>.json: the rows, with the terms they come under, so the licence travels with them.
import type { APIRoute } from 'astro';
import { DATASET_TITLES, paths, rows, type Dataset } from '../../data/datasets.ts';
import { absolute } from '../../lib/url.ts';
import { LICENCE, citation } from '../../reuse/licence.ts';

export const getStaticPaths = paths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as Dataset;
  const body = {
    title: DATASET_TITLES[name],
    licence: { name: LICENCE.name, url: LICENCE.url },
    citation: citation(absolute()),
    described: absolute('data/datapackage.json'),
    rows: await rows(name),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
