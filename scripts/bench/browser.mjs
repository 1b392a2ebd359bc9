// The browser half of `npm run bench` (issue "Performance: budgets measured side by side").
//
//   npm run bench:browser                 # load, frames and memory (about 7–8 min on 2 cores)
//   npm run bench:browser -- --only load  # one or more of load,frames,memory (comma-separated)
//   npm run bench:browser -- --runs 5 --games 10
//
// Builds the game (repo vite.config.ts) and a bare Phaser 4 page (bench/bare) with the same Vite
// in this run, into a temporary folder; serves each with `vite preview` on 127.0.0.1:4190/4191
// (BENCH_PORT moves both); drives Debian's Chromium (CHROMIUM overrides /usr/bin/chromium) with
// playwright-core and the DevTools protocol. Prints a table and writes bench-results/browser.json.
//
// Load: a fresh browser context per run (empty HTTP cache, no shared sockets), CPU throttled 4×
// (Emulation.setCPUThrottlingRate) and Lighthouse's "slow 4G" network profile
// (Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbps down, 675 kbps up). "Playable":
// for the game, the first game board, reached from a cold start through the menus as a player
// does (Play → choose a scenario → Start), each button clicked in the first frame it is visible
// and enabled, until the board's Begin button shows with BoardScene running; for the bare page,
// Phaser has rendered its first frame. The same rAF watcher, injected before any page script,
// detects both. Bytes: the sum of Network.loadingFinished encodedDataLength (transfer size,
// headers included) for requests that finished before that moment. Also reported: when the
// title's Play button first worked, and the bytes by then.
// Frames: no throttling; a hotseat game (Pyongyang and Washington human) in which Pyongyang
// flies a missile over Japan in round 1; requestAnimationFrame deltas while
// __overflight.animating() is true. The floor: the bare page's tweens, sampled for 4 s. Both
// pages are served cross-origin isolated, so the frame clock reads to 5 µs (not 100 µs).
// Memory: one tab, reduced motion, ten games through the UI (Washington the one human team,
// first open card every round), "Play again" after each; back on the title, a forced GC and the
// JS heap (see heapUsed). With --snapshots, heap snapshots after game 1 and the last game are
// compared (BENCH_SNAPSHOT_DIR=… keeps them for DevTools).
// Every run uses 1366×768 (the Chromebook size the README names).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { optionReader } from './options.mjs';
import { browserRows, formatTable, TARGET } from './table.mjs';

/** The Chromium flags shared with the browser tests. */
const CHROMIUM_FLAGS = JSON.parse(
  readFileSync(new URL('../chromium-flags.json', import.meta.url), 'utf8'),
);

const ROOT = join(import.meta.dirname, '..', '..');
const BARE = join(ROOT, 'bench', 'bare');
const RESULTS = join(ROOT, 'bench-results', 'browser.json');

// ---- options -------------------------------------------------------------------------------
const { arg, has } = optionReader();
const ONLY = new Set(arg('only', 'load,frames,memory').split(','));
const RUNS = Math.max(3, Number(arg('runs', 3)));
const WARMUPS = Math.max(1, Number(arg('warmups', 1)));
const GAMES = Math.max(2, Number(arg('games', 10)));
const SNAPSHOTS = has('snapshots');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const VIEWPORT = { width: 1366, height: 768 };

/** The conditions of the load benchmark (Lighthouse's simulated "slow 4G" mobile profile). */
const CPU_THROTTLE = 4;
const NETWORK = {
  name: 'slow 4G (Lighthouse mobile): 150 ms latency, 1.6 Mbps down, 675 kbps up',
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, digits = 1) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

