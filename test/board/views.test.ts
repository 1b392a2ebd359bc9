import { describe, expect, it } from 'vitest';
import { capitalPanels, cards, feed, gauges } from '../../src/board/view/board-view';
import { causalStory } from '../../src/board/view/story';
import { doctrineWeightsNote, whyDecision, whyEvent, whyIndicator } from '../../src/board/view/why';
import { whyOption } from '../../src/board/view/why-option';
import { playGame } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { createGame } from '../../src/model/state';
import { SEATS } from '../../src/protocol/seat';
import { viewFor } from '../../src/protocol/view';
import { scenario } from '../helpers';
import { twoTeamsDeciding } from '../machines/hosted';

const s = scenario();

const started = twoTeamsDeciding;

describe('board view selectors', () => {
  it('never reveal a committed choice before the reveal', () => {
    const { game, as } = started();
    as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    as('us', { type: 'policy.commit', capital: 'us' });
    for (const seat of ['observer', 'southKorea'] as const) {
      const text = JSON.stringify(capitalPanels(game.view(seat)));
      expect(text).toContain('Decision locked in');
      expect(text).not.toMatch(/show-of-force|Bomber|nk\./);
      // Nor anywhere else in those seats' views (the AI's own choices included).
      expect(JSON.stringify(game.view(seat))).not.toMatch(/show-of-force/);
    }
  });

  it("a team's view never holds another team's uncommitted (or unrevealed) selection", () => {
    const { game, as } = started();
    as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    as('southKorea', { type: 'policy.select', capital: 'southKorea', optionId: 'sk.thaad' });
    const us = game.view('us');
    const sk = game.view('southKorea');
    expect(us.own).toMatchObject({ capital: 'us', open: true, committed: false });
    expect(us.own?.selection?.optionId).toBe('us.show-of-force');
    expect(sk.own?.selection?.optionId).toBe('sk.thaad');
    expect(JSON.stringify(us)).not.toMatch(/sk\.thaad/);
    expect(JSON.stringify(sk)).not.toMatch(/us\.show-of-force/);
    for (const view of [us, sk]) {
      expect(view.visible).toEqual({});
      expect(view.secrets).toBeNull();
      // The AI capitals have decided, and that is all a team learns of it.
      expect(view.capitals).toMatchObject({ northKorea: 'committed', japan: 'committed' });
      expect(view.aiReasoning).toBeNull();
    }
    // Committed, it stays hidden from the other team until the round is resolved.
    as('us', { type: 'policy.commit', capital: 'us' });
    expect(game.view('southKorea').capitals.us).toBe('committed');
    expect(JSON.stringify(game.view('southKorea'))).not.toMatch(/us\.show-of-force/);
    // The facilitator sees every selection; no other seat does.
    expect(game.view('facilitator').secrets?.selections.southKorea?.optionId).toBe('sk.thaad');
    for (const seat of SEATS)
      if (seat !== 'facilitator') expect(game.view(seat).secrets, seat).toBeNull();
  });

  it('an observer sees the public view only: no own turn, no secrets', () => {
    const { game, as } = started();
    as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    const view = game.view('observer');
    expect(view.own).toBeNull();
    expect(view.secrets).toBeNull();
    expect(view.game).not.toHaveProperty('seed');
    expect(view.game).not.toHaveProperty('rng');
    expect(cards(s, view)).toEqual([]);
    expect(game.view('facilitator').own).toBeNull();
    // A view is a pure function of the state and the seat.
    expect(viewFor(game.state(), 'observer')).toEqual(view);
    for (const capital of CAPITALS) expect(game.view(capital).own?.capital).toBe(capital);
  });

  it('show closed options greyed with the reason, and forecasts on open ones', () => {
    const { game } = started();
    const list = cards(s, game.view('southKorea'));
    expect(list.every((c) => c.available || Boolean(c.reason))).toBe(true);
    const thaad = list.find((c) => c.optionId === 'sk.thaad');
    expect(
      thaad?.forecast.some((f) => f.indicator === 'Allied missile defence' && f.direction === 'up'),
    ).toBe(true);
    const usCards = cards(s, game.view('us'));
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
    expect(ai.steps[0]?.assumption).toContain(doctrineWeightsNote());
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
