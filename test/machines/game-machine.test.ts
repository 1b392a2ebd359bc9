import { describe, expect, it } from 'vitest';
import { LocalGame } from '../../src/client/local-game';
import { driveGame } from '../../src/machines/drive-game';
import type { GameSetup } from '../../src/machines/game-events';
import { playGame } from '../../src/model/game';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import { scenario } from '../helpers';
import { fakeClock } from './fake-clock';

const s = scenario();
const allHuman: GameSetup = {
  seed: 5,
  turnOrder: 'sealed',
  controllers: { northKorea: 'human', us: 'human', japan: 'human', southKorea: 'human' },
};

/** A game in its decisions, and a way to send as any seat (each intent with a fresh id). */
function started(setup: GameSetup = allHuman, clock = fakeClock()) {
  const game = LocalGame.start(s, setup, clock);
  let n = 0;
  const as = (seat: Seat, intent: IntentBody) => game.receive({ ...intent, seat, id: `t${++n}` });
  as('facilitator', { type: 'game.start' });
  const team = (capital: Exclude<Seat, 'facilitator' | 'observer'>, optionId: string) => {
    as(capital, { type: 'policy.select', capital, optionId });
    return as(capital, { type: 'policy.commit', capital });
  };
  return { game, as, team, clock, state: () => game.state() };
}

/** Every capital chooses and commits the same quiet round (as four teams would). */
function commitRound({ team }: ReturnType<typeof started>) {
  team('northKorea', 'nk.pause');
  team('us', 'us.un-sanctions');
  team('japan', 'japan.protest');
  team('southKorea', 'sk.outreach');
}

const codeOf = (ack: ReturnType<ReturnType<typeof started>['as']>) =>
  ack.ok ? null : ack.refusal.code;

