import { describe, expect, it } from 'vitest';
import { forecastLines } from '../../src/board/view/board-view';
import { debriefJson } from '../../src/board/view/debrief-json';
import {
  decisionEvidence,
  paragraphRefs,
  playedDates,
  sourceLine,
} from '../../src/board/view/handin-words';
import { printChartData, printChartSvg } from '../../src/board/view/print-chart';
import { forecastText, startingPack, teamPack } from '../../src/board/view/team-pack';
import { decideRound, playGame, playRound } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { optionsFor } from '../../src/model/options';
import { createGame } from '../../src/model/state';
import type { GameSetup } from '../../src/protocol/setup';
import { scenario } from '../helpers';

const SETUP: GameSetup = {
  seed: 4,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
};

describe('the hand-in’s citations and dates', () => {
  const s = scenario('aug-2017-overflight');

  it('names a source in full: number, title, byline where its text gives one, the events it reports', () => {
    const with002 = sourceLine({ id: '002', ...s.sourceIndex['002'] } as never);
    expect(with002).toBe(
      `002 — “${s.sourceIndex['002']?.title}”. By ${s.sourceIndex['002']?.byline}. Reports on: ${s.sourceIndex['002']?.events}.`,
    );
    expect(sourceLine({ id: '001', title: 'T', events: '' })).toBe('001 — “T”.');
  });

  it('groups paragraph references by source, each source’s title once, no paragraph twice', () => {
    const sources = [
      { id: '001', title: 'One', events: '' },
      { id: '002', title: 'Two', events: '' },
    ];
    expect(paragraphRefs(['001:7', '002:5', '001:13', '001:7'], sources)).toBe(
      '001:7, 001:13 (“One”); 002:5 (“Two”)',
    );
  });

  it('gives the dates the game covered, ending where its calendar had reached', () => {
    const start = createGame(s, 2);
    const one = playRound(s, start, decideRound(s, start, 'sealed'));
    const two = playRound(s, one, decideRound(s, one, 'sealed'));
    expect(playedDates(s, two)).toBe('29 Aug 2017 to 28 Oct 2017 — 2 of 12 rounds of 30 days');
  });

  it('lists each option played once per capital, with its rounds and the claims its card rests on', () => {
    const game = playGame(s, { seed: SETUP.seed });
    const d = debriefJson(s, SETUP, game);
    const evidence = decisionEvidence(s, d);
    for (const record of game.history)
      for (const capital of CAPITALS) {
        const entry = evidence.find(
          (e) =>
            e.capital === capital &&
            e.label === s.optionIndex[record.decisions[capital].optionId]?.label,
        );
        expect(entry?.rounds).toContain(record.round);
        const option = s.optionIndex[record.decisions[capital].optionId];
        expect(entry?.claims.map((c) => c.id)).toEqual(option?.claims);
        expect(entry?.assumption).toBe(option?.assumption);
      }
    const played = new Set(
      game.history.flatMap((r) => CAPITALS.map((c) => `${c}:${r.decisions[c].optionId}`)),
    );
    expect(evidence).toHaveLength(played.size);
    // Every source those claims cite is in the debrief's list of sources.
    const cited = new Set(
      evidence.flatMap((e) => e.claims.flatMap((c) => c.paragraphs)).map((p) => p.slice(0, 3)),
    );
    for (const id of cited) expect(d.sources.map((x) => x.id)).toContain(id);
  });
});

