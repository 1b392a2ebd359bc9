import { describe, expect, it } from 'vitest';
import { SeatHost } from '../../src/board/remote-seat';
import {
  codeFromTyped,
  commitGate,
  connectionText,
  deviceSeat,
  joinUrl,
  nameFromTyped,
  proposalsByOption,
  roomSummary,
  teamRows,
} from '../../src/board/view/classroom-room';
import { FakeClassroom } from '../../src/client/fake-classroom';
import type { ClassroomClient } from '../../src/protocol/classroom';
import { AUG_2017, scenario } from '../helpers';

const s = scenario();

/** A room with Washington and Seoul as teams, started; Ana and Ben on Washington, Cy on Seoul. */
async function classroom(commitRule: 'any' | 'captain' = 'any') {
  const server = new FakeClassroom([s]);
  const made = await server.create({
    as: 'facilitator',
    scenarioId: AUG_2017,
    commitRule,
    setup: {
      seed: 5,
      turnOrder: 'sealed',
      controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'human' },
    },
  });
  if (!made.ok) throw new Error(made.problem);
  const teacher = made.client;
  const student = async (name: string, capital: 'us' | 'southKorea') => {
    const joined = await server.join(teacher.code, { as: 'student', name });
    if (!joined.ok) throw new Error(joined.problem);
    expect(await joined.client.sendRoom('team.join', { capital })).toBeNull();
    return joined.client;
  };
  const ana = await student('Ana', 'us');
  const ben = await student('<b>Ben</b>', 'us');
  const cy = await student('Cy', 'southKorea');
  await teacher.send({ type: 'game.start' });
  return { server, teacher, ana, ben, cy };
}

const propose = (client: ClassroomClient, optionId: string, rationale?: string) =>
  client.send({
    type: 'policy.select',
    capital: 'us',
    optionId,
    ...(rationale ? { rationale } : {}),
  });