// ---- build and serve both pages --------------------------------------------------------------
async function buildAndServe(tmp) {
  const started = performance.now();
  const gameOut = join(tmp, 'game');
  const bareOut = join(tmp, 'bare');
  const viteVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'vite', 'package.json'), 'utf8'),
  ).version;
  // The game with the repository's own config (only the output folder differs from `npm run
  // build`, so a parallel `npm test` or a running preview of dist/ is not disturbed).
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir: gameOut, emptyOutDir: true },
  });
  await build({
    root: BARE,
    configFile: join(BARE, 'vite.config.mjs'),
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true },
  });
  log(`built both pages with Vite ${viteVersion} in ${Math.round(performance.now() - started)} ms`);
  // Both pages are served cross-origin isolated: Chromium then times frames to 5 µs instead of
  // 100 µs (with a random offset), so a page that keeps up with a 60 Hz display reads as the
  // 16.67 ms it is rather than a mix of 16.6 and 16.8 ms. Nothing else about either page changes.
  const ISOLATION = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  const serve = (root, configFile, outDir, port) =>
    preview({
      root,
      configFile,
      configLoader: 'runner',
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false, headers: ISOLATION },
    });
  const game = await serve(ROOT, join(ROOT, 'vite.config.ts'), gameOut, PORT);
  const bare = await serve(BARE, join(BARE, 'vite.config.mjs'), bareOut, PORT + 1);
  return {
    viteVersion,
    gameUrl: `http://127.0.0.1:${PORT}/`,
    bareUrl: `http://127.0.0.1:${PORT + 1}/`,
    close: async () => {
      await game.close();
      await bare.close();
    },
  };
}

function launch(extraArgs = [], env = undefined) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
}

/**
 * A fontconfig setup with Japanese and Korean system fonts (Debian's Noto Sans CJK, fetched once
 * with apt-get download into a cache and never installed), so a browser can stand in for a
 * Japanese or Korean student's device, which always has such fonts. Null when it cannot be had.
 */
