// A small static file server for the end-to-end tests: serves a built site (or the test host
// page) on a port of its own and fails loudly if that port is taken.
// Usage: node tests/support/serve.ts <root-dir> <port> [base-path]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const [rootArg = 'dist', portArg = '4387', baseArg = '/'] = process.argv.slice(2);
const root = resolve(rootArg);
const port = Number(portArg);
const base = ('/' + baseArg.replace(/^\/|\/$/g, '') + '/').replace('//', '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, rel);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname + '/' === base) {
    res.writeHead(301, { Location: base });
    res.end();
    return;
  }
  const path = fileFor(url.pathname);
  const notFound = join(root, '404.html');
  const file = path ?? (existsSync(notFound) ? notFound : undefined);
  res.writeHead(path ? 200 : 404, {
    'Content-Type': TYPES[extname(file ?? '.txt')] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  if (file) createReadStream(file).pipe(res);
  else res.end('Not found');
});

server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop what is using it, or set E2E_PORT / E2E_HOST_PORT to a free port.`
      : err.message,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