describe('a room code and a name as typed', () => {
  it.each([
    ['abcde', 'ABCDE'],
    [' ab-cd e ', 'ABCDE'],
    ['HJK23', 'HJK23'],
  ])('takes %j as %s', (typed, code) => {
    expect(codeFromTyped(typed)).toEqual({ ok: true, code });
  });
  it.each([
    ['', /Type the code/],
    ['ABCD', /five characters/],
    ['ABCDEF', /five characters/],
    ['ABCD0', /no O, I, 0 or 1/],
    ['ABCDI', /no O, I, 0 or 1/],
  ])('refuses %j', (typed, message) => {
    const read = codeFromTyped(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
  it('trims a name, and refuses an empty or too long one rather than cutting it', () => {
    expect(nameFromTyped('  Ana   Li ')).toEqual({ ok: true, name: 'Ana Li' });
    expect(nameFromTyped('   ').ok).toBe(false);
    expect(nameFromTyped('x'.repeat(33)).ok).toBe(false);
    expect(nameFromTyped('x'.repeat(32)).ok).toBe(true);
  });
  it('puts the code in the join address, whatever the page was opened with', () => {
    expect(joinUrl('http://10.0.0.5:2567/?watch=QQQQQ#x', 'HJK23')).toBe(
      'http://10.0.0.5:2567/?join=HJK23',
    );
  });
});

describe("a team's proposals", () => {
  it('shows who proposed what to their own team only, never to the projector', async () => {
    const { server, teacher, ana, ben, cy } = await classroom();
    await propose(ana, 'us.show-of-force', 'Reassure Tokyo');
    await propose(ben, 'us.show-of-force');
    await propose(ben, 'us.covert-pressure');
    expect([...proposalsByOption(ana.room(), 'us')]).toEqual([
      ['us.show-of-force', ['Ana']],
      ['us.covert-pressure', ['<b>Ben</b>']],
    ]);
    expect(cy.room().proposals).toEqual([]);
    expect(teacher.room().proposals).toHaveLength(2);
    const projector = await server.join(teacher.code, { as: 'projector' });
    expect(projector.ok && projector.client.room().proposals).toEqual([]);
    // The team's selection is its latest proposal; the others see only that it is deciding.
    expect(ana.view().own?.selection?.optionId).toBe('us.covert-pressure');
    expect(cy.view().own?.selection ?? null).toBeNull();
  });

  it('lets only the captain commit when the teacher says so', async () => {
    const { teacher, ana, ben } = await classroom('captain');
    expect(commitGate(ana.room(), 'us')).toMatch(/not named one yet/);
    await teacher.sendRoom('member.captain', { memberId: ana.room().you.memberId });
    expect(commitGate(ana.room(), 'us')).toBeNull();
    expect(commitGate(ben.room(), 'us')).toMatch(/Only your captain, Ana,/);
    await propose(ben, 'us.show-of-force');
    expect((await ben.send({ type: 'policy.commit', capital: 'us' })).ok).toBe(false);
    expect((await ana.send({ type: 'policy.commit', capital: 'us' })).ok).toBe(true);
  });
});

describe("the teacher's console", () => {
  it('sums a room up and lists every team, its members, proposals and hidden choice', async () => {
    const { teacher, ana, cy } = await classroom();
    await propose(ana, 'us.show-of-force');
    await ana.send({ type: 'policy.commit', capital: 'us' });
    expect(roomSummary(teacher.view(), teacher.room(), s.rounds)).toBe(
      `Round 1 of ${s.rounds} · teams deciding · 1 of 2 teams committed · 3 students`,
    );
    const rows = teamRows(teacher.view(), teacher.room());
    const us = rows.find((r) => r.capital === 'us');
    expect(us?.members.map((m) => m.name)).toEqual(['Ana', '<b>Ben</b>']);
    expect(us?.status).toBe('committed');
    expect(us?.choice).toBe('us.show-of-force');
    expect(us?.proposals.map((p) => p.name)).toEqual(['Ana']);
    // Only the facilitator's view holds a team's choice.
    expect(teamRows(cy.view(), cy.room()).find((r) => r.capital === 'us')?.choice).toBeNull();
    await teacher.sendRoom('room.lock', { locked: true });
    await teacher.sendRoom('member.move', { memberId: cy.room().you.memberId, capital: null });
    expect(roomSummary(teacher.view(), teacher.room(), s.rounds)).toMatch(/3 students · locked$/);
    expect(cy.room().you.seat).toBeNull();
  });

  it('tells a projector (not listed as a member) from a student who is on no team yet', async () => {
    const { server, teacher, cy } = await classroom();
    const room = teacher.room();
    expect(deviceSeat(room)).toBe('facilitator');
    expect(deviceSeat({ ...room, you: { memberId: 'p9', seat: null, name: '' } })).toBe('observer');
    await teacher.sendRoom('member.move', { memberId: cy.room().you.memberId, capital: null });
    expect(deviceSeat(cy.room())).toBeNull();
    const projector = await server.join(teacher.code, { as: 'projector' });
    expect(projector.ok && deviceSeat(projector.client.room())).toBe('observer');
  });

  it('words every connection status', () => {
    expect(connectionText('reconnecting')).toBe('Reconnecting…');
    expect(connectionText('connected')).toBe('Connected');
  });
});

describe('a networked seat in a session', () => {
  it("gives the device's own client for its seat and a read-only public view for the rest", async () => {
    const { ana } = await classroom();
    await propose(ana, 'us.show-of-force');
    const host = new SeatHost(ana);
    expect(host.client('us')).toBe(ana);
    const observer = host.client('observer');
    expect(observer.view().own).toBeNull();
    expect(observer.view().secrets).toBeNull();
    expect(observer.view()).toBe(observer.view());
    const refused = await observer.send({ type: 'game.start' });
    expect(refused.ok === false && refused.refusal.code).toBe('seat-not-allowed');
    expect(() => host.record()).toThrow(/Only the facilitator/);
  });
});
