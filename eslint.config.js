import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// ---------------------------------------------------------------------------
// Layer rules (STYLE.md §4.2), enforced with `no-restricted-imports`.
//
// Imports are relative (no path aliases), so a rule cannot match "src/features/…"
// literally: from src/features/timeline/x.tsx another feature is `../actors/…`, and
// from src/url/x.ts the app is `../app/…`. The patterns below are regexes over the
// import string that match a folder reached by climbing (`../`, any depth), or the
// same folder spelled through `src/`. Climbing into a same-named folder elsewhere
// would also match; no such folders exist, and the over-match fails loudly, not silently.
//
// ESLint applies the *last* matching config for a rule, it does not merge options.
// So every block below carries the src-wide bans too (`srcWide`), and the blocks go
// from general to specific.
// ---------------------------------------------------------------------------

/** A regex that matches an import reaching `src/<folder>` by climbing or via `src/`. */
const srcFolder = (...folders) => `(^|/)(\\.\\.|src)/(${folders.join('|')})(/|$)`;

const ban = (regex, message) => ({ regex, message });

const react_ = ban('^(react|react-dom|react-router|@tanstack/react-query)(/|$)', 'This layer is React-free (STYLE.md §4.2).');
const reactRouter = ban('^react-router(/|$)', 'Only src/url/use-*.ts binds to react-router (STYLE.md §4.5).');
const appAndFeatures = ban(srcFolder('features', 'app'), 'Lower layers never import features/ or app/ (STYLE.md §4.2).');

// Browser code must never reach Node or the pipeline; types alone would not stop it (STYLE.md §4.1).
const srcWide = [
  ban('^node:', 'src/ runs in the browser: no Node built-ins.'),
  ban('(^|/)pipeline(/|$)', 'src/ must not import pipeline/; shared code lives in src/schema or src/domain.'),
];
// Bare built-in names (`fs`, `path`…) are as Node-only as `node:fs`.
const bareBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'src/ runs in the browser: no Node built-ins.' }));

/** One `no-restricted-imports` block for files under src/, src-wide bans included. */
const layer = (files, patterns, extra = {}) => ({
  files,
  ...extra,
  rules: {
    'no-restricted-imports': ['error', { paths: bareBuiltins, patterns: [...srcWide, ...patterns] }],
  },
});

const featuresDir = new URL('./src/features/', import.meta.url);
// The four route areas, plus any feature folder added later (e.g. not-found), so a new
// folder is fenced in without anyone remembering to edit this file.
const features = [...new Set([
  'timeline', 'channels', 'actors', 'articles',
  ...(existsSync(featuresDir)
    ? readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : []),
])].sort();

const layerRules = [
  layer(['src/**/*.{ts,tsx}'], []),
  // schema is the contract shared with the pipeline: zod and its own files only.
  layer(['src/schema/**/*.{ts,tsx}'], [
    ban('^(?!zod(/|$)|\\./)', 'src/schema may import only zod and its own files (STYLE.md §4.2).'),
  ]),
  layer(['src/domain/**/*.{ts,tsx}'], [
    react_,
    ban(srcFolder('url', 'features', 'dataset', 'app'), 'src/domain is pure: no url/, features/, dataset/ or app/.'),
  ]),
  layer(['src/url/**/*.{ts,tsx}'], [appAndFeatures]),
  // Everything in url/ except the hook files is pure (STYLE.md §4.5).
  layer(['src/url/**/*.{ts,tsx}'], [appAndFeatures, react_, reactRouter], { ignores: ['src/url/**/use-*.ts'] }),
  layer(['src/dataset/**/*.{ts,tsx}'], [appAndFeatures]),
  layer(['src/components/**/*.{ts,tsx}'], [
    ban(srcFolder('features', 'app', 'dataset'), 'Shared components take props: no features/, app/ or dataset/.'),
  ]),
  // One block per feature: the sibling features are `../<name>` from inside a feature.
  ...features.map((feature) => {
    const others = features.filter((f) => f !== feature);
    return layer([`src/features/${feature}/**/*.{ts,tsx}`], [
      ban(`(^|/)(\\.\\.|features)/(${others.join('|')})(/|$)`, `Features never import each other; move shared code down a layer.`),
      ban(srcFolder('app'), 'Features never import app/.'),
    ]);
  }),
  // The pipeline shares src/schema and src/domain with the app, and nothing else.
  {
    files: ['pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          react_,
          ban('(^|/)src/(features|url|dataset|app|components)(/|$)', 'pipeline/ may import only src/schema and src/domain from src/.'),
        ],
      }],
    },
  },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'public/data/', 'public/data.tmp/', 'coverage/', '.bench/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['pipeline/**/*.ts', 'test/**/*.{ts,tsx}', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.tsx'],
    extends: [react.configs.flat.recommended, react.configs.flat['jsx-runtime'], reactHooks.configs.flat.recommended],
    settings: { react: { version: 'detect' } },
    rules: {
      // DESIGN.md "The app": article text is rendered as text; nothing from a seed becomes HTML.
      'react/no-danger': 'error',
    },
  },
  pluginQuery.configs['flat/recommended-strict'],
  {
    rules: {
      // `_`-prefixed names are deliberate placeholders (e.g. destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layerRules,
);
