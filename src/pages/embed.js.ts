// /embed.js: the loader the embed snippet includes, built with the site's origin and message names.
import type { APIRoute } from 'astro';
import { embedLoader } from '../embed/loader.ts';
import { HEIGHT, PING } from '../embed/protocol.ts';
import { absolute } from '../lib/url.ts';

export const GET: APIRoute = () => {
  const args = [new URL(absolute()).origin, HEIGHT, PING].map((a) => JSON.stringify(a)).join(',');
  return new Response(`(${embedLoader.toString()})(document,document.currentScript,${args});\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
