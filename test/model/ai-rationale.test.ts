import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { GameRecordSchema, recordOf, replay } from '../../src/model/record';
import type { Rationale } from '../../src/model/state';
import { scenario } from '../helpers';

const SCENARIOS = ['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'];
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'ai', japan: 'ai', southKorea: 'ai' } as const,
};

describe("an AI's rationale", () => {
  for (const id of SCENARIOS) {
    it(`${id}: carries ids and claims, never words, so a save reads the same in any language`, () => {
      const s = scenario(id);
      let pressed = 0;
      for (const seed of [1, 2, 3, 4, 5]) {
        const game = playGame(s, { seed });
        for (const record of game.history)
          for (const capital of CAPITALS) {
            const decision = record.decisions[capital];
            const why = decision.rationale as Rationale;
            expect(typeof why).toBe('object');
            expect(Object.keys(why).sort()).toEqual(
              why.unpressed
                ? ['claims', 'considerations', 'unpressed']
                : ['claims', 'considerations'],
            );
            expect(why.considerations.length).toBeLessThanOrEqual(2);
            for (const c of why.considerations) {
              const consideration = s.doctrine.find((d) => d.id === c);
              expect(consideration?.capital).toBe(capital);
            }
            for (const claim of why.claims) expect(s.claimIndex[claim]).toBeDefined();
            if (why.unpressed) {
              expect(why.considerations).toEqual([]);
              expect(why.claims).toEqual(s.optionIndex[decision.optionId]?.claims);
            } else {
              pressed++;
              expect(why.considerations.length).toBeGreaterThan(0);
            }
          }
      }
      expect(pressed).toBeGreaterThan(0);
    });
  }

  it('of a record saved with its English words still reads, and replays to the same choices', () => {
    const s = scenario();
    const game = playGame(s, { seed: 9 });
    const saved = JSON.parse(JSON.stringify(recordOf(game, setup)));
    // What a record held before rationales kept only ids.
    for (const round of saved.rounds)
      for (const capital of CAPITALS) {
        const why = round.decisions[capital].rationale;
        if (why && typeof why === 'object') {
          delete why.unpressed;
          why.text = 'Nothing pressed hard this round; chosen for what it does: something.';
        }
      }
    const record = GameRecordSchema.parse(saved);
    const replayed = replay(s, record);
    expect(replayed.history.map((r) => CAPITALS.map((c) => r.decisions[c].optionId))).toEqual(
      game.history.map((r) => CAPITALS.map((c) => r.decisions[c].optionId)),
    );
  });
});
