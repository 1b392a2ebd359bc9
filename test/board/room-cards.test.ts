import { describe, expect, it } from 'vitest';
import { scoreNow } from '../../src/board/dom/objectives';
import { cards, netEffects } from '../../src/board/view/board-view';
import { scoreCapitals } from '../../src/model/end';
import type { ForecastItem } from '../../src/model/forecast';
import { CAPITALS } from '../../src/model/ids';
import { INDICATOR_DOCS } from '../../src/model/indicators';
import { scenario } from '../helpers';
import { twoTeamsDeciding } from '../machines/hosted';

const s = scenario();
const item = (over: Partial<ForecastItem>): ForecastItem => ({
  indicator: 'regionalTension',
  min: 1,
  max: 2,
  source: { kind: 'option' },
  claims: ['c1'],
  ...over,
});

describe('a compact card adds up its forecast per indicator', () => {
  it('sums what is sure, and counts a chance from nothing to its full effect', () => {
    const net = netEffects([
      item({ min: 1, max: 2 }),
      item({ min: -4, max: -2 }),
      item({ indicator: 'accidentRisk', min: 3, max: 5, probability: 0.4 }),
    ]);
    expect(net).toEqual([
      expect.objectContaining({ short: 'Tension', text: '-3…0', direction: 'down' }),
      expect.objectContaining({ short: 'Clash risk', text: '0…+5', direction: 'up' }),
    ]);
    expect(netEffects([item({ min: -1, max: 4 })])[0]?.direction).toBe('mixed');
    expect(netEffects([item({ min: 2, max: 2 })])[0]?.text).toBe('+2');
  });

  it('marks a net change that rests in part on a designer assumption', () => {
    const [net] = netEffects([
      item({}),
      item({ min: 1, max: 1, claims: [], assumption: 'A design choice' }),
    ]);
    expect(net?.assumption).toBe(true);
    expect(netEffects([item({})])[0]?.assumption).toBe(false);
  });

  it('on the board, every indicator of a card appears once, however many rules move it', () => {
    const { game } = twoTeamsDeciding();
    const view = game.view('us');
    for (const c of cards(s, view)) {
      const names = c.net.map((n) => n.short);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(names)).toEqual(
        new Set(
          c.forecast.map(
            (f) => Object.values(INDICATOR_DOCS).find((d) => d.label === f.indicator)?.short,
          ),
        ),
      );
    }
  });

  it('every short indicator name fits a compact card (12 characters at most) and differs from the others', () => {
    const shorts = Object.values(INDICATOR_DOCS).map((d) => d.short);
    for (const short of shorts) expect(short.length).toBeLessThanOrEqual(12);
    expect(new Set(shorts).size).toBe(shorts.length);
  });
});

describe('the running score', () => {
  it('is the score the game would give if it ended now, before any ending’s bonus', () => {
    const { game } = twoTeamsDeciding();
    const state = game.view('facilitator').game;
    const model = scoreCapitals(s, state as never, null);
    for (const c of CAPITALS) expect(scoreNow(s, state, c).score).toBe(model[c]);
  });
});
