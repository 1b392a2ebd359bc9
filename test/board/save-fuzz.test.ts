import { describe, expect, it } from 'vitest';
import { Session } from '../../src/board/ports';
import { saveOf, verifySave } from '../../src/board/save/game-files';
import { checksumOf, type SaveEnvelope, SaveStore } from '../../src/board/save/save-store';
import { LocalGame } from '../../src/client/local-game';
import type { GameSetup } from '../../src/machines/game-events';
import { Dice } from '../../src/model/rng';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import { memory, scenario } from '../helpers';

const s = scenario();
const setup: GameSetup = {
  seed: 9,
  lens: 'balanced',
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
};

/** A store holding a good save of round 2 (the previous) and round 3 (the latest). */
function storeWithTwoSaves() {
  const { map, storage } = memory();
  const store = new SaveStore(storage, verifySave([s]));
  const session = new Session(s, LocalGame.start(s, setup));
  const send = (seat: Seat, intent: IntentBody) => session.host.client(seat).send(intent);
  send('facilitator', { type: 'game.start' });
  for (let round = 0; round < 2; round++) {
    send('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    send('us', { type: 'policy.commit', capital: 'us' });
    send('facilitator', { type: 'round.next' });
    store.save(saveOf(session));
  }
  const key = `overflight.save.${session.saveId}`;
  return { map, store, id: session.saveId, key, latest: map.get(key) ?? '' };
}

type Path = (string | number)[];

/** Every path to a value inside a JSON value. */
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], into);
  return into;
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  (node as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

const WRONG = [null, 0, -1, 1e300, true, '', 'text', [], {}, [[[]]], { format: 1 }];
const PLACEHOLDER = '@@placeholder@@';

/** One seeded mutation of a save's text, and what it did (for a failing case's name). */
function mutate(text: string, dice: Dice): [string, string] {
  const envelope = JSON.parse(text) as Record<string, unknown>;
  const paths = pathsOf(envelope).slice(1);
  const path = paths[dice.int(0, paths.length - 1)] as Path;
  const at = path.join('.');
  // Half the time the checksum is made to match, so the mutation reaches the deeper checks.
  const refit = dice.int(0, 1) === 1;
  const done = (what: string, replacement?: string): [string, string] => {
    if (refit && replacement === undefined)
      envelope.checksum = checksumOf(envelope.record as never, envelope.snapshot);
    const out = JSON.stringify(envelope);
    return [replacement === undefined ? out : out.replace(`"${PLACEHOLDER}"`, replacement), what];
  };
  switch (dice.int(0, 5)) {
    case 0: {
      const cut = dice.int(0, text.length - 1);
      return [text.slice(0, cut), `cut at ${cut}`];
    }
    case 1: {
      const depth = [100, 5_000, 100_000][dice.int(0, 2)] as number;
      setAt(envelope, path, PLACEHOLDER);
      return done(`${depth} deep at ${at}`, '['.repeat(depth) + ']'.repeat(depth));
    }
    case 2: {
      const length = [1_000, 300_000, 6_000_000][dice.int(0, 2)] as number;
      setAt(envelope, path, 'x'.repeat(length));
      return done(`${length} characters at ${at}`);
    }
    case 3: {
      const wrong = WRONG[dice.int(0, WRONG.length - 1)];
      setAt(envelope, path, wrong);
      return done(`${JSON.stringify(wrong)} at ${at}`);
    }
    case 4: {
      const i = dice.int(0, text.length - 1);
      const c = String.fromCharCode(dice.int(32, 126));
      return [text.slice(0, i) + c + text.slice(i + 1), `${c} at character ${i}`];
    }
    default: {
      setAt(envelope, path, undefined);
      return done(`${at} removed`);
    }
  }
}

describe('loading a mutated save', () => {
  it('a save nested 100,000 deep is reported as damaged, with the last good one offered', () => {
    const { map, store, id, key, latest } = storeWithTwoSaves();
    const envelope = JSON.parse(latest) as SaveEnvelope;
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    map.set(
      key,
      JSON.stringify({ ...envelope, snapshot: PLACEHOLDER }).replace(`"${PLACEHOLDER}"`, deep),
    );
    const opened = store.open(id);
    expect(!opened.ok && opened.message).toMatch(/damaged/);
    expect(!opened.ok && opened.previous?.round).toBe(2);
  });

  it('never throws: 400 seeded mutations each open or say why, offering the last good save', () => {
    const { map, store, id, key, latest } = storeWithTwoSaves();
    const dice = Dice.fromSeed(2024);
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const [text, what] = mutate(latest, dice);
      map.set(key, text);
      let opened: ReturnType<SaveStore['open']> | undefined;
      expect(() => {
        opened = store.open(id);
      }, what).not.toThrow();
      if (!opened || opened.ok) continue;
      refused++;
      expect(opened.message, what).toMatch(/^This (saved )?game/);
      expect(opened.previous?.round, what).toBe(2);
    }
    // Nearly every mutation breaks the save; a few (a changed date) leave it a good one.
    expect(refused).toBeGreaterThan(300);
  });
});
