import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const AUDIO_DIR = join(ROOT, 'assets', 'audio');
const SCRIPT = join(ROOT, 'scripts', 'make-sounds.mjs');

/** Expected length in seconds of each committed sound. */
const DURATIONS: Record<string, number> = {
  launch: 1.6,
  siren: 3,
  chime: 1.2,
  bell: 1.5,
  ambient: 8,
};
const NAMES = Object.keys(DURATIONS);

interface Wav {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  samples: Int16Array;
}

/** Parse a RIFF/WAVE file by walking its chunks rather than assuming a 44-byte header. */
function parseWav(bytes: Buffer): Wav {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  let fmt: Omit<Wav, 'samples'> | null = null;
  let samples: Int16Array | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      fmt = {
        format: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2);
    }
    at = body + size + (size % 2); // chunks are padded to an even length
  }
  if (!fmt || !samples) throw new Error('missing fmt or data chunk');
  return { ...fmt, samples };
}

const read = (name: string) => readFileSync(join(AUDIO_DIR, `${name}.wav`));
const peakOf = (samples: Int16Array) => samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
const dbfs = (amplitude: number) => 20 * Math.log10(amplitude / 32768);

describe('committed sound files', () => {
  it.each(NAMES)('%s.wav is 16-bit PCM mono at 22050 Hz', (name) => {
    const wav = parseWav(read(name));
    expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
  });

  it.each(NAMES)('%s.wav lasts as long as designed', (name) => {
    const wav = parseWav(read(name));
    expect(wav.samples.length / wav.sampleRate).toBeCloseTo(DURATIONS[name] ?? 0, 2);
  });

  it.each(NAMES)('%s.wav peaks below full scale and starts near silence', (name) => {
    const { samples } = parseWav(read(name));
    expect(peakOf(samples)).toBeLessThan(32767);
    expect(dbfs(peakOf(samples))).toBeLessThanOrEqual(-2.9);
    // No file should open with a jump, which would click on every play.
    expect(Math.abs(samples[0] ?? 0)).toBeLessThan(400);
  });

  it('keeps the ambient bed quiet and small', () => {
    const { samples } = parseWav(read('ambient'));
    const rms = Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
    expect(dbfs(rms)).toBeLessThanOrEqual(-24);
    expect(read('ambient').length).toBeLessThan(360 * 1024);
  });

  it.each(['ambient', 'siren'])(
    '%s.wav loops without a click where the end meets the start',
    (name) => {
      const { samples } = parseWav(read(name));
      const first = samples[0] ?? 0;
      const last = samples[samples.length - 1] ?? 0;
      // The seam should be no bigger a step than the sound already takes between neighbours.
      let largestStep = 0;
      for (let i = 1; i < samples.length; i++) {
        largestStep = Math.max(largestStep, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
      }
      expect(Math.abs(last - first)).toBeLessThanOrEqual(largestStep);
      if (name === 'ambient') expect(Math.abs(last - first)).toBeLessThan(0.01 * 32768);
    },
  );
});

describe('scripts/make-sounds.mjs', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'overflight-sounds-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('reproduces every committed file byte for byte', () => {
    execFileSync(process.execPath, [SCRIPT, outDir], { stdio: 'pipe' });
    for (const name of NAMES) {
      const fresh = readFileSync(join(outDir, `${name}.wav`));
      expect(fresh.equals(read(name)), `${name}.wav differs from a fresh run`).toBe(true);
    }
  });
});
