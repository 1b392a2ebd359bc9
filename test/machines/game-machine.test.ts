import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { driveGame } from '../../src/machines/drive-game';
import type { GameSetup } from '../../src/machines/game-events';
import { createGameMachine, phaseOf } from '../../src/machines/game-machine';
import { playGame } from '../../src/model/game';
import { scenario } from '../helpers';

const s = scenario();
const machine = createGameMachine(s);
const allHuman: GameSetup = {
  seed: 5,
  turnOrder: 'sealed',
  controllers: { northKorea: 'human', us: 'human', japan: 'human', southKorea: 'human' },
};

function started(setup: GameSetup = allHuman) {
  const actor = createActor(machine, { input: setup }).start();
  actor.send({ type: 'game.start' });
  return actor;
}

/** Every capital chooses and commits the same quiet round (as four teams would). */
function commitRound(actor: ReturnType<typeof started>) {
  for (const [capital, optionId] of [
    ['northKorea', 'nk.pause'],
    ['us', 'us.un-sanctions'],
    ['japan', 'japan.protest'],
    ['southKorea', 'sk.outreach'],
  ] as const) {
    actor.send({ type: 'policy.select', capital, optionId });
    actor.send({ type: 'policy.commit', capital });
  }
}

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
    const actor = createActor(machine, { input: allHuman }).start();
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'game.start' });
    expect(actor.getSnapshot().value).toEqual({ decisions: 'sealed' });
    const choices = {
      northKorea: 'nk.salvo',
      us: 'us.un-sanctions',
      japan: 'japan.protest',
      southKorea: 'sk.thaad',
    } as const;
    for (const [capital, optionId] of Object.entries(choices)) {
      actor.send({ type: 'policy.select', capital: capital as keyof typeof choices, optionId });
      actor.send({ type: 'policy.commit', capital: capital as keyof typeof choices });
    }
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('report');
    expect(snap.context.game.history).toHaveLength(1);
    expect(snap.context.game.history[0]?.decisions.northKorea.optionId).toBe('nk.salvo');
    expect(snap.context.game.round).toBe(2);
    actor.send({ type: 'round.next' });
    expect(actor.getSnapshot().value).toEqual({ decisions: 'sealed' });
  });

  it('refuses illegal intents with a reason and keeps the game intact', () => {
    const actor = started();
    const before = JSON.stringify(actor.getSnapshot().context.game);
    // Japan's defences are not postured for an intercept at the start of 2017.
    actor.send({ type: 'policy.select', capital: 'japan', optionId: 'japan.intercept' });
    expect(actor.getSnapshot().context.refusal).toMatch(/not open to Tokyo/);
    actor.send({ type: 'policy.select', capital: 'japan', optionId: 'us.un-sanctions' });
    expect(actor.getSnapshot().context.refusal).toMatch(/not open to Tokyo/);
    actor.send({ type: 'policy.commit', capital: 'us' });
    expect(actor.getSnapshot().context.refusal).toMatch(/Washington has not chosen/);
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    expect(actor.getSnapshot().context.refusal).toBeNull();
    actor.send({ type: 'policy.commit', capital: 'us' });
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.press-china' });
    expect(actor.getSnapshot().context.refusal).toMatch(/already committed/);
    expect(actor.getSnapshot().context.selections.us?.optionId).toBe('us.un-sanctions');
    actor.send({ type: 'round.next' });
    expect(actor.getSnapshot().context.refusal).toMatch(/not been resolved/);
    actor.send({ type: 'game.start' });
    expect(actor.getSnapshot().context.refusal).toMatch(/already started/);
    actor.send({ type: 'policy.select', capital: 'mars' as never, optionId: 'x' });
    expect(actor.getSnapshot().context.refusal).toMatch(/No such capital/);
    expect(JSON.stringify(actor.getSnapshot().context.game)).toBe(before);
    expect(actor.getSnapshot().value).toEqual({ decisions: 'sealed' });
  });

  it('lets a committed capital revise until the round locks', () => {
    const actor = started();
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    actor.send({ type: 'policy.commit', capital: 'us' });
    actor.send({ type: 'policy.revise', capital: 'us' });
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.reassure-allies' });
    actor.send({ type: 'policy.commit', capital: 'us' });
    for (const [capital, optionId] of [
      ['northKorea', 'nk.pause'],
      ['japan', 'japan.protest'],
      ['southKorea', 'sk.outreach'],
    ] as const) {
      actor.send({ type: 'policy.select', capital, optionId });
      actor.send({ type: 'policy.commit', capital });
    }
    expect(actor.getSnapshot().context.game.history[0]?.decisions.us.optionId).toBe(
      'us.reassure-allies',
    );
    actor.send({ type: 'policy.revise', capital: 'us' });
    expect(actor.getSnapshot().context.refusal).toMatch(/Not now/);
  });

  it('in sequential order, Pyongyang moves first and cannot revise once the others see it', () => {
    const actor = started({ ...allHuman, turnOrder: 'sequential' });
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    expect(actor.getSnapshot().context.refusal).toMatch(/not Washington's turn/);
    actor.send({ type: 'policy.select', capital: 'northKorea', optionId: 'nk.overflight' });
    actor.send({ type: 'policy.commit', capital: 'northKorea' });
    expect(actor.getSnapshot().value).toEqual({ decisions: 'responders' });
    actor.send({ type: 'policy.revise', capital: 'northKorea' });
    expect(actor.getSnapshot().context.refusal).toMatch(/locked/);
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.reassure-allies' });
    expect(actor.getSnapshot().context.refusal).toBeNull();
  });

  it('the AI answers what it can see: a sequential AI Washington sees the overflight', () => {
    const actor = started({
      ...allHuman,
      turnOrder: 'sequential',
      controllers: { ...allHuman.controllers, us: 'ai' },
    });
    actor.send({ type: 'policy.select', capital: 'northKorea', optionId: 'nk.overflight' });
    actor.send({ type: 'policy.commit', capital: 'northKorea' });
    const us = actor.getSnapshot().context.selections.us;
    expect(us?.by).toBe('ai');
    const rationale = us?.rationale;
    expect(typeof rationale === 'object' && rationale.considerations.length).toBeGreaterThan(0);
  });

  it('decides for AI capitals as their turns open; only human capitals have turn actors', () => {
    const actor = started({
      ...allHuman,
      controllers: { ...allHuman.controllers, northKorea: 'ai', japan: 'ai' },
    });
    const snap = actor.getSnapshot();
    expect(Object.keys(snap.children).sort()).toEqual(['turn.southKorea', 'turn.us']);
    expect(snap.context.committed).toEqual(['northKorea', 'japan']);
    expect(snap.context.selections.japan?.by).toBe('ai');
    expect(snap.children['turn.us']?.getSnapshot().value).toBe('deliberating');
    // A report forged for an AI capital changes nothing.
    const decision = { optionId: 'japan.protest', by: 'human' as const };
    actor.send({ type: 'turn.selected', capital: 'japan', decision });
    expect(actor.getSnapshot().context.selections.japan).toBe(snap.context.selections.japan);
    // A team may still revise the AI's decision and choose for it, as before.
    actor.send({ type: 'policy.revise', capital: 'japan' });
    expect(actor.getSnapshot().context.committed).toEqual(['northKorea']);
    actor.send({ type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    actor.send({ type: 'policy.commit', capital: 'japan' });
    // The team chose, so the record says a team chose, not the AI.
    expect(actor.getSnapshot().context.selections.japan).toEqual({
      optionId: 'japan.protest',
      by: 'human',
    });
    expect(actor.getSnapshot().context.committed).toEqual(['northKorea', 'japan']);
  });

  it('persists mid-round and restores to finish the same game', () => {
    const setup: GameSetup = {
      ...allHuman,
      controllers: { ...allHuman.controllers, northKorea: 'ai', japan: 'ai' },
    };
    const play = (actor: ReturnType<typeof started>, fromRound: number) => {
      for (
        let guard = 0;
        guard < 200 && phaseOf(actor.getSnapshot().value) !== 'debrief';
        guard++
      ) {
        const snap = actor.getSnapshot();
        if (phaseOf(snap.value) === 'report') {
          actor.send({ type: 'round.next' });
          continue;
        }
        const round = snap.context.game.round;
        if (round < fromRound) break;
        if (!snap.context.committed.includes('us')) {
          actor.send({
            type: 'policy.select',
            capital: 'us',
            optionId: round % 2 ? 'us.un-sanctions' : 'us.reassure-allies',
          });
          actor.send({ type: 'policy.commit', capital: 'us' });
        }
        if (!snap.context.committed.includes('southKorea')) {
          actor.send({ type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' });
          actor.send({ type: 'policy.commit', capital: 'southKorea' });
        }
      }
      return actor.getSnapshot().context.game;
    };
    const straight = play(started(setup), 1);

    const first = started(setup);
    // Play two rounds, then commit Washington only, and save.
    for (let i = 0; i < 2; i++) {
      first.send({
        type: 'policy.select',
        capital: 'us',
        optionId: i % 2 ? 'us.reassure-allies' : 'us.un-sanctions',
      });
      first.send({ type: 'policy.commit', capital: 'us' });
      first.send({ type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' });
      first.send({ type: 'policy.commit', capital: 'southKorea' });
      first.send({ type: 'round.next' });
    }
    first.send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    first.send({ type: 'policy.commit', capital: 'us' });
    const saved = JSON.stringify(first.getPersistedSnapshot());
    first.stop();

    const restored = createActor(machine, { snapshot: JSON.parse(saved), input: setup }).start();
    expect(restored.getSnapshot().context.committed).toContain('us');
    expect(restored.getSnapshot().children['turn.us']?.getSnapshot().value).toBe('committed');
    restored.send({ type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' });
    restored.send({ type: 'policy.commit', capital: 'southKorea' });
    const resumed = play(restored, 1);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(straight));
  });

  it('a facilitator can pause, inject an event and switch the lens; all of it is in the record', () => {
    const actor = started();
    actor.send({ type: 'facilitator.pause' });
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    expect(actor.getSnapshot().context.refusal).toBe('Paused by the facilitator.');
    expect(actor.getSnapshot().context.selections.us).toBeUndefined();
    actor.send({ type: 'facilitator.resume' });
    actor.send({ type: 'facilitator.inject', eventId: 'event.nonexistent' });
    expect(actor.getSnapshot().context.refusal).toMatch(/No event card/);
    actor.send({ type: 'facilitator.inject', eventId: 'event.false-alarm' });
    actor.send({ type: 'facilitator.lens', lens: 'deterrence' });
    commitRound(actor);
    const record = actor.getSnapshot().context.game.history[0];
    expect(record?.events).toContain('event.false-alarm');
    expect(record?.injected).toEqual(['event.false-alarm']);
    expect(record?.lens).toBe('deterrence');
    actor.send({ type: 'facilitator.pause' });
    actor.send({ type: 'round.next' });
    expect(actor.getSnapshot().value).toBe('report');
    actor.send({ type: 'facilitator.resume' });
    actor.send({ type: 'round.next' });
    expect(actor.getSnapshot().value).toEqual({ decisions: 'sealed' });
  });

  it('starts from a given game state (a resumed record or a branch)', () => {
    const earlier = playGame(s, { seed: 8 });
    const from = { ...earlier, history: earlier.history.slice(0, 3), outcome: null, round: 4 };
    const actor = createActor(machine, { input: { ...allHuman, game: from } }).start();
    actor.send({ type: 'game.start' });
    expect(actor.getSnapshot().context.game.round).toBe(4);
    expect(actor.getSnapshot().context.game.history).toHaveLength(3);
  });

  it('a facilitator can end the game between rounds, going straight to the debrief', () => {
    const actor = started();
    actor.send({ type: 'facilitator.end' });
    expect(actor.getSnapshot().context.refusal).toMatch(/only between rounds/);
    commitRound(actor);
    actor.send({ type: 'facilitator.end' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('debrief');
    expect(snap.context.game.outcome?.outcomeId).toBe('outcome.crisis-continues');
    expect(snap.context.game.outcome?.round).toBe(1);
  });
});
