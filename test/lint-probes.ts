import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Lint probe files that break a layer's import rules, in a scratch copy of the project's Biome
 * settings (so no probe lands in the working tree), with one Biome run for them all (the machine
 * is shared). Returns Biome's output per probe path ('' when a probe passes). Call inside a test
 * file: the scratch folder is removed after it.
 */
export function lintProbes(probes: Record<string, string>): Record<string, string> {
  const scratch = mkdtempSync(join(tmpdir(), 'overflight-lint-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const config = JSON.parse(readFileSync('biome.json', 'utf8'));
  config.vcs = { enabled: false };
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  for (const [path, code] of Object.entries(probes)) {
    const file = join(scratch, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
  }
  let out = '';
  try {
    execFileSync(
      resolve('node_modules/.bin/biome'),
      ['lint', '--max-diagnostics=200', ...Object.keys(probes)],
      { cwd: scratch, encoding: 'utf8', stdio: 'pipe' },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    out = `${stdout ?? ''}${stderr ?? ''}`;
  }
  // Each diagnostic starts with the probe's path: split the output by file.
  const byFile: Record<string, string> = {};
  for (const path of Object.keys(probes)) byFile[path] = '';
  for (const block of out.split(/\n(?=\S+\.ts:\d+:\d+ )/)) {
    const path = Object.keys(probes).find((p) => block.trimStart().startsWith(p));
    if (path) byFile[path] += block;
  }
  return byFile;
}