function deviceFontsConfig() {
  const dir = join(tmpdir(), 'overflight-bench-cjk-fonts');
  const ttc = join(dir, 'fonts', 'NotoSansCJK-Regular.ttc');
  const conf = join(dir, 'fonts.conf');
  try {
    if (!existsSync(ttc)) {
      mkdirSync(join(dir, 'fonts'), { recursive: true });
      const got = spawnSync('apt-get', ['download', 'fonts-noto-cjk'], { cwd: dir });
      const deb = readdirSync(dir).find(
        (f) => f.startsWith('fonts-noto-cjk') && f.endsWith('.deb'),
      );
      if (got.status !== 0 || !deb) return null;
      spawnSync('dpkg-deb', ['-x', deb, 'x'], { cwd: dir });
      copyFileSync(join(dir, 'x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), ttc);
      rmSync(join(dir, 'x'), { recursive: true, force: true });
      rmSync(join(dir, deb), { force: true });
    }
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    return conf;
  } catch {
    return null;
  }
}

// ---- load --------------------------------------------------------------------------------------

/**
 * Injected before any page script: on every animation frame, check whether the page is playable
 * and, the first time it is, record performance.now() (ms since navigation start) and tell Node.
 * With `drive`, it then clicks on to the board in the page itself, each button in the first frame
 * it is visible and enabled (no think time, and no automation round trip, which costs seconds
 * when the page's main thread is saturated under 4× throttling), and marks each step.
 */
const watcher = (drive) => `(() => {
  const drive = ${drive ? 'true' : 'false'};
  const visible = (el) => {
    if (!el || el.disabled) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const button = (id) => document.querySelector('[data-testid="' + id + '"]');
  const hook = () => window.__overflight;
  const playable = () => {
    if (window.__bare) return window.__bare.firstFrame === true;
    return !!hook() && hook().scene() === 'TitleScene' && visible(button('play'));
  };
  const steps = (window.__benchSteps = {});
  const path = [
    ['play', 'TitleScene'],
    ['choose-aug-2017-overflight', 'ScenarioSelectScene'],
    ['start', 'SetupScene'],
  ];
  const tick = () => {
    const now = performance.now();
    if (window.__benchPlayableAt === undefined) {
      if (playable()) {
        window.__benchPlayableAt = now;
        window.__benchSignal?.('playable');
        if (!drive) return;
      }
    } else if (hook().scene() === 'BoardScene' && visible(button('begin'))) {
      window.__benchBoardAt = now;
      window.__benchSignal?.('board');
      return;
    } else {
      for (const [id, scene] of path) {
        if (steps[id] === undefined && hook().scene() === scene && visible(button(id))) {
          steps[id] = now;
          button(id).click();
          break;
        }
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** One cold load under throttling; for the game, then on to the first playable board. */
async function loadRun(browser, url, { toBoard }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: NETWORK.offline,
      latency: NETWORK.latency,
      downloadThroughput: NETWORK.downloadThroughput,
      uploadThroughput: NETWORK.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    const requests = new Map();
    const finished = [];
    let documentTiming = null;
    cdp.on('Network.requestWillBeSent', (e) =>
      requests.set(e.requestId, { url: e.request.url, start: e.timestamp }),
    );
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Document' && !documentTiming) documentTiming = e.response.timing;
      const r = requests.get(e.requestId);
      if (r) r.status = e.response.status;
    });
    cdp.on('Network.loadingFinished', (e) =>
      finished.push({ id: e.requestId, at: e.timestamp, bytes: e.encodedDataLength }),
    );
    const signals = {};
    const waiters = {};
    const signalled = (name) =>
      new Promise((resolve) => {
        if (signals[name]) resolve();
        else waiters[name] = resolve;
      });
    await page.exposeBinding('__benchSignal', (_source, name) => {
      signals[name] = true;
      waiters[name]?.();
    });
    await page.addInitScript(watcher(toBoard));
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await withTimeout(signalled('playable'), 120_000, `${url} never became playable`);
    const playableAt = await page.evaluate(() => window.__benchPlayableAt);
    let boardAt = null;
    let steps = null;
    if (toBoard) {
      await withTimeout(signalled('board'), 120_000, 'the board never became playable');
      boardAt = await page.evaluate(() => window.__benchBoardAt);
      // When each screen's button became clickable: title (Play), scenario list, setup (Start).
      steps = await page.evaluate(() => window.__benchSteps);
    }
    // Map the page's clock (ms since navigation start) onto the protocol's monotonic clock
    // (seconds) through the document request: Navigation Timing's requestStart is the same
    // instant as the protocol's requestTime + sendStart.
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
    if (!documentTiming) throw new Error('no document response seen');
    const origin =
      documentTiming.requestTime + documentTiming.sendStart / 1000 - nav.requestStart / 1000;
    const bytesUntil = (ms) => {
      const until = origin + ms / 1000;
      const done = finished.filter((f) => f.at <= until);
      const inFlight = [...requests.entries()].filter(
        ([id, r]) =>
          r.start <= until && !done.some((f) => f.id === id) && !r.url.startsWith('data:'),
      );
      return {
        bytes: done.reduce((sum, f) => sum + f.bytes, 0),
        requests: done.length,
        inFlight: inFlight.map(([, r]) => r.url.replace(/^https?:\/\/[^/]+/, '')),
      };
    };
    const atPlayable = bytesUntil(playableAt);
    const ms = (at) => Math.round((at - origin) * 1000);
    const timeline = finished.map((f) => ({
      url: (requests.get(f.id)?.url ?? '?').replace(/^https?:\/\/[^/]+/, '').slice(0, 60),
      startMs: ms(requests.get(f.id)?.start ?? origin),
      endMs: ms(f.at),
      bytes: f.bytes,
    }));
    const atBoard = boardAt == null ? null : bytesUntil(boardAt);
    // Sanity check of the clock mapping: every resource that Resource Timing says ended before
    // the playable moment must be counted.
    const timed = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => ({ name: r.name, end: r.responseEnd })),
    );
    const expected = timed.filter((r) => r.end > 0 && r.end <= playableAt).length + 1;
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return {
      playableMs: playableAt,
      bytes: atPlayable.bytes,
      requests: atPlayable.requests,
      requestsExpected: expected,
      inFlightAtPlayable: atPlayable.inFlight,
      boardMs: boardAt,
      boardSteps: steps,
      boardBytes: atBoard?.bytes ?? null,
      totalBytesSeen: finished.reduce((sum, f) => sum + f.bytes, 0),
      timeline,
    };
  } finally {
    await context.close();
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function benchLoad(browser, urls) {
  const game = [];
  const bare = [];
  // Warm-up (the server's gzip, the OS file cache, Chromium's own start-up), then alternate the
  // two pages so that any drift in the machine's load hits both alike.
  // Japanese and Korean pages: the same board through the same menus, with their catalogs,
  // scenario texts and web fonts (the machine has no Japanese or Korean fonts of its own, so
  // this is the most a page can fetch).
  // Then the same on a device that has Japanese and Korean fonts of its own, as every Japanese
  // or Korean computer, tablet and phone does: only the map's own small face is fetched.
  const localized = { ja: [], ko: [] };
  const fontsConf = deviceFontsConfig();
  const deviceBrowser = fontsConf ? await launch([], { FONTCONFIG_FILE: fontsConf }) : null;
  if (deviceBrowser) Object.assign(localized, { 'ja, device fonts': [], 'ko, device fonts': [] });
  else log('no Japanese/Korean system fonts to stand in for a device (apt-get download failed)');
  const withLang = (url, lang) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang.slice(0, 2)}`;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const g = await loadRun(browser, urls.gameUrl, { toBoard: true });
    for (const lang of Object.keys(localized)) {
      const which = lang.includes('device') ? deviceBrowser : browser;
      const l = await loadRun(which, withLang(urls.gameUrl, lang), { toBoard: true });
      log(`load ${lang}: board ${Math.round(l.boardMs)} ms / ${kb(l.boardBytes)} KiB`);
      if (i >= WARMUPS) localized[lang].push(l);
    }
    const b = await loadRun(browser, urls.bareUrl, { toBoard: false });
    const label = i < WARMUPS ? 'warm-up' : `run ${i - WARMUPS + 1}`;
    log(
      `load ${label}: game ${Math.round(g.playableMs)} ms / ${kb(g.bytes)} KiB (board ${Math.round(g.boardMs)} ms / ${kb(g.boardBytes)} KiB), bare ${Math.round(b.playableMs)} ms / ${kb(b.bytes)} KiB`,
    );
    if (g.requests < g.requestsExpected || b.requests < b.requestsExpected)
      log(
        `  warning: counted ${g.requests}/${g.requestsExpected} (game), ${b.requests}/${b.requestsExpected} (bare) requests`,
      );
    if (i >= WARMUPS) {
      game.push(g);
      bare.push(b);
    }
  }
  await deviceBrowser?.close();
  const m = (runs, key) => median(runs.map((r) => r[key]));
  return {
    conditions: { cpuThrottlingRate: CPU_THROTTLE, network: NETWORK, viewport: VIEWPORT },
    game: {
      playableMs: m(game, 'playableMs'),
      bytes: m(game, 'bytes'),
      boardMs: m(game, 'boardMs'),
      boardBytes: m(game, 'boardBytes'),
      inFlightAtPlayable: game.at(-1)?.inFlightAtPlayable ?? [],
      runs: game,
    },
    bare: { playableMs: m(bare, 'playableMs'), bytes: m(bare, 'bytes'), runs: bare },
    locales: Object.fromEntries(
      Object.entries(localized).map(([lang, runs]) => [
        lang,
        { boardMs: m(runs, 'boardMs'), boardBytes: m(runs, 'boardBytes'), runs },
      ]),
    ),
  };
}

