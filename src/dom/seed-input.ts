import { MAX_SEED } from '../model/rng';
import { h } from './h';

/**
 * A seed field, the same wherever a seed is typed (a game's setup, the lab's first seed): a
 * whole number from 0 to the largest seed a game can have. `extra` adds attributes (required, an
 * input handler).
 */
export function seedInput(
  testId: string,
  extra: Record<string, string | number | boolean | ((event: Event) => void)> = {},
): HTMLInputElement {
  return h('input', {
    type: 'number',
    name: 'seed',
    value: 1,
    min: 0,
    max: MAX_SEED,
    step: 1,
    'data-testid': testId,
    ...extra,
  }) as HTMLInputElement;
}
