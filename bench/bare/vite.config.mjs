// Builds the bare comparison page for `npm run bench:browser`. Same Vite, same target and the
// same Phaser chunk as the game's vite.config.ts, so the two builds differ only in what the game
// adds on top of Phaser. The bench script passes build.outDir (a temporary folder).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
