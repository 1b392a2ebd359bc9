import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { GameEvent } from '../../src/machines/game-events';
import { createGameMachine, phaseOf } from '../../src/machines/game-machine';
import { playGame } from '../../src/model/game';
import { CAPITALS, INDICATOR_MAX, INDICATOR_MIN, INDICATORS } from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import { Dice } from '../../src/model/rng';
import { scenario } from '../helpers';

const s = scenario();
const machine = createGameMachine(s);
const allOptionIds = s.options.map((o) => o.id);

describe('random play', () => {
  it('3000 games on the model loop: indicators stay in bounds and every game ends in time', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const dice = Dice.fromSeed(seed * 7919);
      const game = playGame(s, {
        seed,
        turnOrder: seed % 2 ? 'sealed' : 'sequential',
        // Half the capitals pick uniformly among their legal options; the AI plays the rest.
        chooser: (capital, g) => {
          if (dice.float() < 0.5) return undefined;
          const legal = legalOptionIds(s, g, capital);
          return { optionId: legal[dice.int(0, legal.length - 1)] as string, by: 'human' };
        },
      });
      if (!game.outcome) problems.push(`seed ${seed}: no outcome`);
      if (game.history.length > s.rounds)
        problems.push(`seed ${seed}: ${game.history.length} rounds`);
      for (const record of game.history) {
        for (const id of INDICATORS) {
          const v = record.indicators[id];
          if (v < INDICATOR_MIN || v > INDICATOR_MAX) problems.push(`seed ${seed}: ${id} = ${v}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('1000 games through the machines with illegal events mixed in: none breaks or sticks', () => {
    const visited = new Set<string>();
    let refusals = 0;
    const problems: string[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const dice = Dice.fromSeed(seed);
      const controllers = Object.fromEntries(
        CAPITALS.map((c) => [c, dice.float() < 0.5 ? 'human' : 'ai']),
      ) as Record<(typeof CAPITALS)[number], 'human' | 'ai'>;
      const actor = createActor(machine, {
        input: { seed, turnOrder: seed % 2 ? 'sealed' : 'sequential', controllers },
      }).start();
      let events = 0;
      for (; events < 3000; events++) {
        const snap = actor.getSnapshot();
        visited.add(JSON.stringify(snap.value));
        if (phaseOf(snap.value) === 'debrief') break;
        const capital = CAPITALS[dice.int(0, 3)] as (typeof CAPITALS)[number];
        let event: GameEvent;
        const roll = dice.float();
        if (roll < 0.25) {
          // Anything at all: a random intent, often illegal or out of turn.
          const kinds: GameEvent[] = [
            { type: 'game.start' },
            { type: 'round.next' },
            {
              type: 'policy.select',
              capital,
              optionId: allOptionIds[dice.int(0, allOptionIds.length - 1)] as string,
            },
            { type: 'policy.commit', capital },
            { type: 'policy.revise', capital },
            {
              type: 'turn.committed',
              capital,
              decision: { optionId: 'nk.nuclear-test', by: 'human' },
            },
          ];
          event = kinds[dice.int(0, kinds.length - 1)] as GameEvent;
        } else if (phaseOf(snap.value) === 'briefing') {
          event = { type: 'game.start' };
        } else if (phaseOf(snap.value) === 'report') {
          event = { type: 'round.next' };
        } else {
          const waiting = snap.context.open.filter((c) => !snap.context.committed.includes(c));
          const who = waiting[dice.int(0, Math.max(0, waiting.length - 1))] ?? capital;
          if (
            snap.context.selections[who] &&
            !snap.context.committed.includes(who) &&
            dice.float() < 0.7
          ) {
            event = { type: 'policy.commit', capital: who };
          } else {
            const legal = legalOptionIds(s, snap.context.game, who);
            event = {
              type: 'policy.select',
              capital: who,
              optionId: legal[dice.int(0, legal.length - 1)] as string,
            };
          }
        }
        actor.send(event);
        const after = actor.getSnapshot();
        if (after.context.refusal) refusals++;
        if (after.status === 'error') problems.push(`seed ${seed}: actor error`);
        for (const id of INDICATORS) {
          const v = after.context.game.indicators[id];
          if (v < INDICATOR_MIN || v > INDICATOR_MAX) problems.push(`seed ${seed}: ${id} = ${v}`);
        }
      }
      const final = actor.getSnapshot();
      expect(phaseOf(final.value), `seed ${seed} stuck after ${events} events`).toBe('debrief');
      expect(final.context.game.outcome).not.toBeNull();
      actor.stop();
    }
    expect(problems).toEqual([]);
    expect(refusals).toBeGreaterThan(5000);
    // Every state of the game machine graph was reached.
    for (const state of [
      '"briefing"',
      '{"decisions":"sealed"}',
      '{"decisions":"pyongyang"}',
      '{"decisions":"responders"}',
      '"report"',
      '"debrief"',
    ]) {
      expect(visited).toContain(state);
    }
  });
});
