// /data/datapackage.json: the Frictionless Data Package describing every CSV here.
import type { APIRoute } from 'astro';
import { storyPackage } from '../../data/package.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await storyPackage(), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
