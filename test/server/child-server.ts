import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (the OS picks one; it is free again once this returns). */
export async function freePort(): Promise<number> {
  return await new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** A classroom server started as its own process, with tsx's loader, as `npm run classroom:dev` runs it. */
export async function childServer(env: Record<string, string>) {
  // One process (tsx's CLI would run the server in a child of its own, out of reach of kill -9).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('classroom server on port')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`server exited:\n${output}`));
    });
  });
  return {
    output: () => output,
    /** Kill it at once (SIGKILL): no handler runs, nothing is flushed. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    /** Ask it to stop (SIGTERM) and wait for its exit code. */
    async terminate() {
      child.kill('SIGTERM');
      return await exited;
    },
  };
}
