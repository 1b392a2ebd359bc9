import { CAPITALS, type CapitalId } from '../model/ids';

/**
 * Who sends an intent and who a view is computed for: a capital's team (named by its capital),
 * the facilitator (the teacher's console, and in solo play the player's own), or an observer such
 * as the projector, which sees the public view and may send nothing.
 */
export type Seat = CapitalId | 'facilitator' | 'observer';

/** Every seat there is. */
export const SEATS: readonly Seat[] = [...CAPITALS, 'facilitator', 'observer'];

/** Whether a seat is a capital's team. */
export function isTeamSeat(seat: Seat): seat is CapitalId {
  return (CAPITALS as readonly string[]).includes(seat);
}
