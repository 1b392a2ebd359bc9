import { defineConfig } from 'vite';

// The classroom server (src/server/main.ts) built for Node into one file, dist-server/main.mjs:
// it starts in a fraction of the time tsx needs to compile the sources, which matters when a
// crashed server must have every room back within seconds. Packages stay in node_modules.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'main.mjs' } },
  },
});
