import { h } from '../dom/h';
import './lab-results.css';
import { t } from '../i18n/messages';
import { capitalName, indicatorLabel } from '../i18n/names';
import { CAPITALS, INDICATORS } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { FallbackCount, LabSummary } from './lab-batch';
import { describeEntry } from './lab-plan-words';
import { playedTable } from './lab-played';
import type { LabRequest, LabStrategy } from './lab-run';
import { nameList, numberRange, strategyLetter } from './lab-words';

const percent = (count: number, of: number) => `${((100 * count) / Math.max(1, of)).toFixed(1)}%`;

/** A signed difference with an arrow, so the direction never rests on colour. */
export function difference(value: number, reference: number): string {
  const d = Math.round((value - reference) * 100) / 100;
  if (d === 0) return t('lab.results.same');
  return d > 0 ? `▲ +${d}` : `▼ −${-d}`;
}

/** "rounds 2–5, 8": a sorted list of rounds as ranges. */
export function roundRanges(rounds: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rounds.length) {
    let j = i;
    while (j + 1 < rounds.length && (rounds[j + 1] as number) === (rounds[j] as number) + 1) j++;
    parts.push(i === j ? `${rounds[i]}` : numberRange(rounds[i] as number, rounds[j] as number));
    i = j + 1;
  }
  return t('lab.results.rounds', { count: rounds.length, list: nameList(parts) });
}

/** One line saying what a strategy fixes, who is left to the AI, and the lens. */
export function describeStrategy(scenario: Scenario, strategy: LabStrategy): string {
  const fixed = CAPITALS.flatMap((c) => {
    const entry = strategy.fixed[c];
    return entry
      ? [t('lab.results.fixed', { capital: capitalName(c), plan: describeEntry(scenario, entry) })]
      : [];
  });
  const ai = CAPITALS.filter((c) => !strategy.fixed[c]).map(capitalName);
  const lens = scenario.lenses.find((l) => l.id === strategy.lens)?.title ?? strategy.lens;
  const aiText = ai.length === 0 ? '' : t('lab.results.aiDecides', { capitals: nameList(ai) });
  return [...fixed, aiText, t('lab.results.lens', { lens })].filter(Boolean).join(' · ');
}

function fallbackNote(scenario: Scenario, strategy: LabStrategy, fallbacks: FallbackCount[]) {
  if (Object.values(strategy.fixed).every((id) => !id)) return null;
  if (fallbacks.length === 0) return h('p', { class: 'small' }, t('lab.results.allOpen'));
  return h(
    'div',
    { class: 'lab-fallbacks', 'data-testid': 'lab-fallbacks' },
    h('p', {}, t('lab.results.fallbacks')),
    h(
      'ul',
      {},
      fallbacks.map((f) =>
        h(
          'li',
          {},
          t('lab.results.fallback', {
            capital: capitalName(f.capital),
            option: scenario.optionIndex[f.optionId]?.label ?? f.optionId,
            count: f.count,
            times: String(f.count),
            rounds: roundRanges(f.rounds),
          }),
        ),
      ),
    ),
  );
}

/** One strategy's panel: how the games ended, tests and overflights, where the policy bent. */
export function resultPanel(
  scenario: Scenario,
  key: 'a' | 'b',
  strategy: LabStrategy,
  summary: LabSummary,
  reference?: LabSummary,
): HTMLElement {
  const letter = strategyLetter(key);
  const name = t('lab.results.strategy', { strategy: letter });
  const versus = (value: number, of: (s: LabSummary) => number) =>
    reference
      ? h(
          'span',
          { class: 'lab-diff' },
          ' ',
          t('lab.results.versus', { difference: difference(value, of(reference)) }),
        )
      : null;
  return h(
    'section',
    { class: `lab-result result-${key}`, 'data-testid': `result-${key}`, 'aria-label': name },
    h('h3', {}, t('lab.results.heading', { strategy: letter, runs: String(summary.runs) })),
    h('p', { class: 'small' }, describeStrategy(scenario, strategy)),
    h(
      'table',
      { class: 'lab-outcomes' },
      h('caption', {}, t('lab.results.outcomes')),
      h(
        'tbody',
        {},
        scenario.outcomes.map((o) => {
          const count = summary.outcomes[o.id] ?? 0;
          const share = percent(count, summary.runs);
          return h(
            'tr',
            { 'data-testid': `${key}-${o.id}` },
            h('th', { scope: 'row' }, o.title),
            h(
              'td',
              { class: 'lab-bar-cell', 'aria-hidden': 'true' },
              h(
                'span',
                { class: 'lab-bar' },
                h('span', { class: 'lab-fill', style: `width: ${share}` }),
              ),
            ),
            h('td', { class: 'lab-num' }, `${share} (${count})`),
          );
        }),
      ),
    ),
    h(
      'dl',
      { class: 'lab-means' },
      h('dt', {}, t('lab.results.tests')),
      h(
        'dd',
        { 'data-testid': `${key}-mean-tests` },
        String(summary.meanTests),
        versus(summary.meanTests, (s) => s.meanTests),
      ),
      h('dt', {}, t('lab.results.overflights')),
      h(
        'dd',
        {},
        String(summary.meanOverflights),
        versus(summary.meanOverflights, (s) => s.meanOverflights),
      ),
      h('dt', {}, t('lab.results.roundsPerGame')),
      h(
        'dd',
        {},
        String(summary.meanRounds),
        versus(summary.meanRounds, (s) => s.meanRounds),
      ),
    ),
    fallbackNote(scenario, strategy, summary.fallbacks),
    playedTable(scenario, key, summary),
  );
}

/** Where every indicator stood after the last round: medians with their p10–p90, A beside B. */
export function endTable(scenario: Scenario, request: LabRequest, a: LabSummary, b?: LabSummary) {
  const cell = (s: LabSummary, id: (typeof INDICATORS)[number]) =>
    s.final ? `${s.final.median[id]} (${s.final.p10[id]}–${s.final.p90[id]})` : '';
  return h(
    'table',
    { class: 'lab-end', 'data-testid': 'lab-end-table' },
    h(
      'caption',
      {},
      t('lab.results.endCaption', { rounds: scenario.rounds, runs: String(request.runs) }),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('lab.results.indicator')),
        h('th', { scope: 'col' }, strategyLetter('a')),
        b
          ? [
              h('th', { scope: 'col' }, strategyLetter('b')),
              h('th', { scope: 'col' }, t('lab.results.bMinusA')),
            ]
          : null,
      ),
    ),
    h(
      'tbody',
      {},
      INDICATORS.map((id) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, indicatorLabel(id)),
          h('td', {}, cell(a, id)),
          b
            ? [
                h('td', {}, cell(b, id)),
                h('td', {}, difference(b.final?.median[id] ?? 0, a.final?.median[id] ?? 0)),
              ]
            : null,
        ),
      ),
    ),
  );
}
