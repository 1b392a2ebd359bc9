import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import './browser';

// The classroom server for the networked browser tests: a child process (the built server,
// dist-server/main.mjs) serving the built game (dist/) and the rooms on a fixed port (devices reconnect to the same address after a restart),
// killed and started again by the test, with its store in a scratch folder.

/** Where the server's own output goes, for a person looking into a failure. */
const LOG = join(import.meta.dirname, '..', '..', 'test-results', 'classroom-server.log');

/** The port the networked tests' classroom server listens on (CLASSROOM_E2E_PORT to change). */
export const CLASSROOM_PORT = Number(process.env.CLASSROOM_E2E_PORT ?? 4491);

/**
 * The classroom server of one test file: built and started before its tests, removed after.
 * Each file passes its own port, so that files may run side by side.
 */
export function classroomServerForFile(port = CLASSROOM_PORT): ClassroomProcess {
  const server = new ClassroomProcess(port);
  beforeAll(async () => {
    await server.build();
    await server.start();
  }, 120_000);
  afterAll(() => server.dispose());
  return server;
}

/** A room's summary line on the teacher's console (round, phase, committed, students). */
export const consoleSummary = (teacher: Page, code: string) =>
  teacher.getByTestId(`summary-${code}`).innerText();

/** A classroom server the test can kill (SIGKILL, as a crash) and start again on its store. */
export class ClassroomProcess {
  private child: ChildProcess | null = null;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'overflight-classroom-e2e-'));

  /** A server on a port (each test file its own, so that files may run side by side). */
  constructor(readonly port = CLASSROOM_PORT) {}

  /** The server's address (it serves the built game too). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Build the server into dist-server/main.mjs (it starts in a fraction of tsx's time). */
  async build(): Promise<void> {
    const { build } = await import('vite');
    await build({ configFile: 'vite.server.config.ts', configLoader: 'runner', logLevel: 'warn' });
  }

  /** Start it; resolves once it listens. */
  start(): Promise<void> {
    mkdirSync(join(LOG, '..'), { recursive: true });
    const child = spawn(process.execPath, ['dist-server/main.mjs'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server: ${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        appendFileSync(LOG, chunk);
        if (output.includes('classroom server on port')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
    });
  }

  /** Kill it at once, as a crash would (nothing is closed cleanly). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** Kill it and remove its store. */
  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A device: a page in its own browser context (its own storage), with its errors recorded. */
export async function device(
  browser: Browser,
  url: string,
  width: number,
  height: number,
): Promise<{ page: Page; errors: string[] }> {
  // The offline copy is another test's subject; here its notice would only sit over the board.
  const context = await browser.newContext({
    viewport: { width, height },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // A server killed on purpose: the socket's failures while it is down are expected.
    if (
      message.type() === 'error' &&
      !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load/.test(message.text())
    )
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  // Joining once Phaser has started: a page busy starting it answers its socket late.
  await page.waitForFunction(() => window.__overflight?.renderer(), null, { timeout: 60_000 });
  return { page, errors };
}
