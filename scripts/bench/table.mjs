// The rows of `npm run bench`'s table: figure, this project, floor, ratio, target, pass/fail.
// Shared by the browser half (scripts/bench/browser.mjs) and the whole run (scripts/bench/run.mjs).

/** The budgets from the issue ("Performance: budgets measured side by side"). */
export const TARGET = {
  simulationMs: 2000,
  machinesRatio: 10,
  loadTime: 1.3,
  loadBytes: 1.5,
  /** Japanese and Korean pages, time and bytes to the playable board, against the bare page. */
  localeRatio: 1.6,
  frameP95: 16.7,
  heapGrowth: 5,
  ackP95: 50,
  viewP95: 100,
  restartSeconds: 5,
};

const kb = (bytes) => (bytes == null ? '—' : (bytes / 1024).toFixed(1));
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
const verdict = (ok) => (ok == null ? '—' : ok ? 'pass' : 'FAIL');
const report = (figure, value) => [figure, value, '—', '—', 'report', '—'];

/**
 * Rows for the simulation half (the JSON line of scripts/bench-sim.ts): the model loop's time
 * for the games against the budget (its floor is the budget itself: there is nothing to run it
 * beside), and the machines' time on the same seeds against the model's.
 */
export function simRows(sim) {
  if (!sim) return [];
  const per10k = (ms) => (ms * 10_000) / sim.games;
  const ratio = sim.machinesMs / sim.modelMs;
  return [
    [
      `Simulation: ${sim.games.toLocaleString('en')} AI games, model (ms)`,
      Math.round(sim.modelMs),
      '—',
      '—',
      `≤ ${TARGET.simulationMs} ms per 10,000`,
      verdict(per10k(sim.modelMs) <= TARGET.simulationMs),
    ],
    [
      'Simulation: same seeds through the XState machines (ms)',
      Math.round(sim.machinesMs),
      Math.round(sim.modelMs),
      `${ratio.toFixed(1)}×`,
      `≤ ${TARGET.machinesRatio}× the model`,
      verdict(ratio <= TARGET.machinesRatio),
    ],
  ];
}

/** Rows for the browser half (the results object of scripts/bench/browser.mjs). */
export function browserRows({ load, frames, memory }) {
  const rows = [];
  if (load) {
    const t = load.game.boardMs / load.bare.playableMs;
    const b = load.game.boardBytes / load.bare.bytes;
    rows.push([
      'Load: cold → playable board (ms)',
      Math.round(load.game.boardMs),
      Math.round(load.bare.playableMs),
      `${t.toFixed(2)}×`,
      `≤ ${TARGET.loadTime}×`,
      verdict(t <= TARGET.loadTime),
    ]);
    rows.push([
      'Load: bytes before the board is playable (KiB)',
      kb(load.game.boardBytes),
      kb(load.bare.bytes),
      `${b.toFixed(2)}×`,
      `≤ ${TARGET.loadBytes}×`,
      verdict(b <= TARGET.loadBytes),
    ]);
    for (const [lang, l] of Object.entries(load.locales ?? {})) {
      const lt = l.boardMs / load.bare.playableMs;
      const lb = l.boardBytes / load.bare.bytes;
      rows.push([
        `Load (${lang}): cold → playable board (ms)`,
        Math.round(l.boardMs),
        Math.round(load.bare.playableMs),
        `${lt.toFixed(2)}×`,
        `≤ ${TARGET.localeRatio}×`,
        verdict(lt <= TARGET.localeRatio),
      ]);
      rows.push([
        `Load (${lang}): bytes before the board is playable (KiB)`,
        kb(l.boardBytes),
        kb(load.bare.bytes),
        `${lb.toFixed(2)}×`,
        `≤ ${TARGET.localeRatio}×`,
        verdict(lb <= TARGET.localeRatio),
      ]);
    }
    rows.push(report('Load: cold → playable title screen (ms)', Math.round(load.game.playableMs)));
    rows.push(report('Load: bytes before the title is playable (KiB)', kb(load.game.bytes)));
  }
  if (frames) {
    rows.push([
      `Frames: p50 while a missile flies (ms, ${frames.game.renderer})`,
      frames.game.p50,
      frames.bare.p50,
      `${(frames.game.p50 / frames.bare.p50).toFixed(2)}×`,
      'report',
      '—',
    ]);
    rows.push([
      `Frames: p95 while a missile flies (ms, ${frames.game.renderer})`,
      frames.game.p95,
      frames.bare.p95,
      `${(frames.game.p95 / frames.bare.p95).toFixed(2)}×`,
      `≤ ${TARGET.frameP95} ms`,
      verdict(frames.game.p95 <= TARGET.frameP95),
    ]);
  }
  if (memory) {
    rows.push(report('Memory: JS heap after game 1 (MiB)', mb(memory.afterFirst)));
    rows.push(report(`Memory: JS heap after game ${memory.games} (MiB)`, mb(memory.afterLast)));
    rows.push([
      `Memory: heap growth, game 1 → ${memory.games}`,
      `${memory.growthPercent.toFixed(1)} %`,
      '—',
      '—',
      `≤ ${TARGET.heapGrowth} %`,
      verdict(memory.growthPercent <= TARGET.heapGrowth),
    ]);
  }
  return rows;
}

/** Rows for the network half (the results object of scripts/bench/network.mjs). */
export function networkRows(net) {
  if (!net) return [];
  const n = `${net.rooms} rooms × 6`;
  const p = net.paced;
  const perRoom = p.cpuPerRoomPercent;
  return [
    [
      `Network: ${n}, paced, intent → ack p95 (ms)`,
      p.ack.p95,
      '—',
      '—',
      `≤ ${TARGET.ackP95} ms`,
      verdict(p.ack.p95 <= TARGET.ackP95),
    ],
    [
      `Network: ${n}, paced, commit → every view p95 (ms)`,
      p.everyView.p95,
      '—',
      '—',
      `≤ ${TARGET.viewP95} ms`,
      verdict(p.everyView.p95 <= TARGET.viewP95),
    ],
    report('Network: paced, intent → ack p50 / p99 (ms)', `${p.ack.p50} / ${p.ack.p99}`),
    report(
      `Network: burst, ${net.burst.commits} commits at once, ack p50 / p95 / p99 (ms)`,
      `${net.burst.ack.p50} / ${net.burst.ack.p95} / ${net.burst.ack.p99}`,
    ),
    report('Network: burst, commit → every view p99 (ms)', net.burst.everyView.p99),
    report('Network: server memory per room (KiB)', kb(net.memory.perRoomBytes)),
    report(
      `Network: server CPU per room at ${p.intentsPerRoomPerMinute.toFixed(0)} intents/min (% of a core)`,
      perRoom.toFixed(3),
    ),
    report('Network: server CPU per acknowledged intent (ms)', p.cpuMsPerIntent.toFixed(2)),
    [
      `Network: SIGKILL with ${net.rooms} live rooms → all back, accepting (s)`,
      net.restart.seconds.toFixed(2),
      '—',
      '—',
      `≤ ${TARGET.restartSeconds} s, none lost`,
      verdict(net.restart.seconds <= TARGET.restartSeconds && net.restart.lost.length === 0),
    ],
  ];
}

/** A Markdown table of the rows under the standard header. */
export function formatTable(rows) {
  const head = ['figure', 'this project', 'floor', 'ratio', 'target', 'pass/fail'];
  const all = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(all[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...all.slice(1).map(line),
  ].join('\n');
}
