import type { AuthorityState, BranchInfo, Phase, RoundTimer } from '../machines/game-events';
import { CAPITALS, type CapitalId } from '../model/ids';
import type { GameLabels } from '../model/labels';
import { type GameRecord, recordOf } from '../model/record';
import type {
  Controller,
  Decision,
  Decisions,
  GameState,
  PublicGame,
  TurnOrder,
} from '../model/state';
import { visibleDecisions } from '../model/turn-order';
import { isTeamSeat, type Seat } from './seat';

export type { PublicGame };

/** Where a capital's turn stands, as every seat may see it (never what it chose). */
export type CapitalStatus = 'waiting' | 'deciding' | 'committed' | 'locked';

/** A team's own turn: its selection, whether it is committed, whether it can still be revised. */
export interface OwnTurn {
  capital: CapitalId;
  open: boolean;
  selection: Decision | null;
  committed: boolean;
  locked: boolean;
}

/** What only the facilitator sees: the seed, every selection, and the record so far. */
export interface FacilitatorSecrets {
  seed: number;
  rng: GameState['rng'];
  selections: Partial<Record<CapitalId, Decision>>;
  record: GameRecord;
}

/**
 * Everything one seat may see of a game: computed by `viewFor` from the authority's state, the
 * only thing a board, a team's device or a projector ever receives.
 */
export interface SeatView {
  seat: Seat;
  scenarioId: string;
  phase: Phase;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  guided: boolean;
  paused: boolean;
  game: PublicGame;
  /** The whole game, seed included, once it is over (a debrief replays it). */
  ended: GameState | null;
  capitals: Record<CapitalId, CapitalStatus>;
  /** This round's decisions this seat may see: those locked (seen by the next stage). */
  visible: Partial<Decisions>;
  /** A team's own turn (null for the facilitator and observers). */
  own: OwnTurn | null;
  /** Whether the facilitator reveals the AI capitals' reasoning before the reveal. */
  revealAi: boolean;
  /** The AI capitals' current choices and reasons, when the facilitator reveals them to all. */
  aiReasoning: Partial<Decisions> | null;
  timer: RoundTimer | null;
  /** Event cards the facilitator has added to this round (public once injected). */
  injected: string[];
  /** A branch: the round it was rewound to, and the original game's public part. */
  branch: { fromRound: number; original: PublicGame } | null;
  secrets: FacilitatorSecrets | null;
  /** What the teacher files the game under (class, date, team names); public, like the setup. */
  labels: GameLabels | null;
}

/** A game without its seed and random state. */
export function publicGame(game: GameState): PublicGame {
  const { seed: _seed, rng: _rng, ...rest } = game;
  return rest;
}

const branchView = (branch: BranchInfo | null) =>
  branch && { fromRound: branch.fromRound, original: publicGame(branch.original) };

/**
 * What a seat may see of the authority's state. A team sees its own selection and, of the
 * others, only whether they have committed, until their decisions are locked or revealed; no
 * seat but the facilitator sees the seed, the random state or the log; the AI's reasoning
 * appears after the reveal (in the history) or when the facilitator reveals it; an observer
 * sees the public view. Pure: the same state and seat always give the same view.
 */
export function viewFor({ phase, context }: AuthorityState, seat: Seat): SeatView {
  const { game } = context;
  const capitals = {} as Record<CapitalId, CapitalStatus>;
  for (const c of CAPITALS)
    capitals[c] = context.locked.includes(c)
      ? 'locked'
      : context.committed.includes(c)
        ? 'committed'
        : context.open.includes(c)
          ? 'deciding'
          : 'waiting';
  const own: OwnTurn | null = isTeamSeat(seat)
    ? {
        capital: seat,
        open: context.open.includes(seat),
        selection: context.selections[seat] ?? null,
        committed: context.committed.includes(seat),
        locked: context.locked.includes(seat),
      }
    : null;
  let aiReasoning: Partial<Decisions> | null = null;
  if (context.revealAi && phase === 'decisions') {
    aiReasoning = {};
    for (const c of CAPITALS) {
      const decision = context.selections[c];
      if (context.controllers[c] === 'ai' && decision) aiReasoning[c] = decision;
    }
  }
  return {
    seat,
    scenarioId: game.scenarioId,
    phase,
    turnOrder: context.turnOrder,
    controllers: context.controllers,
    guided: context.guided,
    paused: context.paused,
    game: publicGame(game),
    ended: phase === 'debrief' ? game : null,
    capitals,
    visible: visibleDecisions(context.selections, context.locked),
    own,
    revealAi: context.revealAi,
    aiReasoning,
    timer: context.timer,
    injected: context.injected,
    branch: branchView(context.branch),
    secrets:
      seat === 'facilitator'
        ? {
            seed: game.seed,
            rng: game.rng,
            selections: context.selections,
            record: authorityRecord({ phase, context }),
          }
        : null,
    labels: context.labels ?? null,
  };
}

/**
 * The game's record: its setup, the summary of every resolved round, and the log of every
 * accepted intent (which replays to this very state, branches and early ends included).
 */
export function authorityRecord({ context }: AuthorityState): GameRecord {
  return {
    ...recordOf(context.game, context, context.startLens),
    ...(context.guided ? { guided: true } : {}),
    ...(context.logFrom > 0 ? { logFrom: context.logFrom } : {}),
    // A copy: whoever holds a record may change it without touching the game's own log.
    log: [...context.log],
    // After the log, in the schema's order: a save's checksum is over the record as parsed.
    ...(context.labels ? { labels: context.labels } : {}),
  };
}
