import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Build the game once and serve it for every browser test. */
export default async function setup(project: TestProject) {
  // The module-runner config loader reads vite.config.ts's TypeScript imports as they are.
  await build({ configLoader: 'runner', logLevel: 'warn' });
  // Several test runs on one machine can each take their own port.
  const port = Number(process.env.E2E_PORT ?? 4179);
  const server = await preview({
    configLoader: 'runner',
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
