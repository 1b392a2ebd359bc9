/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { offlinePlugin } from './src/offline/pwa-plugin';
import { contentPlugin } from './src/scenario/content-plugin';

/**
 * The page's first script (src/page-entry.ts) starts on the reader's language and then imports the
 * game's page (src/main.ts, the menus), which imports Phaser's side (src/board/stage.ts) on
 * demand. This asks the browser to fetch both straight away, beside the first script, instead of
 * each after the script before it has run. The menus' code comes first; Phaser's side, needed
 * only once a board opens, is fetched at low priority, so that on a slow network it does not
 * hold up the menus, the language's texts or the chosen scenario's, which it would otherwise
 * share the line with.
 */
function preloadPage(): Plugin {
  let base = './';
  return {
    name: 'overflight-preload-page',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = (entry: string) => {
          const found = Object.values(bundle ?? {}).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry),
          );
          return found?.type === 'chunk' ? found : null;
        };
        const byFile = new Map(Object.values(bundle ?? {}).map((c) => [c.fileName, c]));
        /** A chunk and every chunk it imports, however deep. */
        const closure = (file: string, into: string[] = []): string[] => {
          if (into.includes(file)) return into;
          into.push(file);
          const c = byFile.get(file);
          if (c?.type === 'chunk') for (const dep of c.imports) closure(dep, into);
          return into;
        };
        const link = (file: string, attrs: Record<string, string | boolean>) => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        });
        // Skip what the page already loads (the first script and the chunks it imports), and
        // what an earlier list has.
        const listed = new Set<string>();
        const unlisted = (file: string) => {
          if (html.includes(file) || listed.has(file)) return false;
          listed.add(file);
          return true;
        };
        const preloads = (entry: string, priority: 'high' | 'low') => {
          const found = chunk(entry);
          const attrs: Record<string, string> = priority === 'low' ? { fetchpriority: 'low' } : {};
          return found
            ? closure(found.fileName)
                .filter(unlisted)
                .map((file) => link(file, { rel: 'modulepreload', ...attrs }))
            : [];
        };
        // The menus' styles, as the first script's would be: in the head, before anything draws.
        const menus = chunk('/src/main.ts');
        // (A chunk's imports before the chunk, as Vite orders them: a later rule wins.)
        const styles = menus
          ? closure(menus.fileName)
              .reverse()
              .flatMap((file) => {
                const c = byFile.get(file);
                return c?.type === 'chunk' ? [...(c.viteMetadata?.importedCss ?? [])] : [];
              })
          : [];
        return [
          ...styles.filter(unlisted).map((file) => link(file, { rel: 'stylesheet' })),
          ...preloads('/src/main.ts', 'high'),
          ...preloads('/src/board/stage.ts', 'low'),
        ];
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
  plugins: [phaserParts(), contentPlugin(), preloadPage(), offlinePlugin()],
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
