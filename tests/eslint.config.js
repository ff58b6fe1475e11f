// Lint rules for the whole repository (run as `eslint -c tests/eslint.config.js .`).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'tests/.tmp/',
      'tests/e2e/host/generated/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Data flows one way: content → src/data → src/charts → pages. A data module that needs a
    // chart's helper means the helper belongs in src/data or src/lib.
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)charts(/|$)',
              message:
                'src/data must not import src/charts (data flows content → data → charts → pages); move the helper to src/data or src/lib.',
            },
          ],
        },
      ],
    },
  },
);
