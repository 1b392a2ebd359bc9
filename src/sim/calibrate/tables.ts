import { type LaunchCounts, zeroCounts } from '../../model/launches';
import type { CalibrationReport } from './run';
import { recordedEvents } from './stats';

const f1 = (x: number) => x.toFixed(2);
const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 100)}%`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];
const kinds = (c: LaunchCounts) =>
  `${f1(recordedEvents(c))} (${f1(c.shortRange)} / ${f1(c.mediumRange)} / ${f1(c.overflight)} / ${f1(c.icbm)} / ${f1(c.nuclear)})`;

/** The report as Markdown tables: tempo against the record, the grid, the claims, the bands. */
export function calibrationTables(report: CalibrationReport): string {
  const out: string[] = [];
  for (const { scenario, rows } of report.tempo) {
    out.push(
      `### ${scenario}: launches per round as happened — model (balanced, mean of ${report.runs} games) and record`,
      '',
      'all (short-range / medium / over Japan / ICBM / nuclear); cruise missiles are left out, as the CNS database leaves them out.',
      '',
      ...head(['round', 'from', 'model', 'record']),
    );
    const m = zeroCounts();
    const r = zeroCounts();
    for (const t of rows) {
      out.push(row([t.round, t.date, kinds(t.model), kinds(t.record)]));
      for (const k of Object.keys(m) as (keyof LaunchCounts)[]) {
        m[k] += t.model[k];
        r[k] += t.record[k];
      }
    }
    out.push(row(['all', '', kinds(m), kinds(r)]), '');
  }
  out.push(
    `### Simple strategies under each lens (${report.runs} games each)`,
    '',
    ...head([
      'scenario',
      'lens',
      'strategy',
      'launches',
      'over Japan',
      'strategic',
      'freeze',
      'uncapped',
      'rupture',
      'clash',
      'Tokyo / Seoul conf.',
    ]),
  );
  for (const g of report.grid) {
    out.push(
      row([
        g.scenario,
        g.lens,
        g.strategy,
        f1(g.events),
        f1(g.overflights),
        f1(g.strategic),
        pct(g.endings.freeze),
        pct(g.endings.uncapped),
        pct(g.endings.rupture),
        pct(g.endings.clash),
        `${Math.round(g.confidence.japan)} / ${Math.round(g.confidence.southKorea)}`,
      ]),
    );
  }
  out.push(
    '',
    '### Named claims as effect sizes',
    '',
    ...head([
      'scenario',
      'lens',
      'sanctions without talks: extra launches (001:21)',
      "overflights vs lofted: Tokyo's confidence lost by round 6 (001:14)",
      "… Seoul's",
    ]),
  );
  for (const c of report.claims)
    out.push(
      row([
        c.scenario,
        c.lens,
        f1(c.sanctionsWithoutTalks),
        f1(c.overflightJapan),
        f1(c.overflightSouthKorea),
      ]),
    );
  const failed = report.bands.filter((b) => !b.pass).length;
  out.push(
    '',
    `### Bands: ${report.bands.length - failed} of ${report.bands.length} held`,
    '',
    ...head(['', 'band', 'scenario', 'lens', 'figure', 'model', 'record', 'expected']),
  );
  for (const b of report.bands)
    out.push(
      row([
        b.pass ? 'ok' : 'MISSED',
        b.id,
        b.scenario,
        b.lens,
        b.label,
        b.value,
        b.record ?? '',
        `${b.lo} … ${b.hi}`,
      ]),
    );
  return `${out.join('\n')}\n`;
}
