import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Build the game once and serve it for every browser test. */
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4179, strictPort: true },
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
