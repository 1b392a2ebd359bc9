import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

// vite.config.ts imports the scenario loader (TypeScript, extensionless imports), which Vite's
// future native config loader would not take; the bundling loader used today does, so its
// advance notice is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

/** Build the game once and serve it for every browser test. */
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  // Several test runs on one machine can each take their own port.
  const port = Number(process.env.E2E_PORT ?? 4179);
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
