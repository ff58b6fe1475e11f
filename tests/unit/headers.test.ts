// public/_headers, as a host that reads it applies it: every rule whose path matches applies,
// so a story page must get frame-ancestors 'none' and an embed page frame-ancestors *, once.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

function rules(): { path: string; headers: [string, string][] }[] {
  const out: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) out.push({ path: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      out.at(-1)!.headers.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return out;
}

/** Netlify's and Cloudflare's matching: a trailing * matches the rest of the path. */
const matches = (rule: string, path: string) =>
  rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;

const headersFor = (path: string, name: string) =>
  rules()
    .filter((r) => matches(r.path, path))
    .flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));

test.each(['/', '/index.html', '/chapters/01-the-deadline/', '/sources/', '/404.html'])(
  'story page %s may not be framed',
  (path) => {
    expect(headersFor(path, 'content-security-policy')).toEqual(["frame-ancestors 'none'"]);
    expect(headersFor(path, 'x-frame-options')).toEqual(['DENY']);
  },
);

test.each(['/embed/timeline/', '/embed/world-map/2020/', '/embed/revenue/'])(
  'embed page %s may be framed by any site',
  (path) => {
    expect(headersFor(path, 'content-security-policy')).toEqual(['frame-ancestors *']);
    expect(headersFor(path, 'x-frame-options')).toEqual([]);
  },
);
