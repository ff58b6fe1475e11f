// Internal links go through here so the site works under any base path (BASE_PATH).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path ("chapters/x/") as a URL under the configured base. */
export function withBase(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** An absolute URL on the configured site (SITE_URL + base), for embeds, canonicals and cards. */
export function absolute(
  path = '',
  site: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined,
): string {
  if (!site) throw new Error('SITE_URL is not set: absolute URLs need it (see README, Deploy).');
  return new URL(withBase(path), site.origin).href;
}
