import { describe, expect, it } from 'vitest';
import { LocalGame } from '../../src/client/local-game';
import { openRecord } from '../../src/client/open-record';
import type { GameSetup } from '../../src/machines/game-events';
import { GameRecordSchema } from '../../src/model/record';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import { scenario } from '../helpers';
import { fakeClock } from './fake-clock';

// The facilitator's powers are intents like any other: checked by the game, recorded in its log,
// and replayed with it.

const s = scenario();
const twoTeams: GameSetup = {
  seed: 11,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'human', southKorea: 'ai' },
};

function started(setup: GameSetup = twoTeams) {
  const clock = fakeClock();
  const game = LocalGame.start(s, setup, clock);
  let n = 0;
  const as = (seat: Seat, intent: IntentBody) => game.receive({ ...intent, seat, id: `f${++n}` });
  return { game, as, clock, state: () => game.state() };
}

/** Reopen a game from its record, as a save or a share link would. */
function reopened(game: LocalGame) {
  const record = GameRecordSchema.parse(JSON.parse(JSON.stringify(game.record())));
  const opened = openRecord(s, record, fakeClock());
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.game;
}

const sameState = (a: LocalGame, b: LocalGame) =>
  expect(JSON.stringify(b.persisted())).toBe(JSON.stringify(a.persisted()));

describe('the facilitator’s round timer', () => {
  it('runs out, and the AI decides for the teams still deciding; the round resolves', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 60, atTimeUp: 'ai-decides' });
    g.as('facilitator', { type: 'game.start' });
    g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    g.clock.advance(59_000);
    expect(g.state().phase).toBe('decisions');
    g.clock.advance(1_000);
    const { phase, context } = g.state();
    expect(phase).toBe('report');
    const round = context.game.history[0];
    expect(round?.decisions.us.by).toBe('ai');
    expect(round?.decisions.japan.by).toBe('ai');
    expect(context.log.at(-1)?.type).toBe('facilitator.timeUp');
  });

  it('lets a team’s current choice stand, and the AI decide only where there is none', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 30, atTimeUp: 'selection-stands' });
    g.as('facilitator', { type: 'game.start' });
    g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    g.clock.advance(30_000);
    const round = g.state().context.game.history[0];
    expect(round?.decisions.us).toEqual({ optionId: 'us.un-sanctions', by: 'human' });
    expect(round?.decisions.japan.by).toBe('ai');
  });

  it('can make the round wait: time is up for everyone to see, nothing is forced', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 30, atTimeUp: 'round-waits' });
    g.as('facilitator', { type: 'game.start' });
    g.clock.advance(31_000);
    expect(g.state().phase).toBe('decisions');
    expect(g.game.view('observer').timer?.timeUp).toBe(true);
    expect(g.state().context.committed).toEqual(['northKorea', 'southKorea']);
  });

  it('stops while play is paused and goes on from where it stood', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 60, atTimeUp: 'ai-decides' });
    g.as('facilitator', { type: 'game.start' });
    g.clock.advance(20_000);
    g.as('facilitator', { type: 'facilitator.pause' });
    expect(g.game.view('us').timer).toMatchObject({ deadline: null, remainingMs: 40_000 });
    g.clock.advance(120_000);
    expect(g.state().phase).toBe('decisions');
    g.as('facilitator', { type: 'facilitator.resume' });
    g.clock.advance(39_000);
    expect(g.state().phase).toBe('decisions');
    g.clock.advance(1_000);
    expect(g.state().phase).toBe('report');
  });

  it('starts again with every round, and a time-up no one may fake', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 60, atTimeUp: 'ai-decides' });
    g.as('facilitator', { type: 'game.start' });
    expect(g.as('facilitator', { type: 'facilitator.timeUp' })).toMatchObject({
      refusal: { code: 'not-time-yet' },
    });
    expect(g.as('us', { type: 'facilitator.timeUp' })).toMatchObject({
      refusal: { code: 'seat-not-allowed' },
    });
    g.clock.advance(60_000);
    g.as('facilitator', { type: 'round.next' });
    const timer = g.game.view('observer').timer;
    expect(timer?.timeUp).toBe(false);
    expect(timer?.deadline).toBe(g.clock.now() + 60_000);
  });

  it('replays from the record to the same state, deadline included', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.timer', seconds: 45, atTimeUp: 'selection-stands' });
    g.as('facilitator', { type: 'game.start' });
    g.as('japan', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    g.clock.advance(45_000);
    g.as('facilitator', { type: 'round.next' });
    g.clock.advance(5_000);
    g.as('facilitator', { type: 'facilitator.pause' });
    sameState(g.game, reopened(g.game));
  });
});

