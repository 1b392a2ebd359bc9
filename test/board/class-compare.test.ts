import { describe, expect, it } from 'vitest';
import { compareRooms, type RoomInput } from '../../src/board/view/class-compare';
import { classDebriefJson } from '../../src/board/view/class-json';
import { classDebriefMarkdown } from '../../src/board/view/class-markdown';
import { classRefusalText } from '../../src/board/view/class-words';
import { LocalGame } from '../../src/client/local-game';
import { scoreCapitals } from '../../src/model/end';
import { playGame, playRound } from '../../src/model/game';
import type { CapitalId } from '../../src/model/ids';
import { type GameRecord, recordOf } from '../../src/model/record';
import { createGame } from '../../src/model/state';
import { AUG_2017, decisions, QUIET, scenario } from '../helpers';

const s = scenario();
const SCENARIOS = [s, scenario('mar-2017-salvo')];
const HUMANS = { northKorea: 'human', us: 'human', japan: 'human', southKorea: 'human' } as const;

/** A room's record from its choices, round by round (QUIET where a round names none). */
function room(rounds: Partial<Record<CapitalId, string>>[], seed = 7): GameRecord {
  let game = createGame(s, seed);
  for (const choices of rounds) game = playRound(s, game, decisions({ ...QUIET, ...choices }));
  return recordOf(game, { turnOrder: 'sealed', controllers: HUMANS });
}

/** A whole game the AI plays for every capital, as a record. */
function aiGame(seed: number, id = AUG_2017): GameRecord {
  const sc = scenario(id);
  const game = playGame(sc, { seed });
  return recordOf(game, {
    turnOrder: 'sealed',
    controllers: { northKorea: 'ai', us: 'ai', japan: 'ai', southKorea: 'ai' },
  });
}

const compared = (records: GameRecord[]) => {
  const result = compareRooms(
    SCENARIOS,
    records.map((record, i) => ({ record, name: `Group ${'ABCDEFGH'[i]}` })),
  );
  if (!result.ok) throw new Error(classRefusalText(result.refusal));
  return result.comparison;
};

describe('where the rooms diverged', () => {
  it.each([
    {
      what: 'all alike',
      rooms: [
        [{}, {}, {}],
        [{}, {}, {}],
      ],
      diff: [] as string[],
    },
    {
      what: 'Washington differs in round 2 in one room of three',
      rooms: [
        [{}, {}, {}],
        [{}, { us: 'us.un-sanctions' }, {}],
        [{}, {}, {}],
      ],
      diff: ['2 us'],
    },
    {
      what: 'Pyongyang in round 1, Tokyo in round 3',
      rooms: [
        [{ northKorea: 'nk.short-range-test' }, {}, {}],
        [{}, {}, { japan: 'japan.protest' }],
        [{}, {}, { japan: 'japan.protest' }],
      ],
      diff: ['1 northKorea'],
    },
    {
      what: 'one room’s game is over sooner: the rounds it did not play are no divergence',
      rooms: [
        [{}, {}, {}],
        [{}, { us: 'us.un-sanctions' }],
      ],
      diff: ['2 us'],
    },
  ])('$what', ({ rooms, diff }) => {
    const c = compared(rooms.map((r) => room(r)));
    const found = c.byRound.flatMap((r) =>
      r.decisions.filter((d) => d.differs).map((d) => `${d.round} ${d.capital}`),
    );
    expect(found).toEqual(diff);
    expect(c.firstDivergence).toBe(diff.length > 0 ? Number(diff[0]?.split(' ')[0]) : null);
    for (const r of c.byRound)
      for (const d of r.decisions)
        expect(d.options).toEqual(
          rooms.map((choices) => {
            const played = choices[r.round - 1];
            return played
              ? ({ ...QUIET, ...played } as Record<CapitalId, string>)[d.capital]
              : null;
          }),
        );
  });

  it('says what followed in each room: its launches and its largest changes', () => {
    const c = compared([room([{ northKorea: 'nk.overflight' }]), room([{}])]);
    const [test, quiet] = c.byRound[0]?.results ?? [];
    expect(test?.launches.map((l) => l.kind)).toContain('overflight');
    expect(quiet?.launches).toEqual([]);
    const before = s.indicators.regionalTension.value;
    const tension = test?.changes.find((ch) => ch.indicator === 'regionalTension');
    const after = c.rooms[0]?.game.history[0]?.indicators.regionalTension ?? 0;
    if (tension) expect(tension.delta).toBe(after - before);
    expect(test?.changes.length).toBeLessThanOrEqual(3);
    const md = classDebriefMarkdown(s, c);
    expect(md).toMatch(/\| Launches \| {2}\| [^|]*over Japan[^|]* \| none \|/);
  });
});

