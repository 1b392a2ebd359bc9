import { band } from './bands';
import type { ScenarioRun } from './run';
import { allEvents, ending, tempo } from './stats';
import { mutedAnswer, STRATEGIES } from './strategies';

/**
 * The bands of the simple strategies under every lens: plausible endings, and each lens moving
 * the outcomes the way its description says.
 */
export function strategyBands(run: ScenarioRun): void {
  const { scenario, lenses, cell, batch, at } = run;
  const bands = run.report.bands;
  // (b) The simple strategies under every lens: plausible endings.
  for (const lens of lenses) {
    for (const strategy of STRATEGIES) {
      const s = cell(lens, strategy);
      bands.push(
        band(
          'ending.clash',
          at(lens),
          `${strategy}: armed clash share`,
          ending(s, 'clash'),
          0,
          0.08,
        ),
      );
      bands.push(
        band(
          'ending.rupture',
          at(lens),
          `${strategy}: alliance rupture share`,
          ending(s, 'rupture'),
          0,
          0.05,
        ),
      );
    }
    const r = cell(lens, 'reassurance-only');
    bands.push(
      band(
        'reassurance.ceiling',
        at(lens),
        "reassurance only: Tokyo's final confidence",
        r.finalConfidence.japan,
        0,
        85,
      ),
    );
  }
  for (const lens of lenses) {
    for (const strategy of ['talks-only', 'sanctions-with-talks'])
      bands.push(
        band(
          'freeze.not-certain',
          at(lens),
          `${strategy}: freeze share (neither side moves first, 004:23)`,
          ending(cell(lens, strategy), 'freeze'),
          0,
          0.95,
        ),
      );
  }
  for (const lens of ['balanced', 'engagement']) {
    bands.push(
      band(
        'freeze.needs-talks',
        at(lens),
        'freeze share: sanctions with talks minus sanctions only',
        ending(cell(lens, 'sanctions-with-talks'), 'freeze') -
          ending(cell(lens, 'sanctions-only'), 'freeze'),
        0.05,
        1,
      ),
    );
  }

  // Lenses move outcomes the way their descriptions say.
  const bal = (s: string) => cell('balanced', s);
  if (lenses.includes('engagement')) {
    const eng = (s: string) => cell('engagement', s);
    bands.push(
      band(
        'lens.engagement.freeze',
        at('engagement'),
        'sanctions with talks: freeze by the middle round, engagement minus balanced',
        (eng('sanctions-with-talks').earlyEndings.freeze ?? 0) -
          (bal('sanctions-with-talks').earlyEndings.freeze ?? 0),
        0,
        1,
      ),
      band(
        'lens.engagement.pressure',
        at('engagement'),
        'sanctions only: launch events a round, engagement minus balanced',
        tempo(eng('sanctions-only')) - tempo(bal('sanctions-only')),
        0.01,
        99,
      ),
    );
  }
  if (lenses.includes('deterrence')) {
    const det = (s: string) => cell('deterrence', s);
    bands.push(
      band(
        'lens.deterrence.firm',
        at('deterrence'),
        'firm and united: launch events, deterrence minus balanced',
        allEvents(det('firm-united')) - allEvents(bal('firm-united')),
        -99,
        -0.01,
      ),
      band(
        'lens.deterrence.firm-overflights',
        at('deterrence'),
        'firm and united: overflights, deterrence minus balanced',
        det('firm-united').byKind.overflight - bal('firm-united').byKind.overflight,
        -99,
        0.02,
      ),
    );
    // Overflights in the two rounds after the muted answer (later rounds are the AI's to answer).
    const muted = (lens: string) => {
      const s = batch(mutedAnswer(scenario), lens);
      return (s.perRound[1]?.overflight ?? 0) + (s.perRound[2]?.overflight ?? 0);
    };
    bands.push(
      band(
        'lens.deterrence.muted',
        at('deterrence'),
        'muted answer to an overflight: later overflights, deterrence minus balanced',
        muted('deterrence') - muted('balanced'),
        0.005,
        99,
      ),
    );
  }
  if (lenses.includes('development')) {
    const spread = (lens: string) => {
      const values = STRATEGIES.filter((s) => s !== 'as-happened').map((s) =>
        allEvents(cell(lens, s)),
      );
      return Math.max(...values) - Math.min(...values);
    };
    bands.push(
      band(
        'lens.development.spread',
        at('development'),
        'spread of launch events across strategies, development minus balanced (tempo depends less on the allies)',
        spread('development') - spread('balanced'),
        -99,
        -0.01,
      ),
    );
  }
}
