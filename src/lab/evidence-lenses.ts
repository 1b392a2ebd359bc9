// The evidence screen's lens comparison: the same seeds played under every lens of a scenario
// in the lab's Web Worker (one lab run per lens, one after another), and the table of how far
// each lens moves the outcomes and the number of tests from the balanced reading.
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import type { BatchSummary } from '../sim/batch';
import { LabClient } from './lab-client';
import type { LabRequest } from './lab-run';

/** Games per lens: enough for shares to settle to a few points, quick in a worker. */
export const LENS_GAMES = 200;

/** One lens's row: outcome shares and mean tests, each beside its difference from balanced. */
export interface LensRow {
  lens: string;
  title: string;
  shares: { outcome: string; title: string; share: number; delta: number }[];
  meanTests: number;
  testsDelta: number;
}

const share = (summary: BatchSummary, outcome: string) =>
  (summary.outcomes[outcome] ?? 0) / Math.max(1, summary.runs);

/** The comparison table from each lens's summary (the first lens is the reference). */
export function lensRows(scenario: Scenario, summaries: Record<string, BatchSummary>): LensRow[] {
  const reference = summaries.balanced ?? Object.values(summaries)[0];
  if (!reference) return [];
  return scenario.lenses.flatMap((lens) => {
    const summary = summaries[lens.id];
    if (!summary) return [];
    return [
      {
        lens: lens.id,
        title: lens.title,
        shares: scenario.outcomes.map((o) => ({
          outcome: o.id,
          title: o.title,
          share: share(summary, o.id),
          delta: share(summary, o.id) - share(reference, o.id),
        })),
        meanTests: summary.meanTests,
        testsDelta: Math.round((summary.meanTests - reference.meanTests) * 100) / 100,
      },
    ];
  });
}

/** What the page hears while lenses are compared. */
export interface LensListener {
  progress(text: string): void;
  done(rows: LensRow[]): void;
  error(message: string): void;
}

/**
 * Runs a scenario's lenses one after another on the lab's worker. The worker is created on the
 * first run only, so opening the evidence screen costs nothing until a comparison is asked for.
 */
export class LensComparison {
  private client: LabClient | null = null;
  private queue: string[] = [];
  private summaries: Record<string, BatchSummary> = {};
  private scenario: Scenario | null = null;

  constructor(private readonly listener: LensListener) {}

  /** Whether a comparison is going. */
  get running(): boolean {
    return this.scenario !== null;
  }

  /** Compare every lens of a scenario on the same seeds. */
  run(scenario: Scenario, games = LENS_GAMES, seed = 1): void {
    this.scenario = scenario;
    this.queue = scenario.lenses.map((l) => l.id);
    this.summaries = {};
    this.client ??= new LabClient({
      progress: (done, total) => this.report(done, total),
      done: (results) => {
        const lens = this.queue.shift();
        if (lens) this.summaries[lens] = results.a;
        this.next(games, seed);
      },
      cancelled: () => this.stop(),
      error: (message) => {
        this.scenario = null;
        this.listener.error(message);
      },
    });
    this.next(games, seed);
  }

  /** Stop the worker (leaving the screen). */
  dispose(): void {
    this.client?.dispose();
    this.client = null;
    this.scenario = null;
  }

  private stop(): void {
    this.scenario = null;
  }

  private report(done: number, total: number): void {
    const scenario = this.scenario;
    if (!scenario) return;
    const index = scenario.lenses.length - this.queue.length;
    const lens = scenario.lenses[index]?.title ?? '';
    this.listener.progress(
      t('why.sources.progress', {
        index: index + 1,
        lenses: scenario.lenses.length,
        lens,
        done,
        total,
      }),
    );
  }

  private next(games: number, seed: number): void {
    const scenario = this.scenario;
    if (!scenario || !this.client) return;
    const lens = this.queue[0];
    if (!lens) {
      this.scenario = null;
      this.listener.done(lensRows(scenario, this.summaries));
      return;
    }
    const request: LabRequest = {
      scenarioId: scenario.id,
      turnOrder: 'sealed',
      runs: games,
      seed,
      a: { fixed: {}, lens },
    };
    this.client.run(request);
  }
}
