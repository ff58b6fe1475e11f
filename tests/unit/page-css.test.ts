// Each page keeps only the CSS that can apply to it (src/integrations/page-css.ts).
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { pageTokens, pruneCss, prunePage } from '../../src/integrations/page-css.ts';

const page = (body: string, css: string, script = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' ${sha(css)}"><style>${css}</style></head><body>${body}<script type="module">${script}</script></body></html>`;
const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;

test('drops a rule whose class no element has and no script names', () => {
  const t = pageTokens('<p class="lead">x</p>');
  expect(pruneCss('.lead{color:red}.tl-mark{fill:blue}', t)).toBe('.lead{color:red}');
});

test('keeps a class a script adds, whole or from a stem it completes', () => {
  const t = pageTokens(page('<p>x</p>', '', "el.classList.add('on');e.className=`wm-s-${s}`"));
  expect(pruneCss('.on{color:red}.wm-s-hosting{fill:red}.wm-x{fill:blue}', t)).toBe(
    '.on{color:red}.wm-s-hosting{fill:red}',
  );
});

test('keeps a rule when any one of its selectors can match; ignores what is inside :not()', () => {
  const t = pageTokens('<p class="a">x</p>');
  expect(pruneCss('.gone,.a{color:red}p:not(.gone){margin:0}.gone p{margin:1px}', t)).toBe(
    '.gone,.a{color:red}p:not(.gone){margin:0}',
  );
});

test('drops a component’s scoped rules on a page without the component', () => {
  const t = pageTokens('<div data-astro-cid-abc class="x">x</div>');
  expect(pruneCss('.x[data-astro-cid-abc]{color:red}.x[data-astro-cid-zzz]{color:blue}', t)).toBe(
    '.x[data-astro-cid-abc]{color:red}',
  );
});

test('reads class names as the browser does (&amp; is &), and keeps rules inside at-rules', () => {
  const t = pageTokens('<div class="[&amp;_a]:py-1 sm:flex">x</div>');
  expect(
    pruneCss(
      '.\\[\\&_a\\]\\:py-1 a{padding:1px}@media (width>=40rem){.sm\\:flex{display:flex}.gone{color:red}}',
      t,
    ),
  ).toBe('.\\[\\&_a\\]\\:py-1 a{padding:1px}@media (width>=40rem){.sm\\:flex{display:flex}}');
});

test('the page’s Content-Security-Policy follows its pruned stylesheet', () => {
  const css = '.a{color:red}.b{color:blue}';
  const out = prunePage(page('<p class="a">x</p>', css));
  expect(out).toContain('<style>.a{color:red}</style>');
  expect(out).toContain(sha('.a{color:red}'));
  expect(out).not.toContain(sha(css));
});
