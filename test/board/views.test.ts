import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { capitalPanels, cards, feed, gauges } from '../../src/board/view/board-view';
import { causalStory } from '../../src/board/view/story';
import {
  DOCTRINE_WEIGHTS_NOTE,
  whyDecision,
  whyEvent,
  whyIndicator,
} from '../../src/board/view/why';
import { whyOption } from '../../src/board/view/why-option';
import { createGameMachine } from '../../src/machines/game-machine';
import { playGame } from '../../src/model/game';
import { createGame } from '../../src/model/state';
import { scenario } from '../helpers';

const s = scenario();

function startedActor() {
  const actor = createActor(createGameMachine(s), {
    input: {
      seed: 3,
      turnOrder: 'sealed',
      controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'human' },
    },
  }).start();
  actor.send({ type: 'game.start' });
  return actor;
}

describe('board view selectors', () => {
  it('never reveal a committed choice before the reveal', () => {
    const actor = startedActor();
    actor.send({ type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    actor.send({ type: 'policy.commit', capital: 'us' });
    const text = JSON.stringify(capitalPanels(actor.getSnapshot().context));
    expect(text).toContain('Decision locked in');
    expect(text).not.toMatch(/show-of-force|Bomber|nk\./);
  });

  it('show closed options greyed with the reason, and forecasts on open ones', () => {
    const actor = startedActor();
    const list = cards(s, actor.getSnapshot().context, 'southKorea');
    expect(list.every((c) => c.available || Boolean(c.reason))).toBe(true);
    const thaad = list.find((c) => c.optionId === 'sk.thaad');
    expect(
      thaad?.forecast.some((f) => f.indicator === 'Allied missile defence' && f.direction === 'up'),
    ).toBe(true);
    const usCards = cards(s, actor.getSnapshot().context, 'us');
    expect(
      usCards
        .find((c) => c.optionId === 'us.un-sanctions')
        ?.forecast.some((f) => f.indicator === "Pyongyang's drive to test"),
    ).toBe(true);
  });

  it('gauge deltas are the last round’s net change', () => {
    const game = playGame(s, { seed: 9 });
    const before = game.history.at(-2)?.indicators;
    for (const g of gauges(s, game)) expect(g.delta).toBe(g.value - (before?.[g.id] ?? 0));
  });

  it('the feed lists decisions and events, newest first', () => {
    const game = playGame(s, { seed: 4 });
    const items = feed(s, game);
    expect(items[0]?.round).toBe(game.history.length);
    expect(items.at(-1)?.round).toBe(1);
    expect(items.filter((i) => i.ref.kind === 'decision')).toHaveLength(game.history.length * 4);
  });

  it('"why?" chains reach source paragraphs, and mark designer assumptions', () => {
    const game = playGame(s, {
      seed: 5,
      chooser: (c) => (c === 'northKorea' ? { optionId: 'nk.overflight', by: 'human' } : undefined),
    });
    const chain = whyIndicator(s, game, 1, 'allianceConfidence.japan');
    const cites = chain.steps.flatMap((step) =>
      step.claims.flatMap((c) => c.cites.map((p) => p.locator)),
    );
    expect(cites).toContain('001, paragraph 14');
    const tension = whyIndicator(s, game, 1, 'regionalTension');
    expect(tension.steps.some((step) => step.assumption?.includes('fade'))).toBe(true);
    const contested = chain.steps
      .flatMap((step) => step.claims)
      .find((c) => c.id === 'claim.001-14.overflight-wedge');
    expect(contested?.contestedBy.map((c) => c.id)).toContain('claim.004-10.tests-are-development');
    const record = game.history[0];
    if (record?.events[0])
      expect(whyEvent(s, game, 1, record.events[0]).steps.length).toBeGreaterThan(0);
    const ai = whyDecision(s, 'us', record?.decisions.us ?? { optionId: 'x', by: 'ai' });
    expect(ai.steps[0]?.cause.kind).toBe('ai');
    // The weights of the AI's reasons are design, and the panel says so.
    expect(ai.steps[0]?.assumption).toContain(DOCTRINE_WEIGHTS_NOTE);
    const team = whyDecision(s, 'us', { optionId: 'us.un-sanctions', by: 'human', rationale: 'x' });
    expect(team.steps[0]?.assumption).toBeUndefined();
    expect(whyOption(s, 'us.un-sanctions').steps.map((st) => st.cause.label)).toContain(
      'Rule: Sanctions with no offer of talks',
    );
  });

  it("an option's why? says what it launches, and what a rule it can set off adds, with the chance", () => {
    const salvo = whyOption(s, 'nk.salvo', { game: createGame(s, 1) });
    const head = salvo.steps[0];
    expect(head?.expected).toContain('Launches: 4 × medium/intermediate range (into the sea)');
    const cluster = salvo.steps.find((st) => st.cause.label === 'Rule: Launches come in campaigns');
    // The drive to test starts at 70 in August 2017, so a campaign can follow: a 15% chance.
    expect(cluster?.expected).toContain(
      'Launches: 1–2 × medium/intermediate range (into the sea) (15% chance)',
    );
    const pause = whyOption(s, 'nk.pause', { game: createGame(s, 1) });
    expect(pause.steps.flatMap((st) => st.expected ?? []).join(' ')).not.toMatch(/Launches:/);
  });

  it('the causal story ranks the chains that moved the most', () => {
    const game = playGame(s, { seed: 6 });
    const story = causalStory(s, game);
    expect(story.length).toBe(5);
    for (let i = 1; i < story.length; i++)
      expect(story[i - 1]?.weight).toBeGreaterThanOrEqual(story[i]?.weight ?? 0);
    expect(story[0]?.chain.steps.length).toBeGreaterThan(0);
  });
});
