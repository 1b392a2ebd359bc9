import { h } from '../dom/h';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import { fewGames, type RoundBand } from './lab-bands';
import type { LabSummary } from './lab-batch';
import { nameList, strategyLetter } from './lab-words';

/** The first round whose band rests on few games, or null if every round had enough. */
export function firstFewRound(summary: LabSummary): number | null {
  const band = summary.bands.find((b) => b.round > 0 && fewGames(b.running, summary.runs));
  return band ? band.round : null;
}

/** "150 by Test freeze, 38 by Armed clash": ended games by ending, most first. */
export function endedWords(scenario: Scenario, ended: RoundBand['endedBefore']): string {
  const words = Object.entries(ended)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) =>
      t('lab.running.endedBy', {
        count: n,
        outcome: scenario.outcomes.find((o) => o.id === id)?.title ?? id,
      }),
    );
  return nameList(words);
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
    return t('lab.running.few', {
      after,
      running: band.running,
      total,
      ended: endedCount,
      endings: endedWords(scenario, band.endedBefore),
      few,
    });
  }
  const last = summary.bands.at(-1) as RoundBand;
  if (last.running === total) return t('lab.running.all', { total, round: last.round });
  return t('lab.running.last', {
    round: last.round,
    running: last.running,
    total,
    ended: total - last.running,
    endings: endedWords(scenario, last.endedBefore),
  });
}

/**
 * Games still running in each round (each band rests on these), and the games that had ended
 * before it, by ending, as a table: one strategy's rows, or A's then B's.
 */
export function runningTable(
  scenario: Scenario,
  summaries: ['a' | 'b', LabSummary][],
): HTMLElement {
  const rounds = (summaries[0]?.[1].bands ?? []).filter((b) => b.round > 0).map((b) => b.round);
  const rows = summaries.flatMap(([key, summary]) => {
    const strategy = strategyLetter(key);
    const endings = scenario.outcomes.filter((o) =>
      summary.bands.some((b) => (b.endedBefore[o.id] ?? 0) > 0),
    );
    return [
      h(
        'tr',
        { 'data-testid': `running-${key}` },
        h('th', { scope: 'row' }, t('lab.running.stillRunning', { strategy, runs: summary.runs })),
        summary.bands
          .filter((b) => b.round > 0)
          .map((b) => {
            const few = fewGames(b.running, summary.runs);
            return h(
              'td',
              few ? { class: 'lab-few', title: t('lab.running.fewTitle') } : {},
              few ? `${formatNumber(b.running)}*` : formatNumber(b.running),
            );
          }),
      ),
      ...endings.map((o) =>
        h(
          'tr',
          { class: 'lab-ended' },
          h('th', { scope: 'row' }, t('lab.running.endedRow', { strategy, outcome: o.title })),
          summary.bands
            .filter((b) => b.round > 0)
            .map((b) => h('td', {}, formatNumber(b.endedBefore[o.id] ?? 0))),
        ),
      ),
    ];
  });
  return h(
    'table',
    { class: 'lab-running', 'data-testid': 'lab-running' },
    h('caption', {}, t('lab.running.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('lab.running.round')),
        rounds.map((r) => h('th', { scope: 'col' }, String(r))),
      ),
    ),
    h('tbody', {}, rows),
  );
}
