// Pages for the second-origin test host, written at test time because the snippet comes from
// the built story page and the site's port varies. Each worker writes its own folder.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOST_DIR = fileURLToPath(new URL('./', import.meta.url));
// pym.js from node_modules, copied rather than vendored into the repository.
const PYM = fileURLToPath(new URL('../../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:,">
    <style>
      body { font: 18px/1.5 Georgia, serif; margin: 0 auto; max-width: 44rem; padding: 1rem; }
    </style>
    ${head}
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
  </body>
</html>
`;

const filler = '<p>Some of the host’s own article text, before and after the chart.</p>';

export interface Chart {
  slug: string;
  /** Embed page URL on the site under test. */
  url: string;
  title: string;
  /** The snippet as copied from the story page, origin rewritten to the site under test. */
  snippet: string;
}

/** Writes the host pages for this worker; returns their path on the host server. */
export function writeHostPages(worker: number, charts: Chart[]): string {
  const dir = `generated/w${worker}/`;
  const abs = HOST_DIR + dir;
  rmSync(abs, { recursive: true, force: true });
  mkdirSync(abs, { recursive: true });
  copyFileSync(PYM, abs + 'pym.v1.min.js');

  const snippets = charts.map((c) => filler + c.snippet).join('\n') + filler;
  const stripped = snippets.replace(/<script[^>]*><\/script>/g, '');
  const wide = '<style>body { max-width: none }</style>';
  writeFileSync(abs + 'snippets.html', page('Our snippet', snippets));
  // A host without an article column: the iframe as wide as the window.
  writeFileSync(abs + 'snippets-wide.html', page('Our snippet, full width', snippets, wide));
  // An element whose id is our message type: named access must not switch the loader off.
  writeFileSync(
    abs + 'clobbered.html',
    page('An id like our message type', `<p id="sent-abroad:embed-height">Host text.</p>\n${snippets}`),
  );
  // Room above the charts, to scroll them all out of view.
  writeFileSync(
    abs + 'offscreen.html',
    page('Charts far down the page', `<div style="height: 4000px"></div>\n${snippets}`, wide),
  );
  // A CMS that strips <script>: the iframes alone, at their default height.
  writeFileSync(abs + 'stripped.html', page('Snippet without its script', stripped));
  writeFileSync(abs + 'stripped-wide.html', page('Snippet without its script, full width', stripped, wide));

  const pymBody =
    charts.map((c) => `${filler}<div id="pym-${c.slug}"></div>`).join('\n') +
    `<script src="pym.v1.min.js"></script><script>
      // xdomain as the README tells pym.js hosts: only our origin (pym's default is any).
      ${JSON.stringify(charts.map((c) => [c.slug, c.url, c.title]))}.forEach(([slug, url, title]) =>
        new pym.Parent('pym-' + slug, url, {
          title,
          xdomain: '^' + new URL(url).origin.split('.').join('\\\\.'),
        }));
    </script>`;
  writeFileSync(abs + 'pym.html', page('pym.js host', pymBody));

  // amp-iframe's side of the protocol: `embed-size` from the frame itself sets its height.
  const ampBody =
    charts
      .map(
        (c) =>
          `${filler}<iframe src="${c.url}" title="${c.title}" width="100%" height="300" style="border:0"></iframe>`,
      )
      .join('\n') +
    `<script>
      addEventListener('message', (e) => {
        const d = e.data;
        if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
        for (const f of document.querySelectorAll('iframe'))
          if (f.contentWindow === e.source) f.style.height = d.height + 'px';
      });
    </script>`;
  writeFileSync(abs + 'amp.html', page('AMP-style host', ampBody));
  return `/${dir}`;
}

export function removeHostPages(worker: number): void {
  rmSync(`${HOST_DIR}generated/w${worker}/`, { recursive: true, force: true });
}
