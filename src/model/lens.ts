/**
 * Analytic lenses: ways of reading the contested evidence. The balanced reading weighs every
 * claim as the scenario states it.
 */
export const LENSES: string[] = ['balanced'];

/** The lens a game uses when none is chosen. */
export const DEFAULT_LENS = 'balanced';
