import { CAPITAL_NAMES, CAPITALS } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { Cause, GameState } from '../model/state';
import { assumptionText } from '../scenario/prose';

/** A cause in words: "Washington: Push new UN sanctions", "rule: …", "event: …". */
export function describeCause(scenario: Scenario, cause: Cause): string {
  if (cause.kind === 'decision') {
    return `${CAPITAL_NAMES[cause.capital]}: ${scenario.optionIndex[cause.optionId]?.label ?? cause.optionId}`;
  }
  if (cause.kind === 'rule') {
    return `rule: ${scenario.rules.find((r) => r.id === cause.ruleId)?.title ?? cause.ruleId}`;
  }
  return `event: ${scenario.events.find((e) => e.id === cause.eventId)?.title ?? cause.eventId}`;
}

/** One game's full trace as readable JSON: every change with its cause and its claims. */
export function traceReport(scenario: Scenario, game: GameState) {
  const used = new Set<string>();
  const rounds = game.history.map((record) => ({
    round: record.round,
    date: record.date,
    decisions: Object.fromEntries(
      CAPITALS.map((c) => {
        const d = record.decisions[c];
        return [
          c,
          {
            option: d.optionId,
            by: d.by,
            // A policy's choice has no reasons; the report has always called it so.
            ...(d.policy
              ? { rationale: 'fixed by policy' }
              : d.rationale
                ? { rationale: d.rationale }
                : {}),
          },
        ];
      }),
    ),
    changes: record.trace.map((t) => {
      for (const id of t.claims) used.add(id);
      return {
        indicator: t.indicator,
        from: t.before,
        to: t.after,
        cause: describeCause(scenario, t.cause),
        claims: t.claims,
        ...(t.assumption ? { assumption: assumptionText(scenario, t.assumption) } : {}),
      };
    }),
    events: record.events,
    rolls: record.rolls,
  }));
  const claims = Object.fromEntries(
    [...used].sort().map((id) => {
      const claim = scenario.claimIndex[id];
      return [id, { text: claim?.text, cites: claim?.cites }];
    }),
  );
  return {
    scenario: scenario.id,
    seed: game.seed,
    lens: game.lens,
    outcome: game.outcome,
    rounds,
    claims,
  };
}