const kb = (bytes) => (bytes == null ? '—' : (bytes / 1024).toFixed(1));

// ---- driving the game ------------------------------------------------------------------------

/**
 * Wait (checking every animation frame) until the element is visible and enabled, then click
 * it with a DOM click event in the page: the game's own handlers run exactly as for a mouse
 * click. Playwright's trusted clicks wait for several frames each, and the board draws a frame
 * every ~66 ms in software WebGL here, so each costs ~0.9 s: ten games would not fit the budget.
 */
const TAP = ({ selector, click, timeout }) =>
  new Promise((resolve, reject) => {
    const began = performance.now();
    const frame = () => {
      const el = document.querySelector(selector);
      const r = el?.getBoundingClientRect();
      if (el && !el.disabled && r.width > 0 && r.height > 0) {
        if (click) el.click();
        resolve();
      } else if (performance.now() - began > timeout) reject(new Error(`no ${selector}`));
      else requestAnimationFrame(frame);
    };
    frame();
  });

function tap(page, target, { click = true } = {}) {
  const selector = /^[.[#]/.test(target) ? target : `[data-testid="${target}"]`;
  return page.evaluate(TAP, { selector, click, timeout: 60_000 });
}

// ---- frames ------------------------------------------------------------------------------------

/** Sample rAF deltas while the board animates (or, with `forMs`, for that long). */
const SAMPLER = ({ forMs }) =>
  new Promise((resolve) => {
    const deltas = [];
    let last = null;
    let seen = false;
    let banner = false;
    const began = performance.now();
    const hook = window.__overflight;
    const frame = (now) => {
      const active = forMs ? now - began < forMs : hook.animating();
      if (!forMs && now - began > 60_000) return resolve({ deltas, banner, timedOut: true });
      if (active) {
        seen = true;
        if (last !== null) deltas.push(now - last);
        last = now;
        banner ||= !!document.querySelector('.alert-banner');
      } else if (seen || forMs) {
        return resolve({ deltas, banner, timedOut: false });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

async function gameFramesRun(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await tap(page, 'play');
    await tap(page, 'choose-aug-2017-overflight');
    await tap(page, 'who-northKorea-human');
    await tap(page, 'start');
    await tap(page, 'begin');
    // Hotseat: each team is handed the device in turn (as in test/e2e/play.e2e.ts).
    await tap(page, 'handover-ready');
    await tap(page, 'choose-nk.overflight');
    await tap(page, 'commit');
    await tap(page, 'handover-ready');
    await tap(page, 'choose-us.un-sanctions');
    const sample = page.evaluate(SAMPLER, { forMs: 0 });
    await tap(page, 'commit');
    const result = await sample;
    const renderer = await page.evaluate(() => window.__overflight.renderer());
    const game = await page.evaluate(() => window.__overflight.game());
    const nk = JSON.stringify(game?.history?.[0] ?? game).includes('nk.overflight');
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (result.timedOut) throw new Error('the round never finished animating');
    if (!nk || !result.banner) throw new Error('round 1 did not fly a missile over Japan');
    return {
      ...summarise(result.deltas, renderer),
      isolated: await page.evaluate(() => self.crossOriginIsolated),
    };
  } finally {
    await context.close();
  }
}

async function bareFramesRun(browser, url, forMs) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__bare.firstFrame);
    await page.waitForTimeout(500);
    const result = await page.evaluate(SAMPLER, { forMs });
    return {
      ...summarise(result.deltas, await page.evaluate(() => window.__bare.renderer)),
      isolated: await page.evaluate(() => self.crossOriginIsolated),
    };
  } finally {
    await context.close();
  }
}

function summarise(deltas, renderer) {
  return {
    renderer,
    frames: deltas.length,
    durationMs: round(
      deltas.reduce((a, b) => a + b, 0),
      0,
    ),
    p50: round(percentile(deltas, 50), 2),
    p95: round(percentile(deltas, 95), 2),
    max: round(Math.max(...deltas), 1),
    over16_7: deltas.filter((d) => d > 16.7).length,
  };
}

async function benchFrames(browser, urls) {
  const game = [];
  const bare = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const g = await gameFramesRun(browser, urls.gameUrl);
    const b = await bareFramesRun(browser, urls.bareUrl, 4000);
    const label = i < WARMUPS ? 'warm-up' : `run ${i - WARMUPS + 1}`;
    log(
      `frames ${label}: game p50 ${g.p50} p95 ${g.p95} ms (${g.frames} frames, ${g.renderer}${g.isolated ? ', 5 µs timer' : ''}), bare p50 ${b.p50} p95 ${b.p95} ms (${b.frames} frames, ${b.renderer})`,
    );
    if (i >= WARMUPS) {
      game.push(g);
      bare.push(b);
    }
  }
  const m = (runs, key) => median(runs.map((r) => r[key]));
  return {
    game: { p50: m(game, 'p50'), p95: m(game, 'p95'), renderer: game[0].renderer, runs: game },
    bare: { p50: m(bare, 'p50'), p95: m(bare, 'p95'), renderer: bare[0].renderer, runs: bare },
  };
}

// ---- memory ------------------------------------------------------------------------------------

const FIRST_OPEN_CARD = '.card:not(.closed) button[data-testid^="choose-"]';

/**
 * One full game from the title and back, driven in the page: Play → the August 2017 scenario →
 * Start (Washington the one human team, no guide) → Begin; every round, the first open card and
 * Commit, then Next round once the map has played the round; at the debrief, Play again. Each
 * button is clicked (a DOM click: the game's own handlers) in the first frame it is visible and
 * enabled. Runs as one evaluate so that no automation round trip sits between two clicks.
 */
const PLAY_GAME = ({ firstOpenCard, timeout }) =>
  new Promise((resolve, reject) => {
    const hook = window.__overflight;
    const byId = (id) => document.querySelector(`[data-testid="${id}"]`);
    const ready = (el) => {
      if (!el || el.disabled) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const began = performance.now();
    let step = 'play';
    let chosen = false;
    let rounds = 0;
    let animatingMs = 0;
    let animatingSince = null;
    const press = (el, next) => {
      el.click();
      step = next;
    };
    const frame = (now) => {
      if (now - began > timeout)
        return reject(new Error(`game stuck at ${step} (phase ${hook.phase()})`));
      const phase = hook.phase();
      if (step === 'play' && hook.scene() === 'TitleScene' && ready(byId('play')))
        press(byId('play'), 'choose');
      else if (step === 'choose' && ready(byId('choose-aug-2017-overflight')))
        press(byId('choose-aug-2017-overflight'), 'setup');
      else if (step === 'setup' && ready(byId('start'))) {
        if (byId('guided')?.checked) byId('guided').click();
        press(byId('start'), 'begin');
      } else if (step === 'begin' && ready(byId('begin'))) press(byId('begin'), 'round');
      else if (step === 'round' && phase === 'debrief') step = 'again';
      else if (step === 'round' && phase === 'decisions') {
        const card = document.querySelector(firstOpenCard);
        if (!chosen && ready(card)) {
          card.click();
          chosen = true;
        } else if (chosen && ready(byId('commit'))) {
          chosen = false;
          rounds++;
          press(byId('commit'), 'committed');
        }
      } else if (step === 'round' && phase === 'report') {
        if (hook.animating()) animatingSince ??= now;
        else {
          if (animatingSince !== null) animatingMs += now - animatingSince;
          animatingSince = null;
          if (ready(byId('next-round'))) press(byId('next-round'), 'next');
        }
      } else if (step === 'committed' && phase !== 'decisions') step = 'round';
      else if (step === 'next' && phase !== 'report') step = 'round';
      else if (step === 'again' && ready(byId('play-again'))) press(byId('play-again'), 'title');
      else if (step === 'title' && hook.scene() === 'TitleScene' && ready(byId('play')))
        return resolve({ rounds, animatingMs });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

/**
 * The JavaScript heap retained: CDP's HeapProfiler.collectGarbage, then in one synchronous step
 * in the page a full gc() (--js-flags=--expose-gc) and performance.memory.usedJSHeapSize
 * (precise, --enable-precise-memory-info). Reading Runtime.getHeapUsage after a CDP GC instead
 * varies by ±1 MB from one reading to the next here (the game loop keeps allocating, and sweeping
 * is still running), which is as large as the budget; this reading varies by ~0.1 %.
 */
async function heapUsed(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const readings = [];
  for (let i = 0; i < 3; i++)
    readings.push(
      await page.evaluate(() => {
        window.gc();
        window.gc();
        return performance.memory.usedJSHeapSize;
      }),
    );
  return median(readings);
}

async function heapSnapshot(cdp, label) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', {
    reportProgress: false,
    captureNumericValue: false,
  });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const text = chunks.join('');
  // BENCH_SNAPSHOT_DIR=… keeps the snapshots, to open in DevTools' Memory panel and compare.
  if (process.env.BENCH_SNAPSHOT_DIR) {
    mkdirSync(process.env.BENCH_SNAPSHOT_DIR, { recursive: true });
    writeFileSync(join(process.env.BENCH_SNAPSHOT_DIR, `${label}.heapsnapshot`), text);
  }
  return JSON.parse(text);
}

/** Count and size of live objects per constructor (or node type) in a heap snapshot. */
function censusOf(snapshot) {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const census = new Map();
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = typeNames[nodes[i + iType]];
    const name =
      type === 'object' || type === 'closure' || type === 'native'
        ? `${type}:${strings[nodes[i + iName]]}`
        : `(${type})`;
    const entry = census.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += nodes[i + iSize];
    census.set(name, entry);
  }
  return census;
}

/**
 * What grew between two censuses. JavaScript objects and closures (what an app can leak) are
 * ranked by how many more there are; V8's own kinds (compiled code, strings, arrays) and
 * Blink's objects by bytes.
 */
function censusDiff(before, after, top = 20) {
  const rows = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = after.get(name) ?? { count: 0, size: 0 };
    const b = before.get(name) ?? { count: 0, size: 0 };
    if (a.count === b.count && a.size === b.size) continue;
    rows.push({
      name: name.length > 90 ? `${name.slice(0, 87)}...` : name,
      countDelta: a.count - b.count,
      sizeDelta: a.size - b.size,
      countAfter: a.count,
    });
  }
  const js = (r) => r.name.startsWith('object:') || r.name.startsWith('closure:');
  return {
    jsByCount: rows
      .filter(js)
      .sort((x, y) => y.countDelta - x.countDelta)
      .slice(0, top),
    otherBySize: rows
      .filter((r) => !js(r))
      .sort((x, y) => y.sizeDelta - x.sizeDelta)
      .slice(0, top),
    detachedDom: rows.filter((r) => r.name.includes('Detached')),
  };
}

