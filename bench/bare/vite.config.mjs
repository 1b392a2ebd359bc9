// Builds the bare comparison page for `npm run bench:browser`. Same Vite, same target and the
// same chunking as the game's vite.config.ts. The floor is the Phaser any Phaser 4 page gets from
// `import Phaser from 'phaser'`: the package's prebuilt bundle, whole. The game itself ships only
// the parts of Phaser its board uses (src/board/phaser-parts.ts), so its download can be smaller
// than this page's. The bench script passes build.outDir (a temporary folder).
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
