/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { contentPlugin } from './src/scenario/content-plugin';

export default defineConfig({
  // Scenario content is validated at build time and shipped checked (see the plugin).
  plugins: [contentPlugin()],
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
    testTimeout: 60_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
