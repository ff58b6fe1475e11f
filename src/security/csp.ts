// The policy's directives besides script-src and style-src, which Astro writes itself from the
// hashes of what it emits. A <meta> policy cannot say who may frame a page (frame-ancestors):
// that is in public/_headers, for hosts that read it (README: Security).
import type { AstroUserConfig } from 'astro';

type Directives = NonNullable<
  Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']
>;

export const CSP_DIRECTIVES: Directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Chapters may frame only this site's own embeds (the MDX check rejects other iframes).
  "frame-src 'self'",
];
