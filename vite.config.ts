/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
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

/**
 * Phaser's build-time switches, as its own webpack build sets them: both renderers (WebGL, and
 * Canvas where a school's machine has no WebGL), no WebGL debugging, no sound (Howler plays it).
 */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * In the production build, `phaser` is the board's own selection of Phaser's parts
 * (src/board/phaser-parts.ts), compiled from Phaser's sources with the switches above, instead
 * of the prebuilt bundle of everything.
 */
function phaserParts(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'overflight-phaser-parts',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^phaser$/,
            replacement: fileURLToPath(new URL('./src/board/phaser-parts.ts', import.meta.url)),
          },
          {
            find: /^phaser-src\//,
            replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)),
          },
        ],
      },
    }),
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      return {
        code: code.replace(flag, (_, name: string) => String(PHASER_FLAGS[name])),
        map: null,
      };
    },
  };
}

export default defineConfig({
  // Every address in the build is relative, so dist/ works from any folder of any static server
  // (https://school.example/overflight/ as well as a server's root).
  base: './',
  // Scenario content is validated at build time and shipped checked (see the plugin); the
  // service worker and manifest make the game playable offline after one visit.
  plugins: [phaserParts(), contentPlugin(), preloadStage(), offlinePlugin()],
  worker: { format: 'es', plugins: () => [contentPlugin()] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Phaser (its parts the board uses) changes only on upgrade: ship it in its own chunk
          // so a game update does not invalidate it in the cache. The test matches
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
