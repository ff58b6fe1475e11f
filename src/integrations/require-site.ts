// A production build must know where the site will live: canonical links, Open Graph cards and
// embed snippets carry absolute URLs, and a silent localhost default would publish them broken.
// `npm run dev`, and the local builds that say so (`npm start`, the tests), use localhost.
import type { AstroIntegration } from 'astro';

export const LOCAL_SITE = 'http://localhost:4321';

export const MISSING_SITE =
  'SITE_URL is not set. A production build needs the address the site will live at, for its canonical links, ' +
  'social cards and embed snippets: SITE_URL=https://graphics.example.org npm run build ' +
  '(add BASE_PATH=/a/sub/path/ under a sub-path). For a local build, run `npm start` or `npm run build:local`.';

export function requireSite(): AstroIntegration {
  return {
    name: 'require-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.site) return;
        if (command === 'build') throw new Error(MISSING_SITE);
        updateConfig({ site: LOCAL_SITE });
      },
    },
  };
}
