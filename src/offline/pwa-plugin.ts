// Build side of playing offline: the service worker and the web app manifest, made by
// vite-plugin-pwa (Workbox's generateSW). The page registers the worker itself, after load
// (src/offline/register-offline.ts), so nothing here adds to what the first visit waits for.
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Every file the game can ask for, so that a class can play, open the lab and hear the sounds
 * with no connection after one visit: the page, every code chunk (the lazily loaded screens and
 * the lab's worker included), styles, sounds, data and the icons. (The plugin adds the manifest.)
 */
export const PRECACHED_FILES = '**/*.{html,js,css,mp3,json,svg,png}';

/**
 * The service worker (dist/sw.js) and manifest (dist/manifest.webmanifest) for `npm run build`,
 * and `__OFFLINE_COPY__`, true in a build only: `npm start` serves files as they are edited, and
 * a worker keeping copies of them would only get in the way.
 */
export function offlinePlugin(): PluginOption {
  const flag: Plugin = {
    name: 'overflight-offline-flag',
    config: (_, { command }) => ({
      define: { __OFFLINE_COPY__: JSON.stringify(command === 'build') },
    }),
  };
  return [flag, pwa()];
}

function pwa(): PluginOption {
  return VitePWA({
    // The same worker whatever NODE_ENV says (the browser tests build with NODE_ENV=test).
    mode: 'production',
    // src/main.ts registers the worker after the page has loaded, and asks before updating.
    injectRegister: false,
    registerType: 'prompt',
    // The icons are among PRECACHED_FILES already.
    includeManifestIcons: false,
    manifest: {
      name: 'Overflight',
      short_name: 'Overflight',
      description:
        'A policy-simulation game about North Korean missile crises, with every consequence traced to its source.',
      lang: 'en',
      display: 'standalone',
      theme_color: '#16212b',
      background_color: '#f7f7f4',
      // Relative to the manifest, like every address in the build: the game may live in a
      // sub-folder of a school's server (https://school.example/overflight/).
      start_url: './',
      scope: './',
      icons: [
        { src: 'icons/overflight-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/overflight-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/overflight.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: [PRECACHED_FILES],
      // The first visit's page is taken over as soon as everything is cached, so a class whose
      // connection drops during that first lesson keeps the lab and the debrief. An update, by
      // contrast, waits for the teacher (see register-offline.ts): never skipWaiting here.
      clientsClaim: true,
      skipWaiting: false,
      // Any address inside the game's folder opens the game (a share link's #record= is never
      // sent to the server, so it needs nothing more).
      navigateFallback: 'index.html',
    },
  });
}
