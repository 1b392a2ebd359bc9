// Serving the built game the way a school does: a copy of dist/ in a sub-folder (/overflight/)
// of a plain static server — Python's `http.server`, as a teacher would run from a USB stick, or
// a few lines of Node standing in for a school's web server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/** The folder the tests put the game in, as a school would: https://school.example/overflight/. */
export const SUB_PATH = '/overflight/';

/** The build that the browser tests' global setup made. */
const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** A served copy of the build: its address, where its files are, and how to stop it. */
export interface ServedCopy {
  /** The game's address, e.g. http://127.0.0.1:41234/overflight/ */
  url: string;
  /** The folder served as /overflight/ (the tests may change files in it, as an update does). */
  folder: string;
  close(): Promise<void>;
}

/** Copy dist/ into a fresh temporary folder as overflight/; returns the folder above it. */
function copyBuild(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'overflight-served-'));
  const folder = join(root, SUB_PATH.replaceAll('/', ''));
  cpSync(DIST, folder, { recursive: true });
  return { root, folder };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.mp3': 'audio/mpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve a copy of the build under /overflight/ with a minimal static server written in Node. */
export async function serveWithNode(): Promise<ServedCopy> {
  const { root, folder } = copyBuild();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) {
        // As every static server does: a folder's address without its slash is redirected.
        if (!path.endsWith('/'))
          return void response.writeHead(301, { location: `${path}/` }).end();
        file = join(file, 'index.html');
      }
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    folder,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Whether `python3` is on this machine (the USB-stick test needs it). */
export const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;

/**
 * Serve a copy of the build under /overflight/ with `python3 -m http.server`, as the README tells
 * a teacher to (here on a free port, bound to this machine only).
 */
export async function serveWithPython(): Promise<ServedCopy> {
  const { root, folder } = copyBuild();
  const child: ChildProcess = spawn(
    'python3',
    ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Python says where it listens: "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`python3 did not start: ${said}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /port (\d+)/.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`python3 exited (${code}): ${said}`)));
  });
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    folder,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
