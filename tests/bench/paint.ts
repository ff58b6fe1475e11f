// The paint benchmark (`npm run bench:paint`), outside `npm test` because timings are not
// deterministic: serves the built site compressed as a static host or CDN would (brotli or gzip
// by Accept-Encoding, hashed assets cached for a year, pages revalidated), runs Lighthouse's
// mobile profile (simulated slow 4G and a 4× slower CPU) several times on the story page and
// every chapter page, and prints the medians of first and largest contentful paint, total
// blocking time, layout shift, the performance score and the bytes transferred.
// It builds nothing: build first (`npm run build:local`).
// Usage: node tests/bench/paint.ts [--dist=dist] [--runs=3] [--port=4390] [--json=file]
//        [--throttling=simulate|devtools] [/path/ …]
// (default: / and every chapter page; BENCH_PORT and ASTRO_OUT_DIR are read too).
// --throttling=devtools throttles the real network and CPU while the page loads (Lighthouse's
// slower devtools settings), so the browser paints from the first bytes as a phone does; the
// default, simulate, is Lighthouse's score: it models the whole document arriving before the
// first paint, so a page whose HTML is over the first TCP round trip (about 14 KB compressed)
// pays one more round trip (150 ms) however early its first screen comes (see README, First paint).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dist = resolve(option('dist') ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const runs = Number(option('runs') ?? 3);
const port = Number(option('port') ?? process.env.BENCH_PORT ?? 4390);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const throttling = option('throttling') ?? 'simulate';
if (throttling !== 'simulate' && throttling !== 'devtools') {
  console.error(
    `--throttling=${throttling}: write --throttling=simulate (the default) or --throttling=devtools.`,
  );
  process.exit(1);
}
// Lighthouse's simulated slow 4G starts a connection with a 10-packet window: a document up to
// this many bytes arrives in the first round trip.
const FIRST_WINDOW = 10 * 1460;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `No built site at ${dist} (no index.html): run \`npm run build:local\` first. bench:paint builds nothing.`,
  );
  process.exit(1);
}
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}: install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}

const chosen = args.filter((a) => !a.startsWith('--'));
const pages =
  chosen.length > 0
    ? chosen
    : [
        '/',
        ...readdirSync(join(dist, 'chapters'))
          .filter((d) => existsSync(join(dist, 'chapters', d, 'index.html')))
          .sort()
          .map((d) => `/chapters/${d}/`),
      ];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

// Each file compressed once, at its best level, as a CDN keeps it.
const cache = new Map<string, { raw: Buffer; br?: Buffer; gzip?: Buffer }>();
function load(file: string) {
  let entry = cache.get(file);
  if (!entry) {
    const raw = readFileSync(file);
    entry = COMPRESSIBLE.has(extname(file))
      ? {
          raw,
          br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          gzip: gzipSync(raw, { level: 9 }),
        }
      : { raw };
    cache.set(file, entry);
  }
  return entry;
}

function fileFor(urlPath: string): string | undefined {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let path = join(dist, rel);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

function serve(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = fileFor(url.pathname);
  const file = found ?? join(dist, '404.html');
  const { raw, br, gzip } = load(file);
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const [body, encoding] =
    br && /\bbr\b/.test(accepts)
      ? [br, 'br']
      : gzip && /\bgzip\b/.test(accepts)
        ? [gzip, 'gzip']
        : [raw, undefined];
  res.writeHead(found ? 200 : 404, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    Vary: 'Accept-Encoding',
    // Astro's hashed assets never change under their name; pages and the rest revalidate.
    'Cache-Control': url.pathname.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate',
  });
  res.end(body);
}

interface Run {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  score: number;
  bytes: number;
  /** The page's own HTML as sent (compressed). */
  doc: number;
  /** Stylesheets fetched at the highest priority: those that block rendering. */
  blocking: number;
  /** Main-thread work in ms (style, layout, paint, script) under the 4× CPU slowdown. */
  work: number;
}