describe('rewind, reveal and end as intents', () => {
  function twoRounds() {
    const g = started();
    g.as('facilitator', { type: 'game.start' });
    for (const optionId of ['us.un-sanctions', 'us.show-of-force']) {
      g.as('us', { type: 'policy.select', capital: 'us', optionId });
      g.as('us', { type: 'policy.commit', capital: 'us' });
      g.as('japan', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
      g.as('japan', { type: 'policy.commit', capital: 'japan' });
      g.as('facilitator', { type: 'round.next' });
    }
    return g;
  }

  it('rewinds to the start of an earlier round: a branch that keeps the original', () => {
    const g = twoRounds();
    const original = g.state().context.game;
    expect(g.as('facilitator', { type: 'facilitator.rewind', round: 2 }).ok).toBe(true);
    const { phase, context } = g.state();
    expect(phase).toBe('decisions');
    expect(context.game.history).toEqual(original.history.slice(0, 1));
    expect(context.branch?.fromRound).toBe(2);
    expect(context.branch?.original.history).toHaveLength(2);
    // The branch plays on from there, and its record replays to it, original and all.
    g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.talks-no-preconditions' });
    g.as('us', { type: 'policy.commit', capital: 'us' });
    g.as('japan', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    g.as('japan', { type: 'policy.commit', capital: 'japan' });
    expect(g.state().context.game.history[1]?.decisions.us.optionId).toBe(
      'us.talks-no-preconditions',
    );
    sameState(g.game, reopened(g.game));
  });

  it('refuses a rewind to a round not yet played, and one from a team', () => {
    const g = twoRounds();
    expect(g.as('facilitator', { type: 'facilitator.rewind', round: 9 })).toMatchObject({
      refusal: { code: 'no-such-round', round: 9, played: 2 },
    });
    expect(g.as('japan', { type: 'facilitator.rewind', round: 1 })).toMatchObject({
      refusal: { code: 'seat-not-allowed' },
    });
  });

  it('reveals the AI’s reasoning to every seat only when the facilitator says so', () => {
    const g = started();
    g.as('facilitator', { type: 'game.start' });
    expect(g.game.view('us').aiReasoning).toBeNull();
    g.as('facilitator', { type: 'facilitator.revealAi', on: true });
    const shown = g.game.view('us').aiReasoning;
    expect(Object.keys(shown ?? {}).sort()).toEqual(['northKorea', 'southKorea']);
    expect(typeof shown?.northKorea?.rationale).toBe('object');
    expect(g.game.view('observer').aiReasoning).toEqual(shown);
  });

  it('a game ended with End now reopens from its record at the same debrief', () => {
    const g = twoRounds();
    g.as('facilitator', { type: 'facilitator.lens', lens: 'deterrence' });
    g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    g.as('us', { type: 'policy.commit', capital: 'us' });
    g.as('japan', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    g.as('japan', { type: 'policy.commit', capital: 'japan' });
    g.as('facilitator', { type: 'facilitator.end' });
    expect(g.state().phase).toBe('debrief');
    const again = reopened(g.game);
    expect(again.state().phase).toBe('debrief');
    expect(again.state().context.game.outcome?.endedEarly).toBe(true);
    sameState(g.game, again);
  });

  it('a record whose log holds an intent the game refuses is refused, with the step', () => {
    const g = twoRounds();
    const record = g.game.record();
    const log = [...(record.log ?? [])];
    const at = log.findIndex((i) => i.type === 'policy.select' && i.seat === 'us');
    log[at] = { ...log[at], optionId: 'japan.intercept' } as (typeof log)[number];
    const opened = openRecord(s, { ...record, log }, fakeClock());
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toMatchObject({
        code: 'intent-refused',
        index: at,
        refusal: { code: 'option-not-available' },
      });
  });
});

describe('records that cannot be opened', () => {
  it('a record under a lens the scenario does not have is refused, not crashed on', () => {
    const g = started();
    g.as('facilitator', { type: 'game.start' });
    const record = { ...g.game.record(), lens: 'rosy' };
    const opened = openRecord(s, record, fakeClock());
    expect(opened).toMatchObject({ ok: false, error: { code: 'unknown-lens', lens: 'rosy' } });
    const withoutLog = openRecord(s, { ...record, log: undefined }, fakeClock());
    expect(withoutLog.ok).toBe(false);
  });

  it('a record handed out is the game’s no longer: changing it changes nothing in play', () => {
    const g = started();
    g.as('facilitator', { type: 'game.start' });
    const record = g.game.record();
    record.log?.push(record.log[0] as never);
    record.rounds.push(record.rounds[0] as never);
    expect(g.game.record().log).toHaveLength(1);
  });
});
