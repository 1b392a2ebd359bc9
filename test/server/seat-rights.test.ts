import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import type { RoomView, ServerMessages } from '../../src/protocol/classroom';
import type { Ack } from '../../src/protocol/refusals';
import type { SeatView } from '../../src/protocol/view';
import { applied, device, rawDevice, startServer, TWO_TEAMS, until } from './harness';

// What a device may do is decided by its membership, never by what it says it is: forged seats,
// another team's capital and the facilitator's intents are refused with codes and change nothing.

let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
let code: string;
let seoul: Awaited<ReturnType<typeof rawDevice>>;
let n = 0;

beforeAll(async () => {
  server = await startServer();
  teacher = await device(server.url, { create: TWO_TEAMS });
  code = teacher.code;
  seoul = await rawDevice(server.url, code, { as: 'student', name: 'Min' });
  seoul.room.send('team.join', { capital: 'southKorea', ref: 'j' });
  await seoul.next<ServerMessages['reply']>('reply', (r) => r.ref === 'j');
  applied(await teacher.send({ type: 'game.start' }));
  await until(() => teacher.view().phase === 'decisions');
});
afterAll(async () => {
  await teacher.leave();
  await server.stop();
});

/** Send an intent body by hand from Seoul's device and return its ack. */
async function forged(body: Record<string, unknown>): Promise<Ack> {
  const id = `forged-${++n}`;
  const from = seoul.messages.length;
  seoul.room.send('intent', { id, body });
  return await seoul.next<Ack>('ack', (a) => a.id === id, from);
}

const logLength = () => teacher.view().secrets?.record.log?.length ?? -1;

describe('seat rights', () => {
  it.each([
    [
      'another capital',
      { type: 'policy.select', capital: 'us', optionId: 'us.press-china' },
      'not-your-capital',
    ],
    ['another capital’s commit', { type: 'policy.commit', capital: 'us' }, 'not-your-capital'],
    ['a facilitator intent', { type: 'facilitator.end' }, 'seat-not-allowed'],
    ['a rewind', { type: 'facilitator.rewind', round: 1 }, 'seat-not-allowed'],
    ['the next round', { type: 'round.next' }, 'seat-not-allowed'],
    ['a forged seat', { type: 'facilitator.pause', seat: 'facilitator' }, 'malformed'],
    [
      'a forged seat for the US',
      { type: 'policy.select', capital: 'us', optionId: 'us.press-china', seat: 'us' },
      'malformed',
    ],
    ['a forged time', { type: 'policy.revise', capital: 'southKorea', at: 1 }, 'malformed'],
  ])('refuses %s with a code and changes nothing', async (_what, body, code) => {
    const before = logLength();
    const views = JSON.stringify(teacher.view());
    const ack = await forged(body);
    expect(ack).toMatchObject({ ok: false, refusal: { code } });
    expect(logLength()).toBe(before);
    expect(JSON.stringify(teacher.view())).toBe(views);
  });

  it('applies its own capital’s intent, and a resend of the same id once', async () => {
    const before = logLength();
    const body = { type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' };
    seoul.room.send('intent', { id: 'same', body });
    seoul.room.send('intent', { id: 'same', body });
    const first = await seoul.next<Ack>('ack', (a) => a.id === 'same');
    const from = seoul.messages.indexOf(seoul.messages.find(([, m]) => m === first) as never) + 1;
    const second = await seoul.next<Ack>('ack', (a) => a.id === 'same', from);
    expect(first).toEqual({ id: 'same', ok: true });
    expect(second).toEqual({ id: 'same', ok: true, duplicate: true });
    await until(() => logLength() === before + 1);
  });

  it('refuses intents from a student on no team and from a projector (room refusals)', async () => {
    const loner = await rawDevice(server.url, code, { as: 'student', name: 'Loner' });
    const projector = await rawDevice(server.url, code, { as: 'projector' });
    const before = logLength();
    for (const d of [loner, projector]) {
      d.room.send('intent', { id: 'x1', body: { type: 'facilitator.end' } });
      const reply = await d.next<ServerMessages['reply']>('reply', (r) => r.ref === 'x1');
      expect(reply).toEqual({ ref: 'x1', type: 'intent', refusal: { code: 'no-seat' } });
    }
    expect(logLength()).toBe(before);
    await Promise.all([loner.room.leave(), projector.room.leave()]);
  });

  it('refuses the facilitator’s room messages from a student', async () => {
    const members = (teacher.room() as RoomView).members.length;
    for (const [type, payload] of [
      ['room.lock', { locked: true }],
      ['member.remove', { memberId: teacher.room().you.memberId }],
      ['member.move', { memberId: 'x', capital: 'us' }],
      ['room.commitRule', { rule: 'captain' }],
    ] as const) {
      seoul.room.send(type, { ...payload, ref: `r-${type}` });
      const reply = await seoul.next<ServerMessages['reply']>(
        'reply',
        (r) => r.ref === `r-${type}`,
      );
      expect(reply.refusal).toEqual({ code: 'not-facilitator' });
    }
    expect(teacher.room().locked).toBe(false);
    expect(teacher.room().members.length).toBe(members);
  });

  it('refuses a team on an AI capital, and joins with a wrong key or token', async () => {
    seoul.room.send('team.join', { capital: 'japan', ref: 'ai' });
    const reply = await seoul.next<ServerMessages['reply']>('reply', (r) => r.ref === 'ai');
    expect(reply.refusal).toEqual({ code: 'played-by-ai', capital: 'japan' });
    await expect(
      rawDevice(server.url, code, { as: 'facilitator', key: 'x'.repeat(32) }),
    ).rejects.toMatchObject({ code: 4401 });
    await expect(
      rawDevice(server.url, code, { as: 'student', name: 'Eve', token: 'y'.repeat(32) }),
    ).rejects.toMatchObject({ code: 4403 });
  });

  it('shows a team only its own proposals, and the projector none', async () => {
    const projector = await rawDevice(server.url, code, { as: 'projector' });
    const room = await projector.next<RoomView>('room');
    expect(room.proposals).toEqual([]);
    const view = await projector.next<SeatView>('view');
    expect(view.seat).toBe('observer');
    expect(view.secrets).toBeNull();
    await until(() => teacher.room().proposals.some((p) => p.capital === 'southKorea'));
    await projector.room.leave();
  });
});
