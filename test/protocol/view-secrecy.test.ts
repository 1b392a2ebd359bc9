import { describe, expect, it } from 'vitest';
import { LocalGame } from '../../src/client/local-game';
import type { AuthorityState, GameContext } from '../../src/machines/game-events';
import { CAPITALS, type CapitalId } from '../../src/model/ids';
import { Dice } from '../../src/model/rng';
import type { Controller, TurnOrder } from '../../src/model/state';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import { viewFor } from '../../src/protocol/view';
import { scenario } from '../helpers';
import { fakeClock } from '../machines/fake-clock';

// Property tests of the per-seat views over thousands of states that real play reaches: what a
// seat may not see (another team's selection before it is locked, the seed, the random state,
// the log) can be anything at all without changing that seat's view by a byte.

const s = scenario();
const optionIds = (capital: CapitalId) =>
  Object.values(s.optionIndex)
    .filter((o) =>
      o.id.startsWith(
        `${capital === 'northKorea' ? 'nk' : capital === 'southKorea' ? 'sk' : capital}.`,
      ),
    )
    .map((o) => o.id);

/** Thousands of reachable states: random (mostly legal) play, a state kept after each intent. */
function reachableStates(games: number): AuthorityState[] {
  const states: AuthorityState[] = [];
  for (let g = 0; g < games; g++) {
    const dice = Dice.fromSeed(9000 + g);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(dice.float() * items.length)] as T;
    const controllers = Object.fromEntries(
      CAPITALS.map((c) => [c, dice.float() < 0.6 ? 'human' : 'ai']),
    ) as Record<CapitalId, Controller>;
    const turnOrder: TurnOrder = dice.float() < 0.5 ? 'sealed' : 'sequential';
    const game = LocalGame.start(s, { seed: g + 1, turnOrder, controllers }, fakeClock());
    let n = 0;
    const as = (seat: Seat, intent: IntentBody) => game.receive({ ...intent, seat, id: `${++n}` });
    as('facilitator', { type: 'game.start' });
    for (let step = 0; step < 120 && game.state().phase !== 'debrief'; step++) {
      const { phase, context } = game.state();
      if (phase === 'report') as('facilitator', { type: 'round.next' });
      else {
        const capital = pick(CAPITALS);
        const roll = dice.float();
        if (roll < 0.5)
          as(capital, {
            type: 'policy.select',
            capital,
            optionId: pick(optionIds(capital)),
            ...(dice.float() < 0.3 ? { rationale: `reason ${step}` } : {}),
          });
        else if (roll < 0.85) as(capital, { type: 'policy.commit', capital });
        else if (roll < 0.92) as(capital, { type: 'policy.revise', capital });
        else if (roll < 0.96)
          as('facilitator', { type: 'facilitator.revealAi', on: !context.revealAi });
        else {
          as('facilitator', { type: 'facilitator.pause' });
          as('facilitator', { type: 'facilitator.resume' });
        }
      }
      states.push(structuredClone(game.state()));
    }
    game.stop();
  }
  return states;
}

const states = reachableStates(160);
/**
 * Whether two values are deeply equal. Shared parts (the history, unchanged between a state and
 * its variant) are the same objects and are passed over at once, so thousands of views compare
 * fast; any difference at all, however deep, still counts.
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
const sameView = (a: AuthorityState, b: AuthorityState, seat: Seat) =>
  same(viewFor(a, seat), viewFor(b, seat));
const withContext = (state: AuthorityState, change: Partial<GameContext>): AuthorityState => ({
  phase: state.phase,
  context: { ...state.context, ...change },
});

describe('what each seat sees', () => {
  it('is computed over thousands of states that play reaches', () => {
    expect(states.length).toBeGreaterThan(4000);
    expect(new Set(states.map((st) => st.phase))).toEqual(
      new Set(['decisions', 'report', 'debrief']),
    );
  });

  it('no team’s view changes when another team’s hidden selection does', () => {
    let checked = 0;
    for (const state of states) {
      const { context } = state;
      for (const seat of CAPITALS) {
        for (const other of CAPITALS) {
          if (other === seat || context.locked.includes(other)) continue;
          // Revealed to every seat by the facilitator: not hidden.
          if (context.revealAi && context.controllers[other] === 'ai') continue;
          const options = optionIds(other);
          const changed = withContext(state, {
            selections: {
              ...context.selections,
              [other]: { optionId: options[checked % options.length], by: 'human', rationale: 'x' },
            },
          });
          const removed = { ...context.selections };
          delete removed[other];
          expect(sameView(changed, state, seat)).toBe(true);
          expect(sameView(withContext(state, { selections: removed }), state, seat)).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('no seat but the facilitator sees the seed, the random state or the log, before the end', () => {
    let checked = 0;
    for (const state of states) {
      if (state.phase === 'debrief') continue;
      const { game } = state.context;
      const reseeded = withContext(state, {
        game: { ...game, seed: game.seed + 7919, rng: Dice.fromSeed(game.seed + 1).state() },
        log: [],
      });
      for (const seat of [...CAPITALS, 'observer'] as const) {
        expect(sameView(reseeded, state, seat)).toBe(true);
        checked++;
      }
      expect(sameView(reseeded, state, 'facilitator')).toBe(false);
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('a team sees its own selection; the projector sees whether teams have committed, no choice', () => {
    for (const state of states) {
      if (state.phase !== 'decisions') continue;
      for (const seat of CAPITALS) {
        const view = viewFor(state, seat);
        expect(view.own?.selection ?? null).toEqual(state.context.selections[seat] ?? null);
        expect(view.secrets).toBeNull();
      }
      const projector = viewFor(state, 'observer');
      expect(projector.own).toBeNull();
      for (const c of CAPITALS)
        expect(projector.capitals[c] === 'waiting').toBe(!state.context.open.includes(c));
      const text = JSON.stringify(projector);
      for (const c of CAPITALS) {
        const selection = state.context.selections[c];
        const visible =
          state.context.locked.includes(c) ||
          (state.context.revealAi && state.context.controllers[c] === 'ai');
        if (selection && !visible && typeof selection.rationale === 'string')
          expect(text).not.toContain(selection.rationale);
      }
    }
  });
});
