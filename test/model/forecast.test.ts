import { describe, expect, it } from 'vitest';
import { whyOption } from '../../src/board/view/why-option';
import { resolveDecisions } from '../../src/model/engine';
import { forecastOption } from '../../src/model/forecast';
import { playRound } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { optionRules } from '../../src/model/option-rules';
import { optionsFor } from '../../src/model/options';
import { Dice } from '../../src/model/rng';
import type { Scenario } from '../../src/model/schema';
import { createGame, type Decisions } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();

describe('forecast of an option', () => {
  it('lists the option’s own effects and the rules it sets off, with their evidence', () => {
    const game = createGame(s, 1);
    const items = forecastOption(s, game, 'northKorea', 'nk.overflight');
    const ruleIds = items.flatMap((i) => (i.source.kind === 'rule' ? [i.source.ruleId] : []));
    expect(ruleIds).toContain('rule.overflight-erodes-alliance-confidence');
    const japan = items.find(
      (i) => i.indicator === 'allianceConfidence.japan' && i.source.kind === 'rule',
    );
    expect(japan?.min).toBe(-9);
    expect(japan?.max).toBe(-5);
    expect(japan?.claims).toContain('claim.001-14.overflight-wedge');
    // A rule that fires whatever Pyongyang does is not part of this option's forecast.
    expect(ruleIds).not.toContain('rule.programme-keeps-moving');
  });

  it('brackets what actually happens when the option is played', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const game = createGame(s, seed);
      const items = forecastOption(s, game, 'northKorea', 'nk.overflight');
      const after = resolveDecisions(s, game, decisions({ ...QUIET, northKorea: 'nk.overflight' }));
      for (const entry of after.history[0]?.trace ?? []) {
        const cause = entry.cause;
        if (cause.kind !== 'rule' || cause.ruleId !== 'rule.overflight-erodes-alliance-confidence')
          continue;
        const item = items.find(
          (i) =>
            i.source.kind === 'rule' &&
            i.source.ruleId === cause.ruleId &&
            i.indicator === entry.indicator,
        );
        expect(entry.delta).toBeGreaterThanOrEqual(item?.min ?? Number.NaN);
        expect(entry.delta).toBeLessThanOrEqual(item?.max ?? Number.NaN);
      }
    }
  });

  it('follows the lens', () => {
    const sanctions = (lens: string) =>
      forecastOption(s, createGame(s, 1, lens), 'us', 'us.un-sanctions').find(
        (i) =>
          i.source.kind === 'rule' &&
          i.source.ruleId === 'rule.sanctions-without-talks-feed-testing' &&
          i.indicator === 'nkTestingDrive',
      );
    expect(sanctions('balanced')?.max).toBe(7);
    expect(sanctions('engagement')?.max).toBe(11);
  });
});

/** A seeded game played with random open options, round by round, with its decisions. */
function* randomRounds(sc: Scenario, seed: number, lens = 'balanced') {
  const dice = Dice.fromSeed(seed * 104729);
  let game = createGame(sc, seed, lens);
  while (!game.outcome) {
    const decisions = Object.fromEntries(
      CAPITALS.map((c) => {
        const open = optionsFor(sc, game, c).filter((v) => v.available);
        return [c, { optionId: open[dice.int(0, open.length - 1)]?.option.id ?? '', by: 'human' }];
      }),
    ) as Decisions;
    yield { game, decisions };
    game = playRound(sc, game, decisions);
  }
}

/**
 * Where the forecast (made on `told`) and the engine (run on `engine`) disagree: a forecast rule
 * whose condition held and whose roll succeeded must be in the trace, inside its range.
 */
function mismatches(told: Scenario, engine: Scenario, seeds: number, lens = 'balanced'): string[] {
  const found: string[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    for (const { game, decisions } of randomRounds(told, seed, lens)) {
      const record = resolveDecisions(engine, game, decisions).history.at(-1);
      for (const capital of CAPITALS) {
        const { [capital]: own, ...visible } = decisions;
        const items = forecastOption(told, game, capital, own.optionId, visible);
        for (const item of items) {
          const source = item.source;
          if (source.kind !== 'rule') continue;
          const roll = record?.rolls.find((r) => r.of === source.ruleId);
          if (roll && !roll.fired) continue;
          if (item.probability !== undefined && !roll) {
            found.push(`round ${game.round}: ${source.ruleId} was never rolled`);
            continue;
          }
          const entries = (record?.trace ?? []).filter(
            (t) =>
              t.cause.kind === 'rule' &&
              t.cause.ruleId === source.ruleId &&
              t.indicator === item.indicator,
          );
          const inRange = entries.some((t) => t.delta >= item.min && t.delta <= item.max);
          const mayBeZero = item.min <= 0 && item.max >= 0;
          if (!inRange && !(entries.length === 0 && mayBeZero))
            found.push(
              `seed ${seed} round ${game.round} ${own.optionId}: ${source.ruleId} ${item.indicator} ` +
                `forecast ${item.min}..${item.max}, engine ${entries.map((t) => t.delta).join(',') || 'nothing'}`,
            );
        }
      }
    }
  }
  return found;
}

/** A copy of a scenario without one rule. */
const without = (sc: Scenario, ruleId: string): Scenario => ({
  ...sc,
  rules: sc.rules.filter((r) => r.id !== ruleId),
});

describe('the forecast against what the engine does', () => {
  it.each(['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'])(
    '%s: every rule the forecast names fires in the engine, inside its range',
    (id) => {
      expect(mismatches(scenario(id), scenario(id), 40)).toEqual([]);
    },
  );

  it('under a lens that takes sides', () => {
    expect(mismatches(s, s, 40, 'engagement')).toEqual([]);
  });

  it('a rule removed from the engine makes the comparison fail', () => {
    const ruleId = 'rule.overflight-erodes-alliance-confidence';
    const found = mismatches(s, without(s, ruleId), 40);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.includes(ruleId))).toBe(true);
  });

  it('a rule removed from the scenario leaves the forecast and the "why?" lists', () => {
    const ruleId = 'rule.overflight-erodes-alliance-confidence';
    const cut = without(s, ruleId);
    const game = createGame(s, 1);
    const names = (sc: Scenario) =>
      forecastOption(sc, game, 'northKorea', 'nk.overflight').flatMap((i) =>
        i.source.kind === 'rule' ? [i.source.ruleId] : [],
      );
    expect(names(s)).toContain(ruleId);
    expect(names(cut)).not.toContain(ruleId);
    const listed = (sc: Scenario) => optionRules(sc, 'nk.overflight').setsOff.map((l) => l.rule.id);
    expect(listed(s)).toContain(ruleId);
    expect(listed(cut)).not.toContain(ruleId);
    const why = (sc: Scenario) =>
      whyOption(sc, 'nk.overflight', { game }).steps.map((st) => st.cause.label);
    expect(why(s)).toContain('Rule: A missile over Japan shakes the alliances');
    expect(why(cut)).not.toContain('Rule: A missile over Japan shakes the alliances');
  });
});
