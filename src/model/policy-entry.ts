/** Longest list a policy entry may hold: far more rounds than any scenario plays. */
export const MAX_POLICY_ROUNDS = 100;
/** Longest option id a policy may carry: content ids are a few dozen characters. */
const MAX_OPTION_ID = 200;

/** One round's choice: an option id, or null for "the AI decides". */
export type RoundChoice = string | null;

/** One stretch of a phased entry: `option` up to and including round `through` (or to the end). */
export interface PolicyPhase {
  option: RoundChoice;
  through?: number;
}

/**
 * What a policy fixes for one capital: one option every round; a list, one entry per round;
 * `alternate`, a short list played over and over (round r plays entry (r − 1) mod length);
 * or `phases`, each option up to and including its `through` round, the last one to the end.
 */
export type PolicyEntry =
  | string
  | RoundChoice[]
  | { alternate: RoundChoice[] }
  | { phases: PolicyPhase[] };

/** A problem in a policy entry: where inside the entry, and what is wrong, in plain words. */
export interface PolicyProblem {
  path: (string | number)[];
  message: string;
}

/** The option an entry fixes in a round (1-based), or null when the AI decides it. */
export function resolveEntry(entry: PolicyEntry, round: number): string | null {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry)) return entry[round - 1] ?? null;
  if ('alternate' in entry) {
    const { length } = entry.alternate;
    return length === 0 ? null : (entry.alternate[(round - 1) % length] ?? null);
  }
  for (const phase of entry.phases) {
    if (phase.through === undefined || round <= phase.through) return phase.option;
  }
  return null;
}

/** Every option id an entry names, once each, in the order they first appear. */
export function entryOptionIds(entry: PolicyEntry): string[] {
  const all =
    typeof entry === 'string'
      ? [entry]
      : Array.isArray(entry)
        ? entry
        : 'alternate' in entry
          ? entry.alternate
          : entry.phases.map((p) => p.option);
  return [...new Set(all.filter((id): id is string => id !== null))];
}

const SHAPES =
  'must be an option id, a list with one option id (or null) per round, { "alternate": [...] } or { "phases": [...] }';

function choiceProblem(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') return 'must be an option id (text) or null (the AI decides)';
  if (value.length === 0) return 'must not be empty (use null to leave the round to the AI)';
  if (value.length > MAX_OPTION_ID) return `must be at most ${MAX_OPTION_ID} characters`;
  return null;
}

function listProblems(list: unknown[], path: (string | number)[], min: number): PolicyProblem[] {
  if (list.length < min) return [{ path, message: `must list at least ${min} choices` }];
  if (list.length > MAX_POLICY_ROUNDS)
    return [{ path, message: `must list at most ${MAX_POLICY_ROUNDS} choices` }];
  const problems: PolicyProblem[] = [];
  list.forEach((value, i) => {
    const message = choiceProblem(value);
    if (message) problems.push({ path: [...path, i], message });
  });
  return problems;
}

function phaseProblems(phases: unknown[]): PolicyProblem[] {
  if (phases.length === 0) return [{ path: ['phases'], message: 'must list at least one phase' }];
  if (phases.length > MAX_POLICY_ROUNDS)
    return [{ path: ['phases'], message: `must list at most ${MAX_POLICY_ROUNDS} phases` }];
  const problems: PolicyProblem[] = [];
  let previous = 0;
  phases.forEach((phase, i) => {
    const at = ['phases', i];
    if (typeof phase !== 'object' || phase === null || Array.isArray(phase)) {
      problems.push({ path: at, message: 'must be { "option": …, "through": <round> }' });
      return;
    }
    const extra = Object.keys(phase).filter((k) => k !== 'option' && k !== 'through');
    if (extra.length > 0)
      problems.push({ path: at, message: `has keys a phase does not take: ${extra.join(', ')}` });
    if (!('option' in phase)) problems.push({ path: [...at, 'option'], message: 'is missing' });
    else {
      const message = choiceProblem((phase as { option: unknown }).option);
      if (message) problems.push({ path: [...at, 'option'], message });
    }
    const through = (phase as { through?: unknown }).through;
    const last = i === phases.length - 1;
    if (through === undefined) {
      if (!last)
        problems.push({
          path: [...at, 'through'],
          message: 'is missing (only the last phase may run to the end)',
        });
      return;
    }
    if (!Number.isInteger(through) || (through as number) < 1)
      problems.push({ path: [...at, 'through'], message: 'must be a round number, 1 or more' });
    else if ((through as number) <= previous)
      problems.push({
        path: [...at, 'through'],
        message: `must be after the previous phase's last round (${previous})`,
      });
    else previous = through as number;
  });
  return problems;
}

/**
 * What is wrong with a value read as a policy entry (empty when it is one). Paths are inside
 * the entry (`alternate[1]`, `phases[0].through`), so a file's error can name the exact place.
 */
export function policyEntryProblems(value: unknown): PolicyProblem[] {
  if (typeof value === 'string') {
    const message = choiceProblem(value);
    return message ? [{ path: [], message }] : [];
  }
  if (Array.isArray(value)) return listProblems(value, [], 1);
  if (typeof value !== 'object' || value === null) return [{ path: [], message: SHAPES }];
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'alternate' && keys[0] !== 'phases'))
    return [
      {
        path: [],
        message: `must have exactly one key, "alternate" or "phases" (found: ${keys.join(', ') || 'none'})`,
      },
    ];
  const inner = (value as Record<string, unknown>)[keys[0]];
  if (!Array.isArray(inner)) return [{ path: [keys[0]], message: 'must be a list' }];
  return keys[0] === 'alternate' ? listProblems(inner, ['alternate'], 1) : phaseProblems(inner);
}
