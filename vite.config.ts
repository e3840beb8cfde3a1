/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Connect, type PluginOption } from 'vite';
import { chartToolsGroup, startChunkGroup } from './scripts/build/chunkGroups.ts';
import { CSP_META, headersFile, securityHeaders } from './scripts/security/contentSecurityPolicy.ts';

/**
 * Serves a path's own HTML when the build wrote one (`/party/cpc` →
 * `party/cpc/index.html`, drawn, with its preview tags), else the embed's
 * shell for any `/embed/…` or `/fr/embed/…` path; everything else falls
 * through to the SPA fallback.
 * The hosting notes in the README ask the same of a static host.
 */
const shellFallback =
  (root: () => string): Connect.NextHandleFunction =>
  (req, _res, next) => {
    const [path = '/', query] = (req.url ?? '/').split('?');
    if (/\.\w+$/.test(path)) return next();
    const shell = join(path, 'index.html');
    const search = query === undefined ? '' : `?${query}`;
    const embed = /^(\/fr)?\/embed(\/|$)/.exec(path);
    if (existsSync(join(root(), shell))) req.url = `${shell}${search}`;
    else if (embed) req.url = `${embed[1] ?? ''}/embed/index.html${search}`;
    next();
  };

/** Preview sends the headers the README asks of a static host. */
const securityHeadersMiddleware: Connect.NextHandleFunction = (req, res, next) => {
  for (const [name, value] of Object.entries(securityHeaders((req.url ?? '/').split('?')[0] ?? '/'))) res.setHeader(name, value);
  next();
};

export default defineConfig(({ isSsrBuild }) => ({
  // `npm start` (scripts/start.ts) asks for warnings only: it says how far the build is itself.
  logLevel: process.env.HEMICYCLE_QUIET ? 'warn' : 'info',
  plugins: [
    react(),
    // The prerender build (`vite build --ssr`) only compiles the app for Node: no pages, headers or images.
    ...(isSsrBuild ? [] : buildPlugins()),
  ],
  resolve: {
    alias: [
      // The layout package from its source: the app builds and tests with it as it is, no build of its own first.
      { find: /^hemicycle-layout$/, replacement: join(import.meta.dirname, 'packages/hemicycle-layout/src/index.ts') },
      { find: /^hemicycle-layout\/(\w+)$/, replacement: join(import.meta.dirname, 'packages/hemicycle-layout/src/$1.ts') },
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: join(import.meta.dirname, 'scripts/build/syncExternalStore.ts'),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // Every browser the target covers preloads modules itself (Safari from 17); one that does not loads them a moment later.
    modulePreload: {
      polyfill: false,
      // The builder is a page of its own (/make): its chunks load when it is opened, each importing the next, rather
      // than as a list of files every page's script carries for it (0.15 KB of / and its embed).
      resolveDependencies: (file, deps) => (/\/MakePage-/.test(file) ? [] : deps),
    },
    rolldownOptions: isSsrBuild
      ? // The server bundle renders every part at once: a lazy part it also imports is no fault there.
        { checks: { ineffectiveDynamicImport: false } }
      : {
          input: { main: 'index.html', embed: 'embed/index.html' },
          output: { codeSplitting: { groups: [startChunkGroup(), chartToolsGroup()] } },
        },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/fastCheckSeed.ts'],
    // Worker threads, not child processes: the suite took 55 s against 68 s here (each test file still has its own
    // module graph; no test relies on a process of its own).
    pool: 'threads',
  },
}));

function buildPlugins(): PluginOption[] {
  return [
    {
      // Build only: the dev server injects inline styles and its client, which this policy would block.
      name: 'hemicycle-security',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
      ],
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      },
    },
    {
      // Every page is served drawn (scripts/site/buildSite.ts): its first paint needs the HTML and the
      // stylesheets, not the app, so on a slow line the scripts take the bandwidth after them. Measured with
      // Lighthouse's mobile defaults: first contentful paint 1.6 s → 1.1 s on `/`.
      name: 'hemicycle-scripts-after-paint',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html) =>
          html
            .replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"')
            .replace(/<link rel="modulepreload"(?![^>]*fetchpriority)/g, '<link rel="modulepreload" fetchpriority="low"'),
      },
    },
    {
      name: 'hemicycle-shell-fallback',
      configureServer: (server) => void server.middlewares.use(shellFallback(() => server.config.root)),
      configurePreviewServer: (server) => {
        server.middlewares.use(securityHeadersMiddleware);
        server.middlewares.use(shellFallback(() => resolve(server.config.root, server.config.build.outDir)));
      },
    },
  ];
}
