import { band } from './bands';
import type { ClaimRow, ScenarioRun } from './run';
import { allEvents } from './stats';
import { nkShots } from './strategies';

/** The two named claims as effect sizes under every lens, with their bands. */
export function claimBands(run: ScenarioRun): void {
  const { scenario, lenses, cell, batch, at, report } = run;
  const bands = report.bands;
  // (c) The named claims as effect sizes, under every lens.
  const claimRows: ClaimRow[] = lenses.map((lens) => {
    const lofted = batch(
      nkShots(scenario.optionIndex['nk.lofted-test'] ? 'nk.lofted-test' : 'nk.salvo'),
      lens,
    );
    const over = batch(nkShots('nk.overflight'), lens);
    return {
      scenario: scenario.id,
      lens,
      sanctionsWithoutTalks:
        allEvents(cell(lens, 'sanctions-only')) - allEvents(cell(lens, 'sanctions-with-talks')),
      overflightJapan: lofted.probeConfidence.japan - over.probeConfidence.japan,
      overflightSouthKorea: lofted.probeConfidence.southKorea - over.probeConfidence.southKorea,
    };
  });
  report.claims.push(...claimRows);
  const claim = (lens: string) => claimRows.find((c) => c.lens === lens) as ClaimRow;
  bands.push(
    band(
      'claim.sanctions.balanced',
      at('balanced'),
      'sanctions without talks: extra launch events per game',
      claim('balanced').sanctionsWithoutTalks,
      0.5,
      99,
    ),
    band(
      'claim.overflight.balanced',
      at('balanced'),
      "overflights: Tokyo's confidence lost against lofted shots",
      claim('balanced').overflightJapan,
      1,
      99,
    ),
  );
  if (lenses.includes('engagement') && lenses.includes('deterrence')) {
    bands.push(
      band(
        'claim.sanctions.lenses',
        at('engagement'),
        'sanctions-without-talks effect: engagement minus deterrence',
        claim('engagement').sanctionsWithoutTalks - claim('deterrence').sanctionsWithoutTalks,
        0.01,
        99,
      ),
    );
  }
  if (lenses.includes('development')) {
    bands.push(
      band(
        'claim.overflight.development',
        at('development'),
        'overflight effect on Tokyo: development minus balanced (a test is just a test)',
        claim('development').overflightJapan - claim('balanced').overflightJapan,
        -99,
        0,
      ),
    );
  }
}
