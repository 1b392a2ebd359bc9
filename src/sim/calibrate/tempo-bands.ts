import { totalLaunches } from '../../model/launches';
import { band, KIND_SLACK, TALKS_PHASES } from './bands';
import type { ScenarioRun } from './run';
import { allEvents, type BatchStats, recordedEvents, strategicEvents, sumRounds } from './stats';
import { talksThenPressure } from './strategies';

/**
 * The tempo bands of a scenario: as happened against the record (in all, by kind, in the quiet
 * months of talks), talks against pressure, clustering, exercises, and what comes back first
 * after talks fail.
 */
export function tempoBands(run: ScenarioRun): void {
  const { scenario, policies, real, cell, batch, at } = run;
  const bands = run.report.bands;
  const asHappened = cell('balanced', 'as-happened');
  const modelTotal = sumRounds(asHappened.perRound);
  const recordTotal = sumRounds(real);
  const recorded = recordedEvents(recordTotal);
  bands.push(
    band(
      'tempo.all',
      at('balanced'),
      'as happened: launch events in the window (CNS kinds), model ÷ record',
      recordedEvents(modelTotal) / Math.max(1, recorded),
      0.5,
      2,
      recorded,
    ),
  );
  for (const kind of ['overflight', 'icbm', 'nuclear', 'shortRange', 'mediumRange'] as const) {
    const rec = recordTotal[kind];
    bands.push(
      band(
        `tempo.${kind}`,
        at('balanced'),
        `as happened: ${kind} events in the window`,
        modelTotal[kind],
        Math.round(rec * 0.3 * 100) / 100,
        Math.round((rec * 2.5 + KIND_SLACK[kind]) * 100) / 100,
        rec,
      ),
    );
  }
  const phase = TALKS_PHASES[scenario.id];
  if (phase) {
    const during = sumRounds(asHappened.perRound, phase.from, phase.to);
    const rec = recordedEvents(sumRounds(real, phase.from, phase.to));
    bands.push(
      band(
        'tempo.talks-phase',
        at('balanced'),
        `${phase.label}: launch events`,
        totalLaunches(during),
        0,
        rec + 1,
        rec,
      ),
      band(
        'tempo.talks-phase-strategic',
        at('balanced'),
        `${phase.label}: strategic tests`,
        strategicEvents(during),
        0,
        0.2,
        0,
      ),
    );
  }

  // Tempo under talks against tempo under pressure alone (anchors: 0.16 against 3 a month).
  for (const lens of ['balanced', 'engagement']) {
    const talks = allEvents(cell(lens, 'talks-only'));
    const pressure = allEvents(cell(lens, 'sanctions-only'));
    bands.push(
      band(
        'tempo.talks-vs-pressure',
        at(lens),
        'launches under talks only ÷ under sanctions only',
        talks / Math.max(0.01, pressure),
        0,
        0.35,
      ),
    );
  }
  const allAi = batch({}, 'balanced');
  bands.push(
    band(
      'tempo.clustering',
      at('balanced'),
      'all AI: P(launch | launch last round) ÷ P(launch | quiet last round)',
      allAi.clustering.afterLaunch / Math.max(0.01, allAi.clustering.afterQuiet),
      1.1,
      99,
    ),
  );
  const drills = batch({ southKorea: 'sk.joint-exercises' }, 'balanced');
  const noDrills = batch({ southKorea: 'sk.missile-buildup' }, 'balanced');
  bands.push(
    band(
      'tempo.exercises',
      at('balanced'),
      'Seoul drilling every round instead of building missiles: launch events per game, difference',
      allEvents(drills) - allEvents(noDrills),
      -1.5,
      1.5,
    ),
  );
  const collapse = batch(talksThenPressure(policies, scenario.rounds), 'balanced');
  const pressure = cell('balanced', 'sanctions-only');
  const shareStrategic = (s: BatchStats) => {
    const c = sumRounds(s.perRound, 6, 8);
    return strategicEvents(c) / Math.max(0.01, totalLaunches(c));
  };
  bands.push(
    band(
      'tempo.after-talks-fail',
      at('balanced'),
      'rounds 6–8 after talks fail: strategic share of launches, minus under pressure throughout',
      shareStrategic(collapse) - shareStrategic(pressure),
      -1,
      0,
    ),
  );
}
