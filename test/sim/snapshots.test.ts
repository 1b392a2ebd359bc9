import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/game';
import { loadScenarioFile, loadSharedFrom, scenarioFiles } from '../../src/scenario/files';
import { gameAsText } from '../../src/sim/game-text';

const shared = loadSharedFrom();

// One seeded game per scenario, kept as readable text: any change to the model or the content
// shows up in review as a diff of decisions, changes and evidence. Update with `vitest -u`.
describe('seeded games as text', () => {
  if (!shared.ok) throw new Error('shared content does not load');
  for (const path of scenarioFiles()) {
    const result = loadScenarioFile(path, shared.value);
    if (!result.ok) throw new Error(`${path} does not load`);
    const s = result.value;
    it(`${s.id}, seed 2017, sealed, all AI`, async () => {
      const text = gameAsText(s, playGame(s, { seed: 2017 }));
      await expect(text).toMatchFileSnapshot(`__snapshots__/${s.id}.seed-2017.txt`);
    });
  }
});
