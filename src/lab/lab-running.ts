import { h } from '../dom/h';
import type { Scenario } from '../model/schema';
import { fewGames, type RoundBand } from './lab-bands';
import type { LabSummary } from './lab-batch';

const count = (n: number) => n.toLocaleString('en-GB');

/** The first round whose band rests on few games, or null if every round had enough. */
export function firstFewRound(summary: LabSummary): number | null {
  const band = summary.bands.find((b) => b.round > 0 && fewGames(b.running, summary.runs));
  return band ? band.round : null;
}

/** "150 by Test freeze, 38 by Armed clash": ended games by ending, most first. */
export function endedWords(scenario: Scenario, ended: RoundBand['endedBefore']): string {
  return Object.entries(ended)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${count(n)} by ${scenario.outcomes.find((o) => o.id === id)?.title ?? id}`)
    .join(', ');
}

/**
 * How many games each round's band rests on, in words: "After round 6 only 12 of 200 games were
 * still running (188 had ended: …); from round 7 the band is drawn faint", or that all ran on.
 */
export function runningNote(scenario: Scenario, summary: LabSummary): string {
  const total = summary.runs;
  const few = firstFewRound(summary);
  if (few !== null) {
    const band = summary.bands[few] as RoundBand;
    const endedCount = total - band.running;
    const after = few - 1;
    return `After round ${after} only ${count(band.running)} of ${count(total)} games were still running (${count(endedCount)} had ended: ${endedWords(scenario, band.endedBefore)}); from round ${few} on the band rests on few games and is drawn faint.`;
  }
  const last = summary.bands.at(-1) as RoundBand;
  if (last.running === total)
    return `All ${count(total)} games ran to round ${last.round}: every band rests on all of them.`;
  return `In round ${last.round}, ${count(last.running)} of ${count(total)} games were still running (${count(total - last.running)} had ended before it: ${endedWords(scenario, last.endedBefore)}).`;
}

/**
 * Games still running in each round (each band rests on these), and the games that had ended
 * before it, by ending, as a table: one strategy's rows, or A's then B's.
 */
export function runningTable(scenario: Scenario, summaries: [string, LabSummary][]): HTMLElement {
  const rounds = (summaries[0]?.[1].bands ?? []).filter((b) => b.round > 0).map((b) => b.round);
  const rows = summaries.flatMap(([name, summary]) => {
    const endings = scenario.outcomes.filter((o) =>
      summary.bands.some((b) => (b.endedBefore[o.id] ?? 0) > 0),
    );
    return [
      h(
        'tr',
        { 'data-testid': `running-${name.toLowerCase()}` },
        h('th', { scope: 'row' }, `${name}: still running, of ${count(summary.runs)}`),
        summary.bands
          .filter((b) => b.round > 0)
          .map((b) => {
            const few = fewGames(b.running, summary.runs);
            return h(
              'td',
              few ? { class: 'lab-few', title: 'Few games: the band is drawn faint' } : {},
              few ? `${count(b.running)}*` : count(b.running),
            );
          }),
      ),
      ...endings.map((o) =>
        h(
          'tr',
          { class: 'lab-ended' },
          h('th', { scope: 'row' }, `${name}: ended by ${o.title}`),
          summary.bands
            .filter((b) => b.round > 0)
            .map((b) => h('td', {}, count(b.endedBefore[o.id] ?? 0))),
        ),
      ),
    ];
  });
  return h(
    'table',
    { class: 'lab-running', 'data-testid': 'lab-running' },
    h(
      'caption',
      {},
      'Games in each round: the bands rest on the games still running; ended games are counted by ending (* few games: band drawn faint)',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Round'),
        rounds.map((r) => h('th', { scope: 'col' }, String(r))),
      ),
    ),
    h('tbody', {}, rows),
  );
}
