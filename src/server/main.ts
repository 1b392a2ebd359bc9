import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECKOUT_ROOT } from '../scenario/files';
import { startClassroomServer } from './classroom-server';

// `npm run classroom`: one process serving the built game (dist/) and the classroom rooms on
// one port. Environment: PORT (2567), HOST (0.0.0.0), DATA_DIR (./classroom-data), REDIS_URL
// and PUBLIC_ADDRESS (several processes), TRUST_PROXY=1 (behind a reverse proxy). Built into
// dist-server/main.mjs by vite.server.config.ts (`npm run build:server`), which starts in under
// a second; `npm run classroom:dev` runs these sources through tsx instead.

const root = CHECKOUT_ROOT;
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '0.0.0.0';

/** The addresses other devices on this network can open. */
function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const address of list ?? [])
      if (address.family === 'IPv4' && !address.internal) found.push(address.address);
  return found;
}

const server = await startClassroomServer({
  port,
  host,
  dataDir: resolve(process.env.DATA_DIR ?? join(root, 'classroom-data')),
  staticDir: join(root, 'dist'),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
  trustProxy: process.env.TRUST_PROXY === '1',
});

console.log(`Overflight classroom server on port ${server.port}.`);
const local = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`  On this computer: http://${local}:${server.port}/`);
if (host === '0.0.0.0' || host === '::')
  for (const address of lanAddresses())
    console.log(`  On the network:   http://${address}:${server.port}/`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing rooms (they are saved) and stopping.`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
