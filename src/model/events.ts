import { type ConditionContext, evaluate } from './conditions';
import { roll } from './engine';
import { Ledger } from './ledger';
import { Dice } from './rng';
import type { EventCard, Scenario } from './schema';
import { type GameState, type RoundRecord, withGame, withRecord } from './state';

/** The round just resolved, and the history before it. */
function splitLast(game: GameState): { last: RoundRecord; before: RoundRecord[] } {
  const last = game.history.at(-1);
  if (!last || last.round !== game.round) {
    throw new Error('drawEvents: the current round has not been resolved yet');
  }
  return { last, before: game.history.slice(0, -1) };
}

/** What event conditions see: the state after the round's decisions, and earlier rounds. */
function eventContext(
  scenario: Scenario,
  game: GameState,
  { last, before } = splitLast(game),
): ConditionContext {
  return {
    indicators: game.indicators,
    decisions: last.decisions,
    history: before,
    round: game.round,
    lens: game.lens,
    optionIndex: scenario.optionIndex,
  };
}

/** Whether an event card can still be drawn this round. */
export function eventEligible(
  scenario: Scenario,
  game: GameState,
  card: EventCard,
  ctx: ConditionContext = eventContext(scenario, game),
): boolean {
  if (card.once && game.drawnEvents.includes(card.id)) return false;
  return !card.when || evaluate(card.when, ctx);
}

/**
 * Draw the event deck after a round's decisions resolved: each eligible card rolls its
 * probability, in deck order. `injected` cards (a facilitator's) fire without a roll.
 */
export function drawEvents(
  scenario: Scenario,
  game: GameState,
  injected: readonly string[] = [],
): GameState {
  const { last, before } = splitLast(game);
  const dice = Dice.fromState(game.rng);
  // Events are the world's chance, not its causal answer: a lens leaves them as written.
  const ledger = new Ledger(game.indicators);
  const rolls = [...last.rolls];
  const fired: string[] = [];
  const ctx = eventContext(scenario, game, { last, before });
  for (const card of scenario.events) {
    const forced = injected.includes(card.id);
    if (!forced) {
      if (!eventEligible(scenario, game, card, ctx)) continue;
      if (!roll(dice, card.id, card.probability, rolls)) continue;
    }
    fired.push(card.id);
    ledger.applyAll(
      card.effects,
      { kind: 'event', eventId: card.id },
      { claims: card.claims, assumption: card.assumption, prose: `events.${card.id}` },
      dice,
    );
  }
  const record = withRecord(last, {
    trace: [...last.trace, ...ledger.trace],
    rolls,
    events: [...last.events, ...fired],
    injected: [
      ...last.injected,
      ...injected.filter((id) => scenario.events.some((e) => e.id === id)),
    ],
    indicators: ledger.indicators,
  });
  return withGame(game, {
    indicators: ledger.indicators,
    rng: dice.state(),
    history: [...before, record],
    drawnEvents: [...game.drawnEvents, ...fired.filter((id) => !game.drawnEvents.includes(id))],
  });
}
