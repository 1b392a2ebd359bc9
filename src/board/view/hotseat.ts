import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Decision } from '../../model/state';
import type { SeatView } from '../../protocol/view';

/** Whose turn the one screen of a hotseat game is on, and who may ask for it back. */
export interface HotseatTurn {
  /** The team the device goes to now (behind its own hand-over), or null: none is deciding. */
  target: CapitalId | null;
  /** Human teams still deciding, in the capitals' order. */
  pending: CapitalId[];
  /**
   * Human teams that have committed but may still revise (their decision not yet locked), other
   * than the target: offered on the hand-over screen. Only names: never what they chose.
   */
  revisable: CapitalId[];
}

/**
 * The hotseat's turn, from the public view (statuses only) and the committed team, if any, that
 * has asked for the device back to revise. That team keeps the device until it commits again
 * or hands it on; otherwise the first team still deciding has it.
 */
export function hotseatTurn(view: SeatView, revisit: CapitalId | null): HotseatTurn {
  const humans = CAPITALS.filter((c) => view.controllers[c] === 'human');
  const pending = humans.filter((c) => view.capitals[c] === 'deciding');
  const back =
    revisit !== null &&
    humans.includes(revisit) &&
    (view.capitals[revisit] === 'committed' || view.capitals[revisit] === 'deciding');
  const target = back ? revisit : (pending[0] ?? null);
  const revisable = humans.filter((c) => view.capitals[c] === 'committed' && c !== target);
  return { target, pending, revisable };
}

/** A human team's one-line reason for a decision, or null (none given, or the AI's reasons). */
export function teamReason(decision: Decision | null | undefined): string | null {
  const text = typeof decision?.rationale === 'string' ? decision.rationale.trim() : '';
  return decision?.by === 'human' && text ? text : null;
}
