import { describe, expect, it } from 'vitest';
import { resolveDecisions } from '../../src/model/engine';
import { forecastOption } from '../../src/model/forecast';
import { createGame } from '../../src/model/state';
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
