// The loopback clients of the network benchmark (scripts/bench/network.mjs starts this process on
// its own CPU and drives it over IPC). Each room has six devices, as a class has: the teacher's
// console, a projector and one device per team, all with the real Colyseus SDK over real
// sockets, speaking the protocol of docs/protocol.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'colyseus.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO_ID = 'aug-2017-overflight';
const scenario = JSON.parse(
  readFileSync(join(ROOT, 'scenarios', `${SCENARIO_ID}.scenario.json`), 'utf8'),
);
const TEAMS = ['us', 'japan', 'southKorea', 'northKorea'];
const OPTIONS = Object.fromEntries(
  TEAMS.map((c) => [c, scenario.options.filter((o) => o.capital === c).map((o) => o.id)]),
);

let url = '';
/** Every room: its code, key and six devices. */
let rooms = [];
let intentCount = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One device: its Colyseus room, the last view and room view, and acks awaited by intent id. */
class Device {
  constructor(room, label) {
    this.room = room;
    this.label = label;
    this.view = null;
    this.roomView = null;
    this.welcome = null;
    this.acks = new Map();
    this.replies = new Map();
    this.watchers = new Set();
    room.onMessage('view', (view) => {
      this.view = view;
      for (const watch of [...this.watchers]) watch(view);
    });
    room.onMessage('room', (roomView) => {
      this.roomView = roomView;
    });
    room.onMessage('welcome', (welcome) => {
      this.welcome = welcome;
    });
    room.onMessage('ack', (ack) => {
      this.acks.get(ack.id)?.(ack);
      this.acks.delete(ack.id);
    });
    room.onMessage('reply', (reply) => {
      this.replies.get(reply.ref)?.(reply);
      this.replies.delete(reply.ref);
    });
    room.onMessage('*', () => {});
  }

  /** Send an intent; resolves with the ack and the time it took. */
  send(body) {
    const id = `b${++intentCount}`;
    const started = performance.now();
    return new Promise((resolve) => {
      this.acks.set(id, (ack) => resolve({ ack, ms: performance.now() - started, started }));
      this.room.send('intent', { id, body });
    });
  }

  /** Send a room message and wait for its reply. */
  ask(type, payload) {
    const ref = `r${++intentCount}`;
    return new Promise((resolve) => {
      this.replies.set(ref, resolve);
      this.room.send(type, { ...payload, ref });
    });
  }

  /** Resolves (with the time) once this device's view satisfies `test`. */
  until(test) {
    if (this.view && test(this.view)) return Promise.resolve(performance.now());
    return new Promise((resolve) => {
      const watch = (view) => {
        if (!test(view)) return;
        this.watchers.delete(watch);
        resolve(performance.now());
      };
      this.watchers.add(watch);
    });
  }

  /** Wait until the first view and room view have come. */
  async ready() {
    for (let i = 0; i < 2000 && !(this.view && this.roomView); i++) await sleep(5);
    if (!this.view) throw new Error(`${this.label}: no view after joining`);
  }
}

/** A client for room `index`'s devices, behind their own school address (the server trusts the header here). */
function schoolClient(index) {
  const address = `10.${Math.floor(index / 250)}.${index % 250}.1`;
  return new Client(url, { headers: { 'x-forwarded-for': address } });
}

/** Create one room with its six devices and start the game. */
async function makeRoom(index) {
  const client = schoolClient(index);
  const controllers = Object.fromEntries(TEAMS.map((c) => [c, 'human']));
  const setup = { seed: 1000 + index, turnOrder: 'sealed', controllers };
  const facilitator = new Device(
    await client.create('classroom', { as: 'facilitator', scenarioId: SCENARIO_ID, setup }),
    'facilitator',
  );
  await facilitator.ready();
  const code = facilitator.roomView?.code ?? facilitator.welcome?.code;
  const key = facilitator.welcome?.key;
  const projector = new Device(await client.joinById(code, { as: 'projector' }), 'projector');
  const teams = {};
  for (const capital of TEAMS) {
    const device = new Device(
      await client.joinById(code, { as: 'student', name: `Team ${capital}` }),
      capital,
    );
    await device.ready();
    const reply = await device.ask('team.join', { capital });
    if (reply.refusal) throw new Error(`team.join ${capital}: ${JSON.stringify(reply.refusal)}`);
    teams[capital] = device;
  }
  await projector.ready();
  const started = await facilitator.send({ type: 'game.start' });
  if (!started.ack.ok) throw new Error(`game.start: ${JSON.stringify(started.ack)}`);
  return {
    code,
    key,
    facilitator,
    projector,
    teams,
    all: [facilitator, projector, ...Object.values(teams)],
  };
}

/** A team chooses an option its view allows (trying others if one is refused as unavailable). */
async function choose(room, capital, latencies) {
  const device = room.teams[capital];
  for (const optionId of [...OPTIONS[capital]].sort(() => Math.random() - 0.5)) {
    const { ack, ms } = await device.send({ type: 'policy.select', capital, optionId });
    latencies.ack.push(ms);
    if (ack.ok) return optionId;
    if (ack.refusal?.code !== 'option-not-available') {
      latencies.refused.push(ack.refusal?.code);
      return null;
    }
  }
  return null;
}

