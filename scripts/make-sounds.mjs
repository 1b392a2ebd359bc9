// Synthesize the game's sounds and encode them as MP3, byte-for-byte the same every run.
// Usage: node scripts/make-sounds.mjs [outputDir] [--wav]   (default: assets/audio)
// Writes <name>.mp3 for each sound and loops.json (where each looping sound's seamless loop lies
// inside its file); with --wav also the 16-bit PCM masters, for listening or tests (not shipped).
// The encoder is pure JavaScript (@breezystack/lamejs), so rebuilding needs no system tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';

const SAMPLE_RATE = 22050;
const TAU = 2 * Math.PI;

/** Decibels relative to full scale, as a linear amplitude. */
const dbfs = (db) => 10 ** (db / 20);

/** Mulberry32: a tiny seeded generator, so the "random" noise is the same on every run. */
function seededNoise(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1; // uniform in [-1, 1)
  };
}

/** One-pole low-pass filter: cheap smoothing for rumble and beds. */
function lowPass(cutoffHz) {
  const a = 1 - Math.exp((-TAU * cutoffHz) / SAMPLE_RATE);
  let y = 0;
  return (x) => {
    y += a * (x - y);
    return y;
  };
}

/** Chamberlin state-variable band-pass whose centre can move every sample (for the whoosh). */
function sweepingBandPass(q) {
  let low = 0;
  let band = 0;
  return (x, centreHz) => {
    const f = 2 * Math.sin((Math.PI * centreHz) / SAMPLE_RATE);
    low += f * band;
    const high = x - low - band / q;
    band += f * high;
    return band;
  };
}

/** Rescale so the loudest sample sits at `peak` (linear). */
function normalizePeak(samples, peak) {
  const max = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
  return samples.map((s) => (s * peak) / max);
}

/** Rescale so the RMS level is `rms` (linear); used for the siren and the bed, whose loudness is felt as a level, not a peak. */
function normalizeRms(samples, rms) {
  const current = Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
  return samples.map((s) => (s * rms) / current);
}

/** Raised-cosine fade in and out, so one-shots start and end on silence without a click. */
function fadeEdges(samples, inSeconds, outSeconds) {
  const fadeIn = Math.round(inSeconds * SAMPLE_RATE);
  const fadeOut = Math.round(outSeconds * SAMPLE_RATE);
  const n = samples.length;
  return samples.map((s, i) => {
    let g = 1;
    if (i < fadeIn) g *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn);
    if (i >= n - fadeOut) g *= 0.5 - 0.5 * Math.cos((Math.PI * (n - 1 - i)) / fadeOut);
    return s * g;
  });
}

/** Render `seconds` of audio from a function of (time in s, sample index). */
function render(seconds, voice) {
  const n = Math.round(seconds * SAMPLE_RATE);
  return Array.from({ length: n }, (_, i) => voice(i / SAMPLE_RATE, i));
}

/** Rocket launch: ignition thump, a low roar, and a band of noise whose pitch climbs as it leaves. */
function launch() {
  const seconds = 1.6;
  const noise = seededNoise(0x1a0c4);
  const rumbleA = lowPass(90);
  const rumbleB = lowPass(90);
  const roar = lowPass(700);
  const whoosh = sweepingBandPass(2.5);
  const samples = render(seconds, (t) => {
    const white = noise();
    const rumble = rumbleB(rumbleA(white)) * 9;
    const grit = roar(white) * 0.6;
    const thump = Math.sin(TAU * 48 * t) * Math.exp(-t * 9);
    const rise = Math.min(t / seconds, 1);
    const swish = whoosh(white, 220 + 2600 * rise * rise) * 0.9;
    // Roar swells in 0.15 s and dies away; the whoosh peaks late, as the rocket climbs away.
    const roarEnv = Math.min(t / 0.15, 1) * Math.exp(-Math.max(t - 0.5, 0) * 2.2);
    const swishEnv = Math.sin(Math.PI * Math.min(t / 1.4, 1)) ** 2;
    return thump * 0.8 + (rumble + grit) * roarEnv + swish * swishEnv;
  });
  return fadeEdges(normalizePeak(samples, dbfs(-3)), 0.01, 0.3);
}

