import type { CapitalId } from '../model/ids';
import type { Seat } from './seat';

/**
 * Why the authority did not accept an intent: a code and its parameters, never a sentence. The
 * words are chosen by whoever shows the refusal (the board's are in src/board/view/refusal-text.ts),
 * so a refusal reads the same in every language and crosses a network as data.
 */
export type Refusal =
  /** The intent failed its schema; `reason` says where, for a developer's log. */
  | { code: 'malformed'; reason: string }
  /** The seat may not send this intent at all (a team ending the game, a projector choosing). */
  | { code: 'seat-not-allowed'; seat: Seat; intent: string }
  /** A team acting for a capital other than its own. */
  | { code: 'not-your-capital'; seat: Seat; capital: CapitalId }
  /** A team seat for a capital the AI plays (it has no team; the facilitator may decide for it). */
  | { code: 'played-by-ai'; capital: CapitalId }
  | { code: 'game-over' }
  | { code: 'paused' }
  | { code: 'already-started' }
  | { code: 'round-not-resolved' }
  | { code: 'decisions-closed' }
  | { code: 'not-open'; capital: CapitalId }
  | { code: 'already-committed'; capital: CapitalId }
  | { code: 'option-not-available'; capital: CapitalId; optionId: string }
  | { code: 'nothing-selected'; capital: CapitalId }
  | { code: 'nothing-to-revise'; capital: CapitalId }
  | { code: 'decision-locked'; capital: CapitalId }
  | { code: 'unknown-event'; eventId: string }
  | { code: 'inject-while-deciding' }
  | { code: 'unknown-lens'; lens: string }
  | { code: 'end-between-rounds' }
  | { code: 'no-such-round'; round: number; played: number }
  | { code: 'no-timer' }
  | { code: 'not-time-yet' }
  | { code: 'log-full'; limit: number };

/** A refusal's code. */
export type RefusalCode = Refusal['code'];

/** What the authority answers to an intent: applied (once, even if resent) or refused. */
export type Ack =
  | { id: string; ok: true; duplicate?: true }
  | { id: string; ok: false; refusal: Refusal };