describe('game machine', () => {
  it.each(['sealed', 'sequential'] as const)(
    'with every capital played by the AI, gives exactly the model loop’s game (%s)',
    (turnOrder) => {
      for (let seed = 1; seed <= 40; seed++) {
        const viaModel = playGame(s, { seed, turnOrder });
        const viaMachines = driveGame(s, { seed, turnOrder });
        expect(JSON.stringify(viaMachines)).toBe(JSON.stringify(viaModel));
      }
    },
  );

  it('runs briefing → decisions → report → next round', () => {
    const game = LocalGame.start(s, allHuman, fakeClock());
    expect(game.state().phase).toBe('briefing');
    const g = started();
    expect(g.state().phase).toBe('decisions');
    g.team('northKorea', 'nk.salvo');
    g.team('us', 'us.un-sanctions');
    g.team('japan', 'japan.protest');
    g.team('southKorea', 'sk.thaad');
    const { phase, context } = g.state();
    expect(phase).toBe('report');
    expect(context.game.history).toHaveLength(1);
    expect(context.game.history[0]?.decisions.northKorea.optionId).toBe('nk.salvo');
    expect(context.game.round).toBe(2);
    expect(g.as('facilitator', { type: 'round.next' }).ok).toBe(true);
    expect(g.state().phase).toBe('decisions');
  });

  it('refuses illegal intents with a code and keeps the game intact', () => {
    const g = started();
    const before = JSON.stringify(g.state().context.game);
    // Japan's defences are not postured for an intercept at the start of 2017.
    const intercept = g.as('japan', {
      type: 'policy.select',
      capital: 'japan',
      optionId: 'japan.intercept',
    });
    expect(intercept).toMatchObject({
      ok: false,
      refusal: { code: 'option-not-available', capital: 'japan', optionId: 'japan.intercept' },
    });
    expect(
      codeOf(
        g.as('japan', { type: 'policy.select', capital: 'japan', optionId: 'us.un-sanctions' }),
      ),
    ).toBe('option-not-available');
    expect(codeOf(g.as('us', { type: 'policy.commit', capital: 'us' }))).toBe('nothing-selected');
    expect(g.team('us', 'us.un-sanctions').ok).toBe(true);
    expect(
      codeOf(g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.press-china' })),
    ).toBe('already-committed');
    expect(g.state().context.selections.us?.optionId).toBe('us.un-sanctions');
    expect(codeOf(g.as('facilitator', { type: 'round.next' }))).toBe('round-not-resolved');
    expect(codeOf(g.as('facilitator', { type: 'game.start' }))).toBe('already-started');
    expect(JSON.stringify(g.state().context.game)).toBe(before);
    expect(g.state().phase).toBe('decisions');
  });

  it('checks the seat: a team acts for its own capital only, an observer for none', () => {
    const g = started();
    const forged = g.as('japan', {
      type: 'policy.select',
      capital: 'us',
      optionId: 'us.un-sanctions',
    });
    expect(forged).toMatchObject({ refusal: { code: 'not-your-capital', capital: 'us' } });
    expect(g.state().context.selections.us).toBeUndefined();
    expect(codeOf(g.as('observer', { type: 'policy.commit', capital: 'us' }))).toBe(
      'seat-not-allowed',
    );
    expect(codeOf(g.as('us', { type: 'facilitator.end' }))).toBe('seat-not-allowed');
    expect(codeOf(g.as('us', { type: 'facilitator.pause' }))).toBe('seat-not-allowed');
    expect(g.state().context.paused).toBe(false);
    // The facilitator may choose for any capital (a team that cannot, a teacher's override).
    expect(
      g.as('facilitator', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' }).ok,
    ).toBe(true);
  });

  it('applies a resent intent once', () => {
    const g = started();
    const intent = { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' } as const;
    const first = g.game.receive({ ...intent, seat: 'us', id: 'same' });
    const logged = g.state().context.log.length;
    const again = g.game.receive({ ...intent, seat: 'us', id: 'same' });
    expect(first).toEqual({ id: 'same', ok: true });
    expect(again).toEqual({ id: 'same', ok: true, duplicate: true });
    expect(g.state().context.log).toHaveLength(logged);
  });

  it('lets a committed capital revise until the round locks', () => {
    const g = started();
    g.team('us', 'us.un-sanctions');
    expect(g.as('us', { type: 'policy.revise', capital: 'us' }).ok).toBe(true);
    g.team('us', 'us.reassure-allies');
    g.team('northKorea', 'nk.pause');
    g.team('japan', 'japan.protest');
    g.team('southKorea', 'sk.outreach');
    expect(g.state().context.game.history[0]?.decisions.us.optionId).toBe('us.reassure-allies');
    expect(codeOf(g.as('us', { type: 'policy.revise', capital: 'us' }))).toBe('decisions-closed');
  });

  it('in sequential order, Pyongyang moves first and cannot revise once the others see it', () => {
    const g = started({ ...allHuman, turnOrder: 'sequential' });
    expect(
      g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' }),
    ).toMatchObject({ refusal: { code: 'not-open', capital: 'us' } });
    g.team('northKorea', 'nk.overflight');
    expect(g.state().context.stage).toBe(1);
    expect(codeOf(g.as('northKorea', { type: 'policy.revise', capital: 'northKorea' }))).toBe(
      'decision-locked',
    );
    expect(
      g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.reassure-allies' }).ok,
    ).toBe(true);
  });

  it('the AI answers what it can see: a sequential AI Washington sees the overflight', () => {
    const g = started({
      ...allHuman,
      turnOrder: 'sequential',
      controllers: { ...allHuman.controllers, us: 'ai' },
    });
    g.team('northKorea', 'nk.overflight');
    const us = g.state().context.selections.us;
    expect(us?.by).toBe('ai');
    const rationale = us?.rationale;
    expect(typeof rationale === 'object' && rationale.considerations.length).toBeGreaterThan(0);
  });

  it('decides for AI capitals as their turns open; a person’s choice for one is recorded as theirs', () => {
    const g = started({
      ...allHuman,
      controllers: { ...allHuman.controllers, northKorea: 'ai', japan: 'ai' },
    });
    const { context } = g.state();
    expect(context.committed).toEqual(['northKorea', 'japan']);
    expect(context.selections.japan?.by).toBe('ai');
    // The facilitator revises the AI's decision and chooses for it.
    expect(g.as('facilitator', { type: 'policy.revise', capital: 'japan' }).ok).toBe(true);
    expect(g.state().context.committed).toEqual(['northKorea']);
    g.as('facilitator', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    g.as('facilitator', { type: 'policy.commit', capital: 'japan', rationale: 'hold back' });
    expect(g.state().context.selections.japan).toEqual({
      optionId: 'japan.protest',
      by: 'human',
      rationale: 'hold back',
    });
  });

  it('a commit carries the team’s reason with it (one intent, no read in between)', () => {
    const g = started();
    g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    g.as('us', { type: 'policy.commit', capital: 'us', rationale: 'pressure first' });
    expect(g.state().context.selections.us).toEqual({
      optionId: 'us.un-sanctions',
      by: 'human',
      rationale: 'pressure first',
    });
  });

  it('a facilitator can pause, inject an event and switch the lens; all of it is in the record', () => {
    const g = started();
    g.as('facilitator', { type: 'facilitator.pause' });
    expect(
      codeOf(g.as('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' })),
    ).toBe('paused');
    expect(g.state().context.selections.us).toBeUndefined();
    g.as('facilitator', { type: 'facilitator.resume' });
    expect(
      g.as('facilitator', { type: 'facilitator.inject', eventId: 'event.nonexistent' }),
    ).toMatchObject({ refusal: { code: 'unknown-event', eventId: 'event.nonexistent' } });
    g.as('facilitator', { type: 'facilitator.inject', eventId: 'event.false-alarm' });
    g.as('facilitator', { type: 'facilitator.lens', lens: 'deterrence' });
    commitRound(g);
    const round = g.state().context.game.history[0];
    expect(round?.events).toContain('event.false-alarm');
    expect(round?.injected).toEqual(['event.false-alarm']);
    expect(round?.lens).toBe('deterrence');
    g.as('facilitator', { type: 'facilitator.pause' });
    expect(codeOf(g.as('facilitator', { type: 'round.next' }))).toBe('paused');
    g.as('facilitator', { type: 'facilitator.resume' });
    g.as('facilitator', { type: 'round.next' });
    expect(g.state().phase).toBe('decisions');
    const types = g.game.record().log?.map((i) => i.type);
    expect(types).toContain('facilitator.pause');
    expect(types).toContain('facilitator.inject');
    expect(types).toContain('facilitator.lens');
  });

  it('starts from a given game state (a record continued from its rounds)', () => {
    const earlier = playGame(s, { seed: 8 });
    const from = { ...earlier, history: earlier.history.slice(0, 3), outcome: null, round: 4 };
    const game = LocalGame.start(s, { ...allHuman, game: from }, fakeClock());
    game.receive({ type: 'game.start', seat: 'facilitator', id: '1' });
    expect(game.state().context.game.round).toBe(4);
    expect(game.state().context.game.history).toHaveLength(3);
    expect(game.record().logFrom).toBe(3);
  });

  it('a facilitator can end the game between rounds, going straight to the debrief', () => {
    const g = started();
    expect(codeOf(g.as('facilitator', { type: 'facilitator.end' }))).toBe('end-between-rounds');
    commitRound(g);
    g.as('facilitator', { type: 'facilitator.end' });
    const { phase, context } = g.state();
    expect(phase).toBe('debrief');
    expect(context.game.outcome?.outcomeId).toBe('outcome.crisis-continues');
    expect(context.game.outcome?.round).toBe(1);
    expect(codeOf(g.as('northKorea', { type: 'policy.revise', capital: 'northKorea' }))).toBe(
      'game-over',
    );
  });
});