async function benchMemory(urls) {
  // A browser of its own, with the two flags the heap reading needs.
  const browser = await launch(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await page.goto(urls.gameUrl);
    await tap(page, 'play', { click: false });
    const heap = [];
    const animating = [];
    const rounds = [];
    const seconds = [];
    const storage = [];
    let first = null;
    for (let g = 1; g <= GAMES; g++) {
      const started = performance.now();
      const played = await page.evaluate(PLAY_GAME, {
        firstOpenCard: FIRST_OPEN_CARD,
        timeout: 180_000,
      });
      rounds.push(played.rounds);
      animating.push(round(played.animatingMs / 1000, 1));
      seconds.push(round((performance.now() - started) / 1000, 1));
      heap.push(await heapUsed(page, cdp));
      storage.push(
        await page.evaluate(() =>
          Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage[k].length, 0),
        ),
      );
      log(
        `memory game ${g}: ${played.rounds} rounds in ${seconds.at(-1)} s (${animating.at(-1)} s of it animating), heap ${mb(heap.at(-1))} MiB`,
      );
      if (g === 1 && SNAPSHOTS) first = censusOf(await heapSnapshot(cdp, 'after-game-1'));
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const growth = ((heap.at(-1) - heap[0]) / heap[0]) * 100;
    // Least-squares slope over all games: a leak climbs steadily, noise does not.
    const xs = heap.map((_, i) => i + 1);
    const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
    const ax = mean(xs);
    const ay = mean(heap);
    const slope =
      xs.reduce((sum, x, i) => sum + (x - ax) * (heap[i] - ay), 0) /
      xs.reduce((sum, x) => sum + (x - ax) ** 2, 0);
    if (!first && growth > TARGET.heapGrowth)
      log('the heap grew past its budget: rerun with --snapshots to compare heap snapshots');
    let diff = null;
    if (first) diff = censusDiff(first, censusOf(await heapSnapshot(cdp, `after-game-${GAMES}`)));
    return {
      games: GAMES,
      reading: 'performance.memory.usedJSHeapSize right after gc(), on the title screen',
      heapBytes: heap,
      slopeBytesPerGame: Math.round(slope),
      roundsPerGame: rounds,
      secondsPerGame: seconds,
      secondsAnimatingPerGame: animating,
      // The autosaves (one per game, never pruned) in characters of localStorage, per game.
      localStorageChars: storage,
      afterFirst: heap[0],
      afterLast: heap.at(-1),
      growthPercent: growth,
      snapshotDiff: diff,
    };
  } finally {
    await context.close();
    await browser.close();
  }
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

// ---- main --------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'overflight-bench-'));
  const servers = await buildAndServe(tmp);
  const browser = await launch();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg() },
    chromium: browser.version(),
    vite: servers.viteVersion,
    runs: RUNS,
    warmups: WARMUPS,
    targets: TARGET,
  };
  try {
    if (ONLY.has('load')) results.load = await benchLoad(browser, servers);
    if (ONLY.has('frames')) results.frames = await benchFrames(browser, servers);
    if (ONLY.has('memory')) results.memory = await benchMemory(servers);
  } finally {
    await browser.close();
    await servers.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  results.elapsedSeconds = round((performance.now() - began) / 1000, 0);
  results.machine.loadAverageAtEnd = loadavg();
  const text = formatTable(browserRows(results));
  results.table = text.split('\n');
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  // Keep the file in the repository's own format, so `biome check .` stays clean.
  spawnSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', RESULTS], {
    stdio: 'ignore',
  });
  process.stdout.write(`${text}\n\n`);
  process.stdout.write(
    `Load conditions: CPU ${CPU_THROTTLE}× slower, ${NETWORK.name}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${RUNS} runs after ${WARMUPS} warm-up, medians.\n`,
  );
  const load = results.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(
    `Machine: ${results.machine.cpus} cores, load average ${load} at the start; Chromium ${results.chromium}, Vite ${results.vite}.\n`,
  );
  process.stdout.write(`Results: ${RESULTS} (${results.elapsedSeconds} s)\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
