import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const tmp = mkdtempSync(join(tmpdir(), 'overflight-cli-'));

function run(script: 'simulate' | 'validate' | 'calibrate', ...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'src', 'cli', `${script}-cli.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary parts of raw scenario JSON
type Json = any;

function brokenScenario(name: string, edit: (d: Json) => void) {
  const data = JSON.parse(
    readFileSync(join(ROOT, 'scenarios', 'aug-2017-overflight.scenario.json'), 'utf8'),
  );
  edit(data);
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

describe('npm run simulate', () => {
  it('prints outcome counts, per-round means, tests, overflights and scores as JSON', () => {
    const { code, stdout } = run(
      'simulate',
      '--scenario',
      'aug-2017-overflight',
      '--runs',
      '1000',
      '--seed',
      '1',
    );
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    const total = Object.values(summary.outcomes as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(total).toBe(1000);
    expect(summary.perRound).toHaveLength(12);
    expect(summary.perRound[0].means.nkMissileCapability).toBeGreaterThan(0);
    expect(summary.meanTests).toBeGreaterThan(0);
    expect(summary.meanOverflights).toBeGreaterThan(0);
    expect(Object.keys(summary.meanScores)).toEqual(['northKorea', 'us', 'japan', 'southKorea']);
    // Outcomes are varied: no single ending takes everything.
    expect(Object.keys(summary.outcomes).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same figures through the machines as through the model loop', () => {
    const viaModel = JSON.parse(
      run('simulate', '--scenario', 'aug-2017-overflight', '--runs', '30').stdout,
    );
    const viaMachines = JSON.parse(
      run('simulate', '--scenario', 'aug-2017-overflight', '--runs', '30', '--machines').stdout,
    );
    expect(viaMachines.path).toBe('machines');
    expect({ ...viaMachines, path: '', elapsedMs: 0 }).toEqual({
      ...viaModel,
      path: '',
      elapsedMs: 0,
    });
  });

  it('follows a policy file and prints a single game with --trace', () => {
    const policy = join(tmp, 'policy.json');
    writeFileSync(
      policy,
      JSON.stringify({ us: 'us.reassure-allies', northKorea: ['nk.overflight', null, 'nk.salvo'] }),
    );
    const { code, stdout } = run(
      'simulate',
      '--scenario',
      'aug-2017-overflight',
      '--seed',
      '4',
      '--policy',
      policy,
      '--trace',
    );
    expect(code).toBe(0);
    const trace = JSON.parse(stdout);
    expect(trace.rounds[0].decisions.us.option).toBe('us.reassure-allies');
    expect(trace.rounds[0].decisions.northKorea.option).toBe('nk.overflight');
    expect(trace.rounds[2].decisions.northKorea.option).toBe('nk.salvo');
    const overflightChange = trace.rounds[0].changes.find(
      (c: { cause: string; indicator: string }) =>
        c.indicator === 'allianceConfidence.japan' && c.cause.startsWith('rule:'),
    );
    expect(overflightChange.claims).toContain('claim.001-14.overflight-wedge');
    expect(trace.claims['claim.001-14.overflight-wedge'].cites).toContain('001:14');
  });

  it.each([
    [['--scenario', 'aug-2017-overflight', '--runs', 'many'], /--runs needs a whole number/],
    [['--runs', '5'], /--scenario is required/],
    [
      ['--scenario', 'aug-2017-overflight', '--turn-order', 'random'],
      /--turn-order must be sealed or sequential/,
    ],
    [['--scenario', 'aug-2017-overflight', '--frobnicate'], /Unknown option '--frobnicate'/],
    [
      ['--scenario', 'aug-2017-overflight', '--policy', '/nonexistent/p.json'],
      /\/nonexistent\/p\.json: cannot be read/,
    ],
    // Unbounded input is refused at once rather than run for hours or read forever.
    [
      ['--scenario', 'aug-2017-overflight', '--runs', '1e9'],
      /--runs needs a whole number from 1 to 1000000/,
    ],
    [
      ['--scenario', 'aug-2017-overflight', '--seed', '1e20'],
      /--seed needs a whole number from 0 to/,
    ],
    [
      ['--scenario', 'aug-2017-overflight', '--policy', '/dev/zero'],
      /\/dev\/zero: is not a regular file/,
    ],
  ])('refuses bad arguments %j with a clear message and exit code 2', (args, message) => {
    const { code, stderr, stdout } = run('simulate', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run simulate/);
    expect(stdout).toBe('');
  });

  it('refuses a policy naming options the scenario does not have', () => {
    const policy = join(tmp, 'bad-policy.json');
    writeFileSync(policy, JSON.stringify({ japan: 'us.un-sanctions' }));
    const { code, stderr } = run(
      'simulate',
      '--scenario',
      'aug-2017-overflight',
      '--policy',
      policy,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/options not in aug-2017-overflight: japan: us\.un-sanctions/);
  });

  it('refuses a device as a scenario file instead of reading it forever', () => {
    const { code, stderr } = run('simulate', '--scenario', '/dev/zero');
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/dev\/zero: is not a regular file/);
  });

  it('names file and path, on one line, for a broken scenario file', () => {
    const path = brokenScenario('broken.scenario.json', (d) => {
      d.options[3].effects[0] = { delta: 'lots' };
    });
    const { code, stderr, stdout } = run('simulate', '--scenario', path, '--runs', '10');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines.every((l) => l.includes('broken.scenario.json: options[3].effects[0]'))).toBe(
      true,
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('npm run validate', () => {
  it('passes on the shipped scenarios and reports the catalog', () => {
    const { code, stdout } = run('validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok {2}scenarios\/aug-2017-overflight\.scenario\.json/);
    expect(stdout).toMatch(/0 error\(s\)/);
  });

  it('fails on a broken copy, listing every error with file and path', () => {
    const path = brokenScenario('two-errors.scenario.json', (d) => {
      d.rules[0].claims = ['claim.missing'];
      d.events[1].claims = ['claim.also-missing'];
    });
    const { code, stderr } = run('validate', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /two-errors\.scenario\.json: rules\[0\]\.claims\[0\]: unknown claim "claim\.missing"/,
    );
    expect(stderr).toMatch(
      /two-errors\.scenario\.json: events\[1\]\.claims\[0\]: unknown claim "claim\.also-missing"/,
    );
  });

  it('refuses content copied from a source instead of paraphrased', () => {
    const path = brokenScenario('copied.scenario.json', (d) => {
      d.briefing =
        'Kim Jong Un called for more ballistic rocket launching drills with the Pacific as a target.';
    });
    const { code, stderr } = run('validate', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /copied\.scenario\.json: briefing: copies the source \("kim jong un called for more ballistic rocket/,
    );
  });
});

describe('npm run calibrate', () => {
  it('prints the tables, writes the report and exits 0 only if every band held', () => {
    const json = join(tmp, 'calibration.json');
    const { code, stdout, stderr } = run(
      'calibrate',
      '--runs',
      '40',
      '--scenario',
      'mar-2017-salvo',
      '--json',
      json,
    );
    expect(stdout).toMatch(/### mar-2017-salvo: launches per round as happened/);
    expect(stdout).toMatch(/### Simple strategies under each lens \(40 games each\)/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const missed = report.bands.filter((b: { pass: boolean }) => !b.pass);
    expect(code).toBe(missed.length === 0 ? 0 : 1);
    expect(stderr.split('\n').filter((l: string) => l.startsWith('missed:')).length).toBe(
      missed.length,
    );
  });

  it.each([
    [['--runs', '5'], /--runs needs a whole number from 10 to 100000/],
    [['--scenario', 'nowhere'], /no scenario "nowhere"/],
  ])('refuses %j with exit code 2', (args, message) => {
    const { code, stderr } = run('calibrate', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
