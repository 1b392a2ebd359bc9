import { clampIndicator, copyIndicators, type Indicators } from './ids';
import type { Dice } from './rng';
import type { Effect } from './schema';
import type { Cause, TraceEntry } from './state';

/**
 * Evidence carried onto every trace entry an effect produces. `prose` is where the cause's texts
 * are kept (`options.<id>`, `rules.<id>`, `events.<id>`: src/scenario/prose.ts): a trace entry
 * names its designer assumption by that key, never by its words, so game state reads the same
 * in every language.
 */
export interface Evidence {
  claims: string[];
  /** Whether the cause itself is marked as a designer assumption. */
  assumption?: string | undefined;
  prose: string;
}

/** The key of a cause's own assumption text, if it has one. */
function assumptionKey(evidence: Evidence): string | undefined {
  return evidence.assumption !== undefined ? `${evidence.prose}.assumption` : undefined;
}

/**
 * Applies effects to a copy of the indicators and writes one trace entry per change,
 * so every number a player sees move has its cause and its claims beside it.
 */
export class Ledger {
  readonly indicators: Indicators;
  readonly trace: TraceEntry[] = [];
  private readonly weigh: (claims: readonly string[]) => number;

  /**
   * `weigh` gives the lens's weight for a piece of evidence (1: as stated). A lens changes how
   * the world answers, never what a capital does: only changes a rule causes are weighed.
   */
  constructor(start: Indicators, weigh: (claims: readonly string[]) => number = () => 1) {
    this.indicators = copyIndicators(start);
    this.weigh = weigh;
  }

  /** Draw an effect's delta (ranges are uniform, inclusive), weigh it by the lens, apply it. */
  apply(effect: Effect, cause: Cause, evidence: Evidence, dice: Dice): void {
    this.record(effect, cause, evidence.claims, assumptionKey(evidence), dice);
  }

  /** Apply several effects with the same cause and evidence. */
  applyAll(effects: readonly Effect[], cause: Cause, evidence: Evidence, dice: Dice): void {
    // An effect with its own claims or assumption carries those instead (passed as they are,
    // without an evidence object per effect: this runs for every effect of every round).
    const own = assumptionKey(evidence);
    effects.forEach((effect, i) => {
      // Presence, not words, decides: the page's rules arrive with every text blank.
      if (effect.claims !== undefined || effect.assumption !== undefined) {
        const key =
          effect.assumption !== undefined ? `${evidence.prose}.effects.${i}.assumption` : undefined;
        this.record(effect, cause, effect.claims ?? [], key, dice);
      } else this.record(effect, cause, evidence.claims, own, dice);
    });
  }

  private record(
    effect: Effect,
    cause: Cause,
    claims: string[],
    assumption: string | undefined,
    dice: Dice,
  ): void {
    const { delta: range } = effect;
    const drawn = typeof range === 'number' ? range : dice.int(range[0], range[1]);
    const weight = cause.kind === 'rule' ? this.weigh(claims) : 1;
    const delta = Math.round(drawn * weight);
    if (delta === 0) return;
    const before = this.indicators[effect.indicator];
    const after = clampIndicator(before + delta);
    this.indicators[effect.indicator] = after;
    const entry: TraceEntry = { indicator: effect.indicator, before, after, delta, cause, claims };
    if (assumption) entry.assumption = assumption;
    if (weight !== 1) entry.lensWeight = Math.round(weight * 100) / 100;
    this.trace.push(entry);
  }
}