/**
 * Civil-defence siren: a rich tone wailing between 480 and 920 Hz and back over one 3 s cycle.
 * The mean frequency times the length is a whole number of cycles and the sweep is periodic,
 * so sample N would equal sample 0: the file loops without a seam and needs no fades.
 */
function siren() {
  const seconds = 3;
  const centre = 700;
  const depth = 220;
  const samples = render(seconds, (t) => {
    const sweep = -Math.cos((TAU * t) / seconds);
    // Integral of centre + depth * sweep, so the phase is exact rather than accumulated.
    const phase = TAU * (centre * t - ((depth * seconds) / TAU) * Math.sin((TAU * t) / seconds));
    const tone = Math.sin(phase) + 0.35 * Math.sin(2 * phase) + 0.18 * Math.sin(3 * phase);
    // Mechanical sirens are louder at the top of the wail; keep the swing gentle.
    return tone * (0.8 + 0.2 * (sweep + 1) * 0.5);
  });
  return normalizeRms(samples, dbfs(-16));
}

/** Struck partials: [frequency Hz, amplitude, decay time constant s, onset s]. */
function partials(seconds, list, fadeOut) {
  const samples = render(seconds, (t) => {
    let sum = 0;
    for (const [hz, amplitude, decay, onset] of list) {
      if (t < onset) continue;
      const local = t - onset;
      // A 3 ms attack keeps the strike crisp without a click.
      sum +=
        amplitude *
        Math.min(local / 0.003, 1) *
        Math.exp(-local / decay) *
        Math.sin(TAU * hz * local);
    }
    return sum;
  });
  return fadeEdges(samples, 0, fadeOut);
}

/** Diplomatic chime: A5 then C#6 (a major third), with a faint fifth and a soft inharmonic shimmer. */
function chime() {
  const samples = partials(
    1.2,
    [
      [880, 1, 0.45, 0],
      [880 * 2.76, 0.08, 0.12, 0],
      [1108.73, 0.85, 0.4, 0.09],
      [1108.73 * 2.76, 0.06, 0.1, 0.09],
      [1318.51, 0.25, 0.3, 0.09],
    ],
    0.08,
  );
  return normalizePeak(samples, dbfs(-8));
}

/** Round bell: one strike with the classic bell partials (hum, prime, tierce, quint, nominal). */
function bell() {
  const strike = 587.33; // D5
  const samples = partials(
    1.5,
    [
      [strike * 0.5, 0.35, 0.9, 0],
      [strike, 1, 0.6, 0],
      [strike * 1.19, 0.45, 0.4, 0],
      [strike * 1.5, 0.3, 0.35, 0],
      [strike * 2, 0.5, 0.25, 0],
      [strike * 2.51, 0.2, 0.15, 0],
      [strike * 3.01, 0.12, 0.08, 0],
    ],
    0.12,
  );
  return normalizePeak(samples, dbfs(-4));
}

/**
 * Ambient bed: a low drone and softly filtered noise. Every drone frequency and swell completes a
 * whole number of cycles in 8 s; the noise's tail is cross-faded into its head, so the loop joins.
 */
function ambient() {
  const seconds = 8;
  const n = seconds * SAMPLE_RATE;
  const overlap = Math.round(0.5 * SAMPLE_RATE);
  const noise = seededNoise(0xa3b1e);
  const lpA = lowPass(320);
  const lpB = lowPass(320);
  // Let the filters settle so the head of the noise is as smooth as its tail.
  for (let i = 0; i < SAMPLE_RATE; i++) lpB(lpA(noise()));
  const bed = Array.from({ length: n + overlap }, () => lpB(lpA(noise())));
  const joined = bed.slice(0, n).map((s, i) => {
    if (i >= overlap) return s;
    const w = i / overlap; // equal-power cross-fade: the two noise stretches are uncorrelated
    return s * Math.sin((Math.PI / 2) * w) + bed[n + i] * Math.cos((Math.PI / 2) * w);
  });
  const drone = render(seconds, (t) => {
    const swell = 0.75 + 0.25 * Math.sin((TAU * t) / 8);
    const shimmer = 0.5 + 0.5 * Math.sin((TAU * t) / 4 + 1);
    return (
      swell * (Math.sin(TAU * 55 * t) + 0.6 * Math.sin(TAU * 82.5 * t)) +
      0.3 * shimmer * Math.sin(TAU * 110.25 * t)
    );
  });
  const mixed = drone.map((d, i) => d + joined[i] * 3);
  return normalizeRms(mixed, dbfs(-28));
}