describe('eight rooms', () => {
  const records = Array.from({ length: 8 }, (_, i) => aiGame(i + 1));
  const c = compared(records);

  it('keeps each room’s scores exactly as the model scores them', () => {
    expect(c.rooms).toHaveLength(8);
    for (const r of c.rooms) {
      const outcome = s.outcomes.find((o) => o.id === r.game.outcome?.outcomeId) ?? null;
      expect(r.game.outcome?.scores).toEqual(scoreCapitals(s, r.game, outcome));
      expect(r.game).toEqual(playGame(s, { seed: r.room }));
    }
    const json = classDebriefJson(s, c);
    for (const [i, r] of json.rooms.entries())
      for (const score of r.scores) {
        expect(score.score).toBe(c.rooms[i]?.game.outcome?.scores[score.capital]);
        expect(score.working).toMatch(new RegExp(`→ ${score.score}( \\(kept within 0–100\\))?$`));
      }
  });

  it('draws one path per room for every indicator, as long as the longest game', () => {
    expect(c.paths).toHaveLength(12);
    for (const p of c.paths) {
      expect(p.values).toHaveLength(8);
      for (const [i, values] of p.values.entries()) {
        const game = c.rooms[i]?.game;
        expect(values).toHaveLength(c.rounds + 1);
        expect(values.slice(1, (game?.history.length ?? 0) + 1)).toEqual(
          game?.history.map((h) => h.indicators[p.indicator]),
        );
      }
    }
  });

  it('exports a versioned JSON object that survives a round trip', () => {
    const json = classDebriefJson(s, c);
    expect(json.format).toBe('overflight-class-debrief');
    expect(json.version).toBe(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.rooms.map((r) => r.title)).toEqual(
      [...'ABCDEFGH'].map((g, i) => `Room ${i + 1}: Group ${g}`),
    );
    expect(json.rounds).toHaveLength(c.rounds);
  });

  it('puts each room’s launch events beside the real record’s, round by round', () => {
    const { launchRecord } = classDebriefJson(s, c);
    expect(launchRecord.rounds).toHaveLength(c.rounds);
    expect(launchRecord.record).toHaveLength(c.rounds);
    for (const [i, room] of c.rooms.entries())
      expect(launchRecord.rooms[i]).toEqual(
        launchRecord.rounds.map((_, r) => {
          const played = room.game.history[r];
          return played ? played.launches.filter((l) => l.kind !== 'cruise').length : null;
        }),
      );
    expect(classDebriefMarkdown(s, c)).toMatch(/\| The record \|( \d+ \|)+/);
  });

  it('names every room in the Markdown', () => {
    const md = classDebriefMarkdown(s, c);
    for (const g of 'ABCDEFGH')
      expect(md).toContain(`Room ${'ABCDEFGH'.indexOf(g) + 1}: Group ${g}`);
  });
});

describe('rooms that cannot be compared', () => {
  const ok = room([{}]);
  const bad = {
    ...room([{}]),
    rounds: [{ ...ok.rounds[0], decisions: decisions({ ...QUIET, us: 'nk.pause' }) }],
  } as GameRecord;
  it.each([
    { what: 'one room', rooms: [ok], code: 'too-few', words: /at least 2/ },
    { what: 'nine rooms', rooms: Array(9).fill(ok), code: 'too-many', words: /at most 8/ },
    {
      what: 'another scenario in room 3',
      rooms: [ok, ok, aiGame(1, 'mar-2017-salvo')],
      code: 'mixed-scenarios',
      words: /^Room 3 \(Group C\) is a game of another scenario \(mar-2017-salvo, not aug-2017/,
    },
    {
      what: 'a scenario this version does not have',
      rooms: [
        { ...ok, scenarioId: 'nope' },
        { ...ok, scenarioId: 'nope' },
      ],
      code: 'unknown-scenario',
      words: /^Room 1 \(Group A\) is a game of a scenario this version does not have/,
    },
    {
      what: 'a record that does not replay in room 2',
      rooms: [ok, bad],
      code: 'does-not-replay',
      words: /^Room 2 \(Group B\) cannot be compared\. This record cannot be replayed/,
    },
  ])('refuses $what', ({ rooms, code, words }) => {
    const inputs: RoomInput[] = rooms.map((record, i) => ({
      record,
      name: `Group ${'ABCDEFGHI'[i]}`,
    }));
    const result = compareRooms(SCENARIOS, inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe(code);
    expect(classRefusalText(result.refusal)).toMatch(words);
  });
});

describe('records with a log', () => {
  it('replays a game the machines played, mid-game, to the same rounds', async () => {
    const host = LocalGame.start(s, {
      seed: 3,
      turnOrder: 'sealed',
      controllers: { ...HUMANS, us: 'ai', japan: 'ai', southKorea: 'ai' },
    });
    const f = host.client('facilitator');
    await f.send({ type: 'game.start' });
    for (const round of [1, 2]) {
      await f.send({ type: 'policy.select', capital: 'northKorea', optionId: 'nk.pause' });
      await f.send({ type: 'policy.commit', capital: 'northKorea' });
      if (round === 1) await f.send({ type: 'round.next' });
    }
    const record = host.record();
    host.stop();
    const c = compared([record, room([{}], 3)]);
    expect(record.log?.length).toBeGreaterThan(3);
    expect(record.rounds).toHaveLength(2);
    expect(c.rooms[0]?.game.history.map((h) => h.decisions.northKorea.optionId)).toEqual([
      'nk.pause',
      'nk.pause',
    ]);
    expect(c.rooms[0]?.game.outcome).toBeNull();
  });
});
