import { CAPITALS, type CapitalId } from './ids';
import type { Decision, Decisions, TurnOrder } from './state';

// Turn order and what a deciding capital may see: written once, here, and used by the game
// machine, the headless AI loop and the views alike.

/**
 * The stages of a round in each turn order: the capitals of a stage decide together, and a
 * stage's decisions are locked (and seen by the next stage) before the next one opens. Sealed:
 * all four at once. Sequential: Pyongyang acts, then the three others respond.
 */
export const TURN_STAGES: Record<TurnOrder, readonly (readonly CapitalId[])[]> = {
  sealed: [CAPITALS],
  sequential: [['northKorea'], ['us', 'japan', 'southKorea']],
};

/**
 * The decisions a capital deciding now may see: those of capitals whose decision is locked this
 * round (in sequential play, Pyongyang's, once the responders' stage opens). Never a selection
 * that can still change.
 */
export function visibleDecisions(
  selections: Partial<Record<CapitalId, Decision>>,
  locked: readonly CapitalId[],
): Partial<Decisions> {
  const visible: Partial<Decisions> = {};
  for (const capital of CAPITALS) {
    const decision = selections[capital];
    if (decision && locked.includes(capital)) visible[capital] = decision;
  }
  return visible;
}
