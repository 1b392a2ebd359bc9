import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applied, device, startServer, TWO_TEAMS, until } from './harness';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('a classroom room', () => {
  it('creates a room with a code, lets students join teams, and plays intents by seat', async () => {
    const teacher = await device(server.url, { create: TWO_TEAMS });
    expect(teacher.code).toMatch(/^[A-HJ-NP-Z2-9]{5}$/);
    expect(teacher.view().seat).toBe('facilitator');
    expect(teacher.view().secrets?.seed).toBe(7);

    const ana = await device(server.url, {
      code: teacher.code,
      join: { as: 'student', name: 'Ana' },
    });
    expect(ana.view().seat).toBe('observer');
    expect(await ana.sendRoom('team.join', { capital: 'us' })).toBeNull();
    await until(() => ana.view().seat === 'us', 2000, 'the team view');
    expect(ana.room().you.seat).toBe('us');

    applied(await teacher.send({ type: 'game.start' }));
    await until(() => ana.view().phase === 'decisions');
    const option = 'us.press-china';
    applied(
      await ana.send({ type: 'policy.select', capital: 'us', optionId: option, rationale: 'r' }),
    );
    expect(ana.view().own?.selection?.optionId).toBe(option);
    await until(() => ana.room().proposals.length === 1);
    expect(ana.room().proposals[0]).toMatchObject({ capital: 'us', optionId: option, name: 'Ana' });

    const refused = await ana.send({
      type: 'policy.select',
      capital: 'southKorea',
      optionId: 'sk.outreach',
    });
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'not-your-capital' } });
    const end = await ana.send({ type: 'facilitator.end' });
    expect(end).toMatchObject({ ok: false, refusal: { code: 'seat-not-allowed' } });
    await Promise.all([teacher.leave(), ana.leave()]);
  });
});