function lighthouse(url: string): Promise<Run> {
  const bin = resolve('node_modules/.bin/lighthouse');
  const flags = [
    url,
    '--output=json',
    '--quiet',
    '--only-categories=performance',
    `--throttling-method=${throttling}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  return new Promise((done, fail) =>
    execFile(
      bin,
      flags,
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return fail(new Error(`Lighthouse failed on ${url}: ${stderr || err.message}`));
        const lhr = JSON.parse(stdout);
        if (lhr.runtimeError) return fail(new Error(`Lighthouse: ${lhr.runtimeError.message} on ${url}`));
        const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
        // Lighthouse 12's render-blocking audit trips over this Chromium's traces; the request
        // list says the same: Chrome fetches a render-blocking stylesheet at VeryHigh priority.
        const requests: { resourceType?: string; priority?: string; transferSize?: number }[] =
          lhr.audits['network-requests']?.details?.items ?? [];
        done({
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          score: Math.round(Number(lhr.categories.performance.score) * 100),
          bytes: num('total-byte-weight'),
          doc: Number(requests.find((r) => r.resourceType === 'Document')?.transferSize ?? NaN),
          blocking: requests.filter((r) => r.resourceType === 'Stylesheet' && r.priority === 'VeryHigh')
            .length,
          work: num('mainthread-work-breakdown'),
        });
      },
    ),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const server = createServer(serve);
server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop what is using it, or pass --port=… (or BENCH_PORT).`
      : err.message,
  );
  process.exit(1);
});
await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
console.log(
  `Lighthouse ${runs}× per page, mobile profile (${throttling === 'simulate' ? 'simulated' : 'devtools'} throttling), ${dist} served with brotli at http://127.0.0.1:${port}/`,
);

// Targets (issue 17): paints at or under 0.8 s, TBT under 50 ms, no layout shift, score 100.
const TARGET = { fcp: 800, lcp: 800, tbt: 50, cls: 0, score: 100 };
const rows: (Run & { page: string; misses: string[] })[] = [];
try {
  console.log(
    'page'.padEnd(36),
    '  FCP',
    '  LCP',
    ' TBT',
    '  CLS',
    'perf',
    'KB sent',
    'HTML KB',
    'blocking CSS',
    'main thread',
  );
  for (const page of pages) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouse(`http://127.0.0.1:${port}${page}`));
    const m: Run = {
      fcp: median(results.map((r) => r.fcp)),
      lcp: median(results.map((r) => r.lcp)),
      tbt: median(results.map((r) => r.tbt)),
      cls: median(results.map((r) => r.cls)),
      score: median(results.map((r) => r.score)),
      bytes: median(results.map((r) => r.bytes)),
      doc: median(results.map((r) => r.doc)),
      blocking: median(results.map((r) => r.blocking)),
      work: median(results.map((r) => r.work)),
    };
    const misses = [
      m.fcp > TARGET.fcp && 'FCP',
      m.lcp > TARGET.lcp && 'LCP',
      m.tbt >= TARGET.tbt && 'TBT',
      m.cls > TARGET.cls && 'CLS',
      m.score < TARGET.score && 'score',
    ].filter((x): x is string => Boolean(x));
    rows.push({ page, ...m, misses });
    console.log(
      page.padEnd(36),
      `${(m.fcp / 1000).toFixed(2)}s`.padStart(5),
      `${(m.lcp / 1000).toFixed(2)}s`.padStart(5),
      `${Math.round(m.tbt)}ms`.padStart(4),
      m.cls.toFixed(3).padStart(5),
      String(m.score).padStart(4),
      (m.bytes / 1024).toFixed(1).padStart(7),
      `${(m.doc / 1024).toFixed(1)}${m.doc > FIRST_WINDOW ? '+' : ' '}`.padStart(7),
      String(m.blocking).padStart(12),
      `${Math.round(m.work)}ms`.padStart(11),
      misses.length ? `  misses: ${misses.join(', ')}` : '  on target',
    );
  }
} finally {
  server.close();
}
console.log(
  `(median of ${runs}; KB sent = Lighthouse's total byte weight, compressed; HTML KB = the page itself as sent, + when over the first round trip's ${(FIRST_WINDOW / 1024).toFixed(1)} KB; blocking CSS = stylesheets fetched at the highest priority; target: FCP and LCP ≤ 0.8 s, TBT < 50 ms, CLS 0, score 100)`,
);
const json = option('json');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
