import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import { legalOptionIds } from '../../src/model/options';
import { scenario } from '../helpers';
import { fakeClock } from '../machines/fake-clock';
import { applied, device, startServer, TWO_TEAMS, until } from './harness';

// The server keeps the round timer's clock, as the page does: when time is up, the game is told
// so by the server itself, the change is saved and every device sees it.

const clock = fakeClock(Date.now());
let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
let ana: RemoteGame;
beforeAll(async () => {
  server = await startServer(undefined, { clock });
  teacher = await device(server.url, { create: TWO_TEAMS });
  ana = await device(server.url, { code: teacher.code, join: { as: 'student', name: 'Ana' } });
  await ana.sendRoom('team.join', { capital: 'us' });
});
afterAll(async () => {
  await Promise.all([teacher.leave(), ana.leave()]);
  await server.stop();
});

describe('the round timer', () => {
  it('lets the last proposal stand when time is up under selection-stands', async () => {
    applied(
      await teacher.send({ type: 'facilitator.timer', seconds: 60, atTimeUp: 'selection-stands' }),
    );
    applied(await teacher.send({ type: 'game.start' }));
    const [first, last] = legalOptionIds(scenario(), ana.view().game, 'us') as [string, string];
    applied(await ana.send({ type: 'policy.select', capital: 'us', optionId: first }));
    applied(await ana.send({ type: 'policy.select', capital: 'us', optionId: last }));
    expect(ana.view().phase).toBe('decisions');
    clock.advance(61_000);
    await until(() => ana.view().phase === 'report', 5000, 'the reveal');
    const log = teacher.view().secrets?.record.log ?? [];
    expect(log.at(-1)).toMatchObject({ type: 'facilitator.timeUp', seat: 'facilitator' });
    expect(teacher.view().game.history.at(-1)?.decisions.us.optionId).toBe(last);
    expect(teacher.view().game.history.at(-1)?.decisions.us.by).toBe('human');
  });
});
