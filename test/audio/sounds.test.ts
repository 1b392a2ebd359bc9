import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MPEGDecoder } from 'mpg123-decoder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const AUDIO_DIR = join(ROOT, 'assets', 'audio');
const SCRIPT = join(ROOT, 'scripts', 'make-sounds.mjs');

/** Designed length in seconds of each sound (of one cycle, for the loops). */
const DURATIONS: Record<string, number> = {
  launch: 1.6,
  siren: 3,
  chime: 1.2,
  bell: 1.5,
  ambient: 8,
};
const NAMES = Object.keys(DURATIONS);
const ONE_SHOTS = ['launch', 'chime', 'bell'];
const LOOPS = ['siren', 'ambient'];
/** Where sample 0 of the master lands in a decoded MP3 from this encoder (576 + 529). */
const MP3_DELAY_SAMPLES = 1105;
const SAMPLE_RATE = 22050;

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

const peakOf = (samples: ArrayLike<number>) => {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
  return peak;
};
const rmsOf = (samples: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (samples[i] ?? 0) ** 2;
  return Math.sqrt(sum / samples.length);
};
const db = (ratio: number) => 20 * Math.log10(ratio);
const dbfs = (amplitude: number) => db(amplitude / 32768);

// The masters are not committed: the script writes them beside a fresh set of MP3s.
const fresh = mkdtempSync(join(tmpdir(), 'overflight-sounds-'));
const master = (name: string) => parseWav(readFileSync(join(fresh, `${name}.wav`)));
const committed = (file: string) => readFileSync(join(AUDIO_DIR, file));
const loopRegions = () =>
  JSON.parse(committed('loops.json').toString('utf8')) as Record<
    string,
    { startMs: number; durationMs: number }
  >;

// Synthesis and encoding take a few seconds, longer on a busy machine.
beforeAll(() => {
  execFileSync(process.execPath, [SCRIPT, fresh, '--wav'], { stdio: 'pipe' });
}, 60_000);
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('the synthesized masters', () => {
  it.each(NAMES)('%s is 16-bit PCM mono at 22050 Hz and lasts as long as designed', (name) => {
    const wav = master(name);
    expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
    expect(wav.samples.length / wav.sampleRate).toBeCloseTo(DURATIONS[name] ?? 0, 2);
  });

  it.each(NAMES)('%s peaks below full scale and starts near silence', (name) => {
    const { samples } = master(name);
    expect(dbfs(peakOf(samples))).toBeLessThanOrEqual(-2.9);
    // No sound should open with a jump, which would click on every play.
    expect(Math.abs(samples[0] ?? 0)).toBeLessThan(400);
  });

  it('keeps the ambient bed quiet', () => {
    expect(dbfs(rmsOf(master('ambient').samples))).toBeLessThanOrEqual(-24);
  });

  it.each(LOOPS)('%s cycles without a click where its end meets its start', (name) => {
    const { samples } = master(name);
    const seam = Math.abs((samples[samples.length - 1] ?? 0) - (samples[0] ?? 0));
    // The seam should be no bigger a step than the sound already takes between neighbours.
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++) {
      largestStep = Math.max(largestStep, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
    }
    expect(seam).toBeLessThanOrEqual(largestStep);
    if (name === 'ambient') expect(seam).toBeLessThan(0.01 * 32768);
  });
});

describe('the committed sound files', () => {
  it('are the MP3s and loop regions a fresh run of make-sounds writes, byte for byte', () => {
    for (const file of [...NAMES.map((name) => `${name}.mp3`), 'loops.json']) {
      const again = readFileSync(join(fresh, file));
      expect(again.equals(committed(file)), `${file} differs from a fresh run`).toBe(true);
    }
  });

  it('are only the compressed files, well under 150 KB together', () => {
    const files = readdirSync(AUDIO_DIR).sort();
    expect(files).toEqual([
      'ambient.mp3',
      'bell.mp3',
      'chime.mp3',
      'launch.mp3',
      'loops.json',
      'siren.mp3',
    ]);
    const total = files.reduce((sum, file) => sum + statSync(join(AUDIO_DIR, file)).size, 0);
    expect(total).toBeLessThan(120 * 1024);
  });

  it.each(NAMES)('%s.mp3 is MPEG-2 Layer III, mono, 22050 Hz, 48 kbps, with no tag', (name) => {
    const header = committed(`${name}.mp3`).subarray(0, 4);
    // No ID3 or Xing tag: the file opens on a frame sync, MPEG-2 (LSF), Layer III, no CRC.
    expect([header[0], header[1]]).toEqual([0xff, 0xf3]);
    const byte2 = header[2] ?? 0;
    expect(byte2 >> 4).toBe(6); // bit rate index 6: 48 kbps in MPEG-2 Layer III
    expect((byte2 >> 2) & 3).toBe(0); // sample rate index 0: 22050 Hz in MPEG-2
    expect((header[3] ?? 0) >> 6).toBe(3); // channel mode 3: single channel
  });

  it('give every loop exactly one cycle, past the MP3 lead-in', () => {
    const regions = loopRegions();
    expect(Object.keys(regions).sort()).toEqual([...LOOPS].sort());
    for (const name of LOOPS) {
      expect(regions[name]?.durationMs).toBe((DURATIONS[name] ?? 0) * 1000);
      expect(regions[name]?.startMs).toBeGreaterThan((2 * MP3_DELAY_SAMPLES * 1000) / SAMPLE_RATE);
    }
  });
});