/** Float samples in [-1, 1] as 16-bit integers, the form both encoders take. */
function toInt16(samples) {
  return Int16Array.from(samples, (s) => Math.round(Math.max(-1, Math.min(1, s)) * 32767));
}

/**
 * MP3 settings. 48 kbps CBR mono at 22050 Hz (MPEG-2 Layer III) keeps every sound's level within
 * half a decibel and its spectrum intact (the tonal cues sit below 3 kHz, LAME's low-pass at this
 * rate is 7.5 kHz) at a tenth of the WAV size; 40 kbps audibly coarsened the ambient noise bed.
 */
const MP3_KBPS = 48;
/** LAME's encoder delay (576) plus the decoder's (529): where sample 0 lands in the decoded file. */
const MP3_DELAY_SAMPLES = 576 + 529;
/**
 * Seconds of the loop's own continuation encoded before and after it. An MP3 decodes with a short
 * lead-in and a padded tail, so a file played end to end would gap at the seam; instead the game
 * loops a region inside the file (loops.json). Because the audio around the region continues the
 * cycle, the region stays exactly one cycle even in a browser that trims the encoder delay.
 */
const LOOP_MARGIN_SECONDS = 0.2;

/** One whole cycle of a loop with `margin` samples of its own tail before it and head after it. */
function withMargins(cycle, margin) {
  return [...cycle.slice(cycle.length - margin), ...cycle, ...cycle.slice(0, margin)];
}

/** Encode float samples as a constant-bit-rate mono MP3 (no ID3 or Xing tag: same bytes every run). */
function encodeMp3(samples) {
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, MP3_KBPS);
  const pcm = toInt16(samples);
  const parts = [];
  for (let at = 0; at < pcm.length; at += 1152)
    parts.push(encoder.encodeBuffer(pcm.subarray(at, at + 1152)));
  parts.push(encoder.flush());
  // lamejs hands back Int8Arrays: view their bytes rather than copy each value.
  return Buffer.concat(
    parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)),
  );
}

/** Encode float samples in [-1, 1] as a 16-bit PCM mono RIFF/WAVE file. */
function encodeWav(samples) {
  const pcm = toInt16(samples);
  const dataBytes = pcm.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(SAMPLE_RATE, 24);
  buffer.writeUInt32LE(SAMPLE_RATE * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  pcm.forEach((s, i) => {
    buffer.writeInt16LE(s, 44 + i * 2);
  });
  return buffer;
}

const sounds = { launch, siren, chime, bell, ambient };
const looping = new Set(['siren', 'ambient']);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const writeWav = args.includes('--wav');
const outDir = resolve(
  args.find((arg) => !arg.startsWith('--')) ?? join(repoRoot, 'assets', 'audio'),
);
mkdirSync(outDir, { recursive: true });
const loops = {};
for (const [name, make] of Object.entries(sounds)) {
  const samples = make();
  let encoded = samples;
  if (looping.has(name)) {
    const margin = Math.round(LOOP_MARGIN_SECONDS * SAMPLE_RATE);
    encoded = withMargins(samples, margin);
    // Milliseconds, as Howler's sprites take them; a microsecond is far below one sample.
    const startMs = ((margin + MP3_DELAY_SAMPLES) * 1000) / SAMPLE_RATE;
    loops[name] = {
      startMs: Math.round(startMs * 1000) / 1000,
      durationMs: (samples.length * 1000) / SAMPLE_RATE,
    };
  }
  const mp3 = encodeMp3(encoded);
  writeFileSync(join(outDir, `${name}.mp3`), mp3);
  console.log(`${name}.mp3  ${mp3.length} bytes`);
  if (writeWav) {
    const wav = encodeWav(samples);
    writeFileSync(join(outDir, `${name}.wav`), wav);
    console.log(`${name}.wav  ${wav.length} bytes`);
  }
}
writeFileSync(join(outDir, 'loops.json'), `${JSON.stringify(loops, null, 2)}\n`);
console.log('loops.json');
