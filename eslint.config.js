// @ts-check
// ESLint decides what Prettier does not: likely bugs and unclear code (issue 15). Flat config:
// @eslint/js recommended, typescript-eslint recommended, eslint-plugin-astro recommended for .astro.
// typescript-eslint's type-aware preset (recommendedTypeChecked, projectService) was measured and
// left out: on this 2-core machine it took `eslint .` from 17 s to 42 s wall (4.4 → 14.6 CPU s),
// most of the 60 s lint budget, and `tsc --noEmit` in `npm run check` type-checks everything anyway.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated, raw or third-party: never linted.
    ignores: ['dist/', '.astro/', 'node_modules/', 'archive/', 'content/', 'tests/output/', 'tests/fixtures/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed parameters and destructured leftovers are deliberate (replace callbacks
      // take positional arguments; `{ a, ...rest }` drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The search page's scripts run in the browser, as classic scripts and modules.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