describe('the MP3s as a browser decodes them', () => {
  const decoder = new MPEGDecoder();
  const decoded = new Map<string, Float32Array>();
  beforeAll(async () => {
    await decoder.ready;
    for (const name of NAMES) {
      await decoder.reset();
      const audio = decoder.decode(new Uint8Array(committed(`${name}.mp3`)));
      expect(audio).toMatchObject({ sampleRate: SAMPLE_RATE, errors: [] });
      decoded.set(name, audio.channelData[0] ?? new Float32Array());
    }
  });
  afterAll(() => decoder.free());

  /** Index in the decoded file where the master's first sample is heard. */
  const startOf = (name: string) => {
    const region = loopRegions()[name];
    return region ? Math.round((region.startMs * SAMPLE_RATE) / 1000) : MP3_DELAY_SAMPLES;
  };
  /** The decoded stretch that should sound like the master, and the master, both in -1..1. */
  const aligned = (name: string) => {
    const reference = Float32Array.from(master(name).samples, (s) => s / 32767);
    const start = startOf(name);
    const audio = decoded.get(name) ?? new Float32Array();
    return { reference, heard: audio.subarray(start, start + reference.length), audio, start };
  };

  it.each(NAMES)('%s keeps its loudness and peak within half a decibel or so', (name) => {
    const { reference, heard } = aligned(name);
    expect(heard.length).toBe(reference.length);
    expect(Math.abs(db(rmsOf(heard) / rmsOf(reference)))).toBeLessThan(0.6);
    expect(Math.abs(db(peakOf(heard) / peakOf(reference)))).toBeLessThan(1.5);
  });

  it.each(ONE_SHOTS)('%s starts from silence (the lead-in adds no click)', (name) => {
    const audio = decoded.get(name) ?? new Float32Array();
    expect(db(peakOf(audio.subarray(0, MP3_DELAY_SAMPLES)))).toBeLessThan(-45);
  });

  it.each(LOOPS)('%s sounds like its master over the looped cycle', (name) => {
    const { reference, heard } = aligned(name);
    // Fit the encoder's small, even gain change, then measure what remains: the coding noise.
    let dot = 0;
    let power = 0;
    for (let i = 0; i < reference.length; i++) {
      dot += (reference[i] ?? 0) * (heard[i] ?? 0);
      power += (reference[i] ?? 0) ** 2;
    }
    const gain = dot / power;
    let noise = 0;
    for (let i = 0; i < reference.length; i++) {
      noise += ((heard[i] ?? 0) - gain * (reference[i] ?? 0)) ** 2;
    }
    expect(10 * Math.log10((gain * gain * power) / noise)).toBeGreaterThan(25);
  });

  // Looping [start, start + cycle) is seamless if what follows the region's end is what follows
  // its start. Checked also a lead-in earlier, as a browser that trims the lead-in would play it.
  it.each(
    LOOPS.flatMap((name) => [
      [name, 0],
      [name, -MP3_DELAY_SAMPLES],
    ]),
  )('%s loops without a gap or click (region shifted by %i samples)', (name, shift) => {
    const { reference, audio, start } = aligned(String(name));
    const from = start + Number(shift);
    const cycle = reference.length;
    let difference = 0;
    let signal = 0;
    for (let k = -256; k < 256; k++) {
      difference += ((audio[from + cycle + k] ?? 0) - (audio[from + k] ?? 0)) ** 2;
      signal += (audio[from + k] ?? 0) ** 2;
    }
    // A gap or a misplaced loop point differs by 0 dB or more; coding noise alone sits near -30.
    expect(10 * Math.log10(difference / signal)).toBeLessThan(-20);
    // And the step from the cycle's last sample to its first is no bigger than steps within it.
    let largestStep = 0;
    for (let i = from + 1; i < from + cycle; i++) {
      largestStep = Math.max(largestStep, Math.abs((audio[i] ?? 0) - (audio[i - 1] ?? 0)));
    }
    const seamStep = Math.abs((audio[from] ?? 0) - (audio[from + cycle - 1] ?? 0));
    expect(seamStep).toBeLessThanOrEqual(largestStep);
  });
});
