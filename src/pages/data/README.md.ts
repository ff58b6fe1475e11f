// /data/README.md: the data package as text, with the licence and the suggested citation.
import type { APIRoute } from 'astro';
import { storyPackage } from '../../data/package.ts';
import { dataReadme } from '../../reuse/datapackage.ts';

export const GET: APIRoute = async () =>
  new Response(dataReadme(await storyPackage()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
