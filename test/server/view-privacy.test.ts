import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import type { CapitalId } from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import type { ServerMessages } from '../../src/protocol/classroom';
import type { Ack } from '../../src/protocol/refusals';
import type { SeatView } from '../../src/protocol/view';
import { scenario } from '../helpers';
import { applied, device, rawDevice, startServer, TWO_TEAMS, until } from './harness';

// Every message a team's socket receives through a whole game, played to the debrief, is kept
// and searched: another team's selection (its rationale carries a unique mark) never arrives
// before that round's reveal, and no seed, random state or log arrives before the debrief. In
// the debrief the whole game (`ended`, seed included) is shown to everyone: the game is over,
// its record is public to the class, and the debrief replays it.

type Raw = Awaited<ReturnType<typeof rawDevice>>;
let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
const teams: Record<'us' | 'southKorea', Raw[]> = { us: [], southKorea: [] };
let watchers: Raw[] = [];
const mark = (capital: CapitalId, round: number) => `mark-${capital}-r${round}-q7`;

beforeAll(async () => {
  server = await startServer();
  teacher = await device(server.url, { create: TWO_TEAMS });
  for (const [capital, names] of [
    ['us', ['Ana', 'Ben']],
    ['southKorea', ['Min']],
  ] as const)
    for (const name of names) {
      const d = await rawDevice(server.url, teacher.code, { as: 'student', name });
      d.room.send('team.join', { capital, ref: 'join' });
      await d.next<ServerMessages['reply']>('reply', (r) => r.ref === 'join');
      teams[capital].push(d);
    }
  watchers = [
    await rawDevice(server.url, teacher.code, { as: 'projector' }),
    await rawDevice(server.url, teacher.code, { as: 'student', name: 'Unplaced' }),
  ];
  applied(await teacher.send({ type: 'game.start' }));
  let n = 0;
  for (let step = 0; step < 60 && teacher.view().phase !== 'debrief'; step++) {
    const view = teacher.view();
    if (view.phase === 'decisions') {
      const round = view.game.round;
      for (const capital of ['us', 'southKorea'] as const) {
        const [first, second] = teams[capital] as [Raw, Raw | undefined];
        const options = legalOptionIds(scenario(), view.game, capital);
        // Two devices on a team: each proposes; the second's (the last) stands.
        for (const d of second ? [first, second] : [first]) {
          const id = `i${++n}`;
          const from = d.messages.length;
          const optionId = options[n % options.length] as string;
          d.room.send('intent', {
            id,
            body: { type: 'policy.select', capital, optionId, rationale: mark(capital, round) },
          });
          expect((await d.next<Ack>('ack', (a) => a.id === id, from)).ok).toBe(true);
        }
        const id = `c${++n}`;
        const from = first.messages.length;
        first.room.send('intent', { id, body: { type: 'policy.commit', capital } });
        expect((await first.next<Ack>('ack', (a) => a.id === id, from)).ok).toBe(true);
      }
      await until(
        () => teacher.view().phase !== 'decisions' || teacher.view().game.round !== round,
      );
    } else if (view.phase === 'report') {
      applied(await teacher.send({ type: 'round.next' }));
    }
  }
  expect(teacher.view().phase).toBe('debrief');
  // Let the last broadcast arrive everywhere.
  for (const d of [...teams.us, ...teams.southKorea, ...watchers])
    await d.next<SeatView>('view', (v) => v.phase === 'debrief');
}, 60_000);
afterAll(async () => {
  await teacher.leave();
  await server.stop();
});

/** Every key path in a message (a.b.c), for finding seeds and random states. */
function keyPaths(value: unknown, path = '', out: string[] = []): string[] {
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      out.push(here);
      keyPaths(child, here, out);
    }
  return out;
}

describe('what a socket receives', () => {
  it('played a whole game with messages on every device', () => {
    expect(teacher.view().game.history.length).toBeGreaterThan(1);
    for (const d of [...teams.us, ...teams.southKorea, ...watchers])
      expect(d.messages.length).toBeGreaterThan(20);
  });

  it.each([
    ['Washington (first device)', 'us', 0],
    ['Washington (second device)', 'us', 1],
    ['Seoul', 'southKorea', 0],
    ['the projector', null, 0],
    ['a student on no team', null, 1],
  ] as const)('%s never receives another team’s hidden selection', (_who, capital, index) => {
    const d = capital ? (teams[capital][index] as Raw) : (watchers[index] as Raw);
    const others = (['us', 'southKorea'] as const).filter((c) => c !== capital);
    let state: SeatView | null = null;
    let checked = 0;
    for (const [type, message] of d.messages) {
      if (type === 'view') state = message as SeatView;
      if (state?.phase !== 'decisions') continue;
      const text = JSON.stringify(message);
      for (const other of others) expect(text).not.toContain(mark(other, state.game.round));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    ['Washington', () => teams.us[0] as Raw],
    ['Seoul', () => teams.southKorea[0] as Raw],
    ['the projector', () => watchers[0] as Raw],
  ])('%s never receives the seed, the random state or the log before the debrief', (_who, get) => {
    for (const [type, message] of get().messages) {
      const paths = keyPaths(message);
      const debrief = type === 'view' && (message as SeatView).phase === 'debrief';
      for (const path of paths) {
        const leaf = path.split('.').at(-1);
        if (leaf !== 'seed' && leaf !== 'rng' && leaf !== 'log' && leaf !== 'secrets') continue;
        if (leaf === 'secrets') {
          expect((message as SeatView).secrets).toBeNull();
          continue;
        }
        // Only the finished game, in the debrief, holds a seed and random state.
        expect(debrief && path.startsWith('ended.')).toBe(true);
      }
    }
  });

  it('shows a team its own members’ proposals only, the last one standing', () => {
    const rooms = (teams.southKorea[0] as Raw).messages.filter(([t]) => t === 'room');
    for (const [, room] of rooms)
      for (const p of (room as { proposals: { capital: string }[] }).proposals)
        expect(p.capital).toBe('southKorea');
    const record = teacher.view().secrets?.record;
    const lastRound = record?.rounds[0];
    expect(lastRound?.decisions.us.rationale).toBe(mark('us', 1));
  });
});
