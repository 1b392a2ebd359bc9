// Browser tests need Chromium. Debian's package is used (no browser download is possible here):
// if it is missing and we may install packages, install it; otherwise say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (root && hasApt) {
  console.log("Chromium is missing: installing Debian's chromium package (about 30 s)…");
  execSync(
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
    { stdio: 'inherit' },
  );
  process.exit(existsSync(path) ? 0 : 1);
}
console.error(`The browser tests need Chromium at ${path}.
Install it (Debian/Ubuntu): sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core
or point CHROMIUM at another Chromium binary.`);
process.exit(1);
