import { describe, expect, it } from 'vitest';
import { Dice } from '../../src/model/rng';

describe('seeded dice', () => {
  it('continues identically from a stored state', () => {
    const a = Dice.fromSeed(42);
    a.float();
    const b = Dice.fromState(a.state());
    expect([a.int(1, 100), a.float()]).toEqual([b.int(1, 100), b.float()]);
  });

  it('gives unrelated first draws for consecutive seeds (batches use seeds 1, 2, 3…)', () => {
    const firsts = Array.from({ length: 2000 }, (_, i) => Dice.fromSeed(i + 1).float());
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    const below = firsts.filter((x) => x < 0.5).length;
    expect(below).toBeGreaterThan(900);
    expect(below).toBeLessThan(1100);
  });

  it('keeps integer draws inside their inclusive range', () => {
    const dice = Dice.fromSeed(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(dice.int(-2, 2));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
  });
});
