import { aiReasons } from '../board/view/ai-reasons';
import { CAPITAL_NAMES, CAPITALS } from '../model/ids';
import { INDICATOR_DOCS } from '../model/indicators';
import { LAUNCH_KIND_LABELS } from '../model/launches';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';
import { describeCause } from './trace-report';

/**
 * A game as plain text a reviewer can read in a diff: each round's decisions, events and
 * every indicator change with its cause and evidence, then the ending and scores.
 */
export function gameAsText(scenario: Scenario, game: GameState): string {
  const lines = [`${scenario.title} — seed ${game.seed}, lens ${game.lens}`];
  for (const record of game.history) {
    lines.push('', `Round ${record.round} (${record.date})`);
    for (const capital of CAPITALS) {
      const decision = record.decisions[capital];
      const label = scenario.optionIndex[decision.optionId]?.label ?? decision.optionId;
      const why =
        decision.rationale && typeof decision.rationale !== 'string'
          ? ` — ${aiReasons(scenario, decision.optionId, decision.rationale)}`
          : '';
      lines.push(`  ${CAPITAL_NAMES[capital]}: ${label}${why}`);
    }
    for (const launch of record.launches)
      lines.push(
        `  Launch: ${launch.missiles} × ${LAUNCH_KIND_LABELS[launch.kind]} · ${describeCause(scenario, launch.cause)}`,
      );
    for (const id of record.events)
      lines.push(`  Event: ${scenario.events.find((e) => e.id === id)?.title ?? id}`);
    for (const t of record.trace) {
      const basis = t.assumption ? 'designer assumption' : t.claims.join(', ');
      const lens = t.lensWeight ? ` ×${t.lensWeight}` : '';
      lines.push(
        `    ${INDICATOR_DOCS[t.indicator].label}: ${t.before} → ${t.after}${lens} · ${describeCause(scenario, t.cause)} [${basis}]`,
      );
    }
  }
  const outcome = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId);
  lines.push('', `Outcome: ${outcome?.title ?? 'none'} (round ${game.outcome?.round ?? '-'})`);
  if (game.outcome) {
    lines.push(
      `Scores: ${CAPITALS.map((c) => `${CAPITAL_NAMES[c]} ${game.outcome?.scores[c]}`).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
