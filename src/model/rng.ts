import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Outputs thrown away after seeding. */
const WARM_UP = 16;

/** Murmur3's 32-bit finaliser: nearby integers come out far apart. */
function scramble(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Largest seed a game takes. The generator reads a seed as a 32-bit integer (`seed | 0`), so
 * larger seeds would collide with smaller ones, and a record's schema refuses them.
 */
export const MAX_SEED = 2 ** 31 - 1;

/** Whether a number is a seed a game takes: a whole number from 0 to MAX_SEED. */
export function isSeed(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_SEED;
}

/** Serializable state of a seeded generator: kept inside the game state. */
export type RngState = number[];

/**
 * A seeded random source over pure-rand's xoroshiro128+. It is mutable while a model
 * function runs; the function writes `state()` back into the game state when it is done,
 * so the game state alone decides every later draw.
 */
export class Dice {
  private readonly generator: RandomGenerator;

  private constructor(generator: RandomGenerator) {
    this.generator = generator;
  }

  /**
   * A fresh source from a seed. xoroshiro128+ starts poorly from small, nearby seeds (its
   * first outputs for seeds 1, 2, 3… are all close to the top of the range), so the seed is
   * scrambled first and the opening outputs are discarded.
   */
  static fromSeed(seed: number): Dice {
    const generator = xoroshiro128plus(scramble(seed | 0));
    for (let i = 0; i < WARM_UP; i++) generator.next();
    return new Dice(generator);
  }

  /** A source that continues from a stored state. */
  static fromState(state: readonly number[]): Dice {
    return new Dice(xoroshiro128plusFromState(state));
  }

  /** A source for one purpose derived from a seed and some integers (e.g. round, capital). */
  static derived(seed: number, ...salt: number[]): Dice {
    let h = seed | 0;
    for (const s of salt) h = scramble(h ^ scramble(s + 0x9e3779b9));
    return Dice.fromSeed(h);
  }

  /** The state to store. */
  state(): RngState {
    return [...this.generator.getState()];
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, Math.min(min, max), Math.max(min, max));
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }
}
