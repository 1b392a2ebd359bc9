// The classroom server's multi-process test needs redis-server. Debian's package is used: if it
// is missing and we may install packages, install it; otherwise say how (the test then skips
// with that message).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (root && hasApt) {
  console.log("redis-server is missing: installing Debian's redis-server package…");
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server', {
    stdio: 'inherit',
  });
  process.exit(existsSync(path) ? 0 : 1);
}
console.error(`The classroom server's multi-process test needs redis-server at ${path}.
Install it (Debian/Ubuntu): sudo apt-get install -y --no-install-recommends redis-server
or point REDIS_SERVER at another redis-server binary.`);
process.exit(1);