/** A team commits; measures the ack and the time until every device in the room shows it. */
async function commit(room, capital, latencies) {
  const round = room.facilitator.view.game.round;
  const shown = (view) =>
    view.phase !== 'decisions' ||
    view.game.round !== round ||
    view.capitals[capital] !== 'deciding';
  const device = room.teams[capital];
  const started = performance.now();
  const everyView = Promise.all(room.all.map((d) => d.until(shown)));
  const { ack, ms } = await device.send({ type: 'policy.commit', capital });
  latencies.ack.push(ms);
  if (!ack.ok) {
    latencies.refused.push(ack.refusal?.code);
    return;
  }
  const times = await everyView;
  latencies.fanout.push(Math.max(...times) - started);
}

/** The facilitator opens the next round once the reveal is in. */
async function nextRound(room, latencies) {
  await room.facilitator.until((v) => v.phase === 'report' || v.phase === 'debrief');
  if (room.facilitator.view.phase === 'debrief') return;
  const { ack, ms } = await room.facilitator.send({ type: 'round.next' });
  latencies.ack.push(ms);
  if (!ack.ok) latencies.refused.push(ack.refusal?.code);
  await room.facilitator.until((v) => v.phase === 'decisions');
}

/** Rounds paced like a class: each team proposes after a while, then commits a while later. */
async function paced({ rounds, selectMs, commitMs }) {
  const latencies = { ack: [], fanout: [], refused: [] };
  const began = performance.now();
  await Promise.all(
    rooms.map(async (room) => {
      for (let r = 0; r < rounds; r++) {
        await Promise.all(
          TEAMS.map(async (capital) => {
            await sleep(selectMs[0] + Math.random() * (selectMs[1] - selectMs[0]));
            await choose(room, capital, latencies);
            await sleep(commitMs[0] + Math.random() * (commitMs[1] - commitMs[0]));
            await commit(room, capital, latencies);
          }),
        );
        await nextRound(room, latencies);
      }
    }),
  );
  return { ...latencies, seconds: (performance.now() - began) / 1000 };
}

/** Every team of every room selects, then all commit at the same moment. */
async function burst() {
  const latencies = { ack: [], fanout: [], refused: [] };
  const warm = { ack: [], fanout: [], refused: [] };
  await Promise.all(rooms.flatMap((room) => TEAMS.map((c) => choose(room, c, warm))));
  await sleep(500);
  const began = performance.now();
  await Promise.all(rooms.flatMap((room) => TEAMS.map((c) => commit(room, c, latencies))));
  const seconds = (performance.now() - began) / 1000;
  await Promise.all(rooms.map((room) => nextRound(room, warm)));
  return { ...latencies, seconds };
}

/** Before a restart: two teams per room have proposals acknowledged; what each room must keep. */
async function beforeRestart() {
  const warm = { ack: [], fanout: [], refused: [] };
  const kept = [];
  for (const room of rooms) {
    const selections = {};
    for (const capital of ['us', 'japan']) selections[capital] = await choose(room, capital, warm);
    kept.push({
      code: room.code,
      key: room.key,
      selections,
      round: room.facilitator.view.game.round,
    });
  }
  for (const room of rooms) for (const d of room.all) d.room.connection.close?.();
  return kept;
}

/**
 * After the restart: a fresh console joins every room with its key until it can, checks that
 * the acknowledged proposals are there, and sends an intent. Returns when every room accepted one.
 */
async function afterRestart({ kept, spawnedAt }) {
  const lost = [];
  const backAt = await Promise.all(
    kept.map(async ({ index, code, key, selections, round }) => {
      const client = schoolClient(index);
      for (;;) {
        try {
          const device = new Device(await client.joinById(code, { as: 'facilitator', key }), 'f');
          await device.ready();
          const secrets = device.view.secrets;
          for (const [capital, optionId] of Object.entries(selections))
            if (optionId && secrets?.selections?.[capital]?.optionId !== optionId)
              lost.push(`${code}: ${capital}`);
          if (device.view.game.round !== round) lost.push(`${code}: round`);
          const { ack } = await device.send({ type: 'facilitator.pause' });
          if (!ack.ok) lost.push(`${code}: pause refused ${ack.refusal?.code}`);
          const at = Date.now();
          device.room.leave();
          return at;
        } catch {
          await sleep(50);
        }
      }
    }),
  );
  return { seconds: (Math.max(...backAt) - spawnedAt) / 1000, lost };
}

process.on('message', async (command) => {
  try {
    let result = null;
    if (command.type === 'setup') {
      url = command.url;
      rooms = [];
      // A few rooms at a time, as a school's classes arrive.
      for (let i = 0; i < command.rooms; i += 10) {
        const batch = [];
        for (let j = i; j < Math.min(command.rooms, i + 10); j++) batch.push(makeRoom(j));
        rooms.push(...(await Promise.all(batch)));
      }
      result = { rooms: rooms.length, devices: rooms.length * 6 };
    } else if (command.type === 'paced') result = await paced(command);
    else if (command.type === 'burst') result = await burst();
    else if (command.type === 'before-restart') result = await beforeRestart();
    else if (command.type === 'after-restart') result = await afterRestart(command);
    process.send({ ok: true, result });
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) });
  }
});
