/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { offlinePlugin } from './src/offline/pwa-plugin';
import { contentPlugin } from './src/scenario/content-plugin';

/**
 * The page starts with the menus (src/main.ts) and imports Phaser's side (src/board/stage.ts)
 * on demand, so that the menus do not wait for Phaser. This asks the browser to fetch that side
 * straight away, beside the menus' code, instead of after the menus' code has run: on a slow
 * network the board is playable about as soon as its bytes have arrived.
 */
function preloadStage(): Plugin {
  let base = './';
  return {
    name: 'overflight-preload-stage',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const stage = Object.values(bundle ?? {}).find(
          (chunk) =>
            chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/board/stage.ts'),
        );
        if (stage?.type !== 'chunk') return [];
        // Skip what the page already loads (the menus' code and the chunks it imports).
        const wanted = [stage.fileName, ...stage.imports].filter((file) => !html.includes(file));
        return wanted.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  // Every address in the build is relative, so dist/ works from any folder of any static server
  // (https://school.example/overflight/ as well as a server's root).
  base: './',
  // Scenario content is validated at build time and shipped checked (see the plugin); the
  // service worker and manifest make the game playable offline after one visit.
  plugins: [contentPlugin(), preloadStage(), offlinePlugin()],
  worker: { format: 'es', plugins: () => [contentPlugin()] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Phaser is one prebuilt ~1.37 MB bundle that changes only on upgrade: ship it in its
          // own chunk so a game update does not invalidate it in the cache. The test matches
          // Phaser's own files only, never the lazily loaded map JSON or the lab worker.
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-english.ts'],
    // Worker threads start faster than processes (about 35 s less for the whole suite here).
    pool: 'threads',
    testTimeout: 60_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