describe('the printed chart', () => {
  const s = scenario('mar-2017-salvo');
  const game = playGame(s, { seed: 7 });
  const d = debriefJson(s, SETUP, game);
  const data = printChartData(d, [2]);

  it('draws one frame per indicator, from its start through every round played', () => {
    expect(data.panels).toHaveLength(d.indicators.length);
    data.panels.forEach((p, i) => {
      const id = d.indicators[i]?.id;
      expect(p.values).toEqual([
        d.indicators[i]?.start,
        ...game.history.map((r) => id && r.indicators[id]),
      ]);
    });
    const svg = printChartSvg(data);
    expect(svg.match(/<polyline /g)).toHaveLength(d.indicators.length);
    const first = svg.match(/<polyline points="([^"]+)"/)?.[1]?.split(' ') ?? [];
    expect(first).toHaveLength(game.history.length + 1);
  });

  it('marks every round with a launch under every frame, and the talks', () => {
    const svg = printChartSvg(data);
    const launchRounds = d.rounds.filter((r) => r.launches.length > 0).length;
    expect(svg.split('>▲<').length - 1).toBe(launchRounds * d.indicators.length);
    expect(svg.split('>●<').length - 1).toBe(d.indicators.length);
  });

  it('escapes what it writes as text', () => {
    const svg = printChartSvg({
      panels: [{ label: 'A <b> & "c"', values: [1, 2] }],
      launches: [0],
      talks: [],
    });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<b>');
  });
});

describe('the team packs', () => {
  it.each(['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'])(
    'give every capital of %s its brief, objectives, endings and every option card as the game shows it',
    (id) => {
      const s = scenario(id);
      const pack = startingPack(s, 'balanced', {
        labels: { teams: { us: 'Team Washington' } },
        controllers: { us: 'human', japan: 'ai' },
      });
      const start = createGame(s, 0);
      expect(pack.round).toBe(1);
      expect(pack.capitals.map((c) => c.capital)).toEqual([...CAPITALS]);
      expect(pack.capitals.find((c) => c.capital === 'us')?.team).toBe('Team Washington');
      expect(pack.capitals.find((c) => c.capital === 'japan')?.controller).toBe('ai');
      for (const c of pack.capitals) {
        expect(c.roleBrief).toBe(s.capitals[c.capital].roleBrief);
        expect(c.objectives.map((o) => [o.label, o.weight, o.want])).toEqual(
          s.capitals[c.capital].objectives.map((o) => [o.label, o.weight, o.want]),
        );
        const views = optionsFor(s, start, c.capital);
        expect(c.options.map((o) => o.label)).toEqual(views.map((v) => v.option.label));
        c.options.forEach((o, i) => {
          const view = views[i];
          expect(o.cost).toBe(view?.option.cost);
          if (view?.available) {
            expect(o.closed).toBeNull();
            expect(o.forecast).toEqual(forecastLines(s, start, c.capital, view.option.id));
          } else expect(o.closed).toBe(view?.reason ?? 'Not available now.');
        });
        for (const e of c.endings)
          expect(s.outcomes.find((o) => o.title === e.title)?.scores?.[c.capital]).toBe(e.bonus);
      }
      // At least one card is closed at the start and says why (e.g. the ICBM test).
      expect(pack.capitals.some((c) => c.options.some((o) => o.closed))).toBe(true);
    },
  );

  it('follows the lens and the round the game is in', () => {
    const s = scenario('aug-2017-overflight');
    const balanced = startingPack(s, 'balanced');
    const firm = startingPack(s, 'deterrence');
    expect(firm.lens).not.toBe(balanced.lens);
    const start = createGame(s, 3);
    const later = playRound(s, start, decideRound(s, start, 'sealed'));
    const pack = teamPack(s, later);
    expect(pack.round).toBe(2);
    expect(pack.date).toBe('28 Sept 2017');
    const us = pack.capitals.find((c) => c.capital === 'us');
    expect(us?.objectives.map((o) => o.now)).toEqual(
      s.capitals.us.objectives.map((o) => later.indicators[o.indicator]),
    );
  });

  it('writes a forecast as the card does', () => {
    expect(
      forecastText({
        indicator: 'Regional tension',
        short: 'Tension',
        text: '+2 to +4',
        direction: 'up',
        chance: '30% chance',
        assumption: true,
      }),
    ).toBe('▲ Regional tension +2 to +4 (30% chance) · designer assumption');
    expect(
      forecastText({
        indicator: 'Diplomatic channel',
        short: 'Talks',
        text: '-3',
        direction: 'down',
        assumption: false,
      }),
    ).toBe('▼ Diplomatic channel -3');
  });
});
