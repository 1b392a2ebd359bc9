import { CAPITALS, type CapitalId } from '../model/ids';
import { entryOptionIds, type Policy, type PolicyEntry } from '../model/policy';
import { MAX_SEED } from '../model/rng';
import type { Scenario } from '../model/schema';
import type { TurnOrder } from '../model/state';
import type { BatchSettings } from '../sim/batch';
import { LabBatch, type LabSummary } from './lab-batch';

/** Most games the lab plays per strategy: 5,000 take a few seconds in a worker. */
export const MAX_GAMES = 5000;
/** Games per strategy unless the facilitator asks for another number. */
export const DEFAULT_GAMES = 500;
/** Games played between two looks at the message queue: short enough for a prompt cancel. */
export const CHUNK = 25;

/**
 * One strategy: what each fixed capital plays (one option every round, alternating, phased or
 * round by round — the policy file's entries; absent: the AI decides), and a lens.
 */
export interface LabStrategy {
  fixed: Partial<Record<CapitalId, PolicyEntry>>;
  lens: string;
}

/** What the lab asks the worker to run: both strategies play the same seeds and turn order. */
export interface LabRequest {
  scenarioId: string;
  turnOrder: TurnOrder;
  runs: number;
  seed: number;
  a: LabStrategy;
  b?: LabStrategy;
}

/** A finished run: each strategy's summary, and how long the whole run took. */
export interface LabResults {
  a: LabSummary;
  b?: LabSummary;
  elapsedMs: number;
}

/** Messages to the worker. `runId` lets the page ignore reports of a run it has moved past. */
export type LabCommand =
  | { type: 'run'; runId: number; request: LabRequest }
  | { type: 'cancel'; runId: number };

/** A strategy's key: A or B, as the page names it (lab-words.ts). */
export type StrategyKey = 'a' | 'b';

/**
 * What is wrong with a request, as data: the worker runs in a Web Worker and says no words,
 * the page puts these in its language (lab-words.ts).
 */
export type RequestProblem =
  | { kind: 'games'; max: number }
  | { kind: 'seed'; max: number }
  | { kind: 'lens'; strategy: StrategyKey; lens: string }
  | { kind: 'option'; strategy: StrategyKey; capital: CapitalId; option: string };

/**
 * Why a message to the worker could not be read: `where` is the path of the setting at fault
 * (null: the message as a whole). `detail` is the model's or the validator's own words, for a
 * message no form of the page can send.
 */
export type CommandIssue = { where: string | null } & (
  | { id: 'missing' }
  | { id: 'type'; expected: string }
  | { id: 'unknownKeys'; keys: string[] }
  | { id: 'unknownValue' }
  | { id: 'tooLong'; max: number }
  | { id: 'range'; min: number; max: number }
  | { id: 'turnOrder' }
  | { id: 'seedTooLarge'; max: number }
  | { id: 'detail'; detail: string }
  | { id: 'wrong' }
);

/** Why a run did not finish, as data the page words (lab-words.ts). */
export type LabFailure =
  /** The worker could not read the command. */
  | { kind: 'unreadable'; issue: CommandIssue }
  /** The scenario would not load: the loader's own messages (for developers). */
  | { kind: 'scenario'; errors: string[] }
  /** The request does not fit the scenario. */
  | { kind: 'request'; problems: RequestProblem[] }
  /** Something threw during the run: its message, as the runtime gave it. */
  | { kind: 'crashed'; detail: string }
  /** The page could not read back the worker's answer. */
  | { kind: 'noAnswer' }
  /** The worker itself failed (to start, or with an error the browser reports). */
  | { kind: 'workerFailed'; detail: string | null };

/** Messages from the worker: numbers and ids, never display text. */
export type LabReport =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'done'; runId: number; results: LabResults }
  | { type: 'cancelled'; runId: number; done: number; total: number }
  /** runId is null when the command that failed had none the worker could read. */
  | { type: 'error'; runId: number | null; failure: LabFailure };

/** A strategy as the model's Policy: each fixed capital's entry, as a policy file holds it. */
export function strategyPolicy(strategy: LabStrategy): Policy {
  const policy: Policy = {};
  for (const capital of CAPITALS) {
    const entry = strategy.fixed[capital];
    if (entry) policy[capital] = entry;
  }
  return policy;
}

/** What is wrong with a request for this scenario, one problem each (empty when it can run). */
export function requestProblems(scenario: Scenario, request: LabRequest): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (!Number.isInteger(request.runs) || request.runs < 1 || request.runs > MAX_GAMES)
    problems.push({ kind: 'games', max: MAX_GAMES });
  // Every game's seed, seed … seed + runs − 1, must be one the generator tells apart.
  const lastFirstSeed =
    MAX_SEED - (Number.isInteger(request.runs) ? Math.max(request.runs, 1) : 1) + 1;
  if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > lastFirstSeed)
    problems.push({ kind: 'seed', max: lastFirstSeed });
  const strategies: [StrategyKey, LabStrategy][] = [['a', request.a]];
  if (request.b) strategies.push(['b', request.b]);
  for (const [name, strategy] of strategies) {
    if (!scenario.lenses.some((l) => l.id === strategy.lens))
      problems.push({ kind: 'lens', strategy: name, lens: strategy.lens });
    for (const capital of CAPITALS) {
      const entry = strategy.fixed[capital];
      for (const optionId of entry ? entryOptionIds(entry) : []) {
        if (scenario.optionIndex[optionId]?.capital !== capital)
          problems.push({ kind: 'option', strategy: name, capital, option: optionId });
      }
    }
  }
  return problems;
}

function settingsFor(request: LabRequest, strategy: LabStrategy): BatchSettings {
  return {
    seed: request.seed,
    runs: request.runs,
    lens: strategy.lens,
    turnOrder: request.turnOrder,
    policy: strategyPolicy(strategy),
  };
}

/** How the run loop reports and learns it should stop. */
export interface RunHooks {
  progress(done: number, total: number): void;
  cancelled(): boolean;
  /** Give the host a turn between chunks (a worker must, or a cancel message never arrives). */
  pause?: () => Promise<void>;
  chunk?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Play a request chunk by chunk, A and B taking turns so both advance together; returns the
 * results, or null if cancelled. Checked before it starts: call requestProblems first.
 */
export async function runLab(
  scenario: Scenario,
  request: LabRequest,
  hooks: RunHooks,
): Promise<LabResults | null> {
  const started = performance.now();
  const a = new LabBatch(scenario, settingsFor(request, request.a));
  const b = request.b ? new LabBatch(scenario, settingsFor(request, request.b)) : null;
  const total = request.runs * (b ? 2 : 1);
  const chunk = hooks.chunk ?? CHUNK;
  const pause = hooks.pause ?? nextTask;
  hooks.progress(0, total);
  while (!a.finished || (b && !b.finished)) {
    await pause();
    if (hooks.cancelled()) return null;
    a.step(chunk);
    b?.step(chunk);
    hooks.progress(a.done + (b?.done ?? 0), total);
  }
  const results: LabResults = { a: a.summary(), elapsedMs: 0 };
  if (b) results.b = b.summary();
  results.elapsedMs = Math.round(performance.now() - started);
  return results;
}
