// ESLint flat config: typescript-eslint, React hooks, and the folder import rules
// of docs/architecture (core stays pure; data, url and charts stay in their lanes).
import js from '@eslint/js';
import { readdirSync, readFileSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });
const FEATURES = readdirSync('./src/features');
/** The modules a feature's door (its index.ts) names: the only ones the rest of the app may import. */
const doorOf = (name) => [
  ...new Set([...readFileSync(`./src/features/${name}/index.ts`, 'utf8').matchAll(/from '(\.\/[^']+)'/g)].map((m) => m[1])),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      '**/dist',
      'dist-ssr',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
      'public/data',
      'bench/tmp',
      '.night',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A `${…}` in a quoted string is shown as typed: it let a French message print "${NBSP}".
      'no-template-curly-in-string': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data is always rendered as text.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/core',
              ['./src/charts', './src/shared', './src/features', './src/url', './src/embed', './src/i18n'],
              'core/ is pure: no React, DOM, URL or views.',
            ),
            zone(
              './src/data',
              ['./src/core', './src/charts', './src/shared', './src/features', './src/url', './src/embed'],
              'data/ is the ground floor (the schema, loading, what a riding says): core and views build on it, not it on them.',
            ),
            zone('./src/core/election', './src/core/picture', 'Election rules do not know how seats are drawn.'),
            zone(
              './src/url',
              ['./src/core', './src/charts', './src/shared', './src/features', './src/data'],
              'url/ only parses and builds URLs.',
            ),
            zone(
              './src/charts',
              ['./src/shared', './src/features', './src/url', './src/data/electionQuery.ts'],
              'charts/ draw what they are given.',
            ),
            zone('./src/shared', ['./src/features', './src/embed'], 'shared/ serves every feature and knows none of them.'),
            zone(
              FEATURES.filter((name) => name !== 'page').map((name) => `./src/features/${name}`),
              ['./src/features/page', './src/App.tsx', './src/main.tsx'],
              'The page shell composes the features; a feature does not reach back into it.',
            ),
            // Each feature's door: the rest of the app uses what its index.ts names, never its insides.
            ...FEATURES.map((name) => ({
              target: [
                './src/*.{ts,tsx}',
                './src/embed',
                ...FEATURES.filter((other) => other !== name).map((other) => `./src/features/${other}`),
              ],
              from: `./src/features/${name}`,
              except: doorOf(name),
              message: `features/${name}/index.ts does not name this module: a feature's insides are its own.`,
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', 'wouter', '@tanstack/*'], message: 'core/ is pure TypeScript.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'fetch', 'navigator', 'location'],
    },
  },
);
