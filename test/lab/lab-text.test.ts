import { describe, expect, it } from 'vitest';
import { describeStrategy, difference, roundRanges } from '../../src/lab/lab-results';
import { scenario } from '../helpers';

// The words beside the lab's bars and lines: they carry the meaning colour must not carry alone.
describe('the lab says in words what its charts show', () => {
  it.each([
    [[3], 'round 3'],
    [[1, 2, 3], 'rounds 1–3'],
    [[1, 2, 3, 5, 7, 8], 'rounds 1–3, 5, 7–8'],
  ])('rounds %j read "%s"', (rounds, text) => {
    expect(roundRanges(rounds)).toBe(text);
  });

  it.each([
    [3.82, 10.57, '▼ −6.75'],
    [12, 5.5, '▲ +6.5'],
    [4, 4, '= same'],
  ])('%d against %d reads "%s"', (value, reference, text) => {
    expect(difference(value, reference)).toBe(text);
  });

  it('names the fixed options by their labels, the capitals left to the AI, and the lens', () => {
    expect(
      describeStrategy(scenario(), {
        fixed: { us: 'us.un-sanctions', japan: 'japan.intercept' },
        lens: 'engagement',
      }),
    ).toBe(
      'Washington: Push new UN sanctions every round · Tokyo: Order an intercept every round · Pyongyang, Seoul: AI decides · Lens: Engagement is the least bad option',
    );
    expect(describeStrategy(scenario(), { fixed: {}, lens: 'balanced' })).toBe(
      'Pyongyang, Washington, Tokyo, Seoul: AI decides · Lens: A balanced reading',
    );
  });
});
