import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { compareChartSvg } from '../../src/board/dom/branch-compare';
import {
  indicatorChartOptions,
  indicatorChartSvg,
  indicatorLines,
} from '../../src/board/dom/indicator-series';
import { DEFAULT_FOCUS, LINE_STYLES, roundTicks } from '../../src/dom/chart-style';
import { lineChartSvg } from '../../src/dom/line-chart-svg';
import { percentAxis, roundAxis, roundScales } from '../../src/dom/uplot-axes';
import { playGame } from '../../src/model/game';
import { INDICATORS } from '../../src/model/ids';
import { scenario } from '../helpers';

const aug = scenario();
const game = playGame(aug, { seed: 3 });
const fakePlot = {} as uPlot;

/** Text content of every <text> element in an SVG string. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&amp;/g, '&'),
  );

describe('line styles', () => {
  it('give the twelve indicators twelve colours and twelve dash patterns', () => {
    const styles = indicatorLines().map((l) => l.style);
    expect(styles).toHaveLength(INDICATORS.length);
    expect(new Set(styles.map((s) => s.colour.toLowerCase())).size).toBe(12);
    expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(12);
    expect(LINE_STYLES).toHaveLength(12);
  });

  it('name every line for real, never "--"', () => {
    for (const line of indicatorLines()) {
      expect(line.label.trim().length).toBeGreaterThan(3);
      expect(line.label).not.toMatch(/^-+$/);
    }
  });
});

describe('axes over the rounds', () => {
  it.each([
    [0, 12, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [-0.4, 3.7, [0, 1, 2, 3]],
    [0, 1, [0, 1]],
    [0, 24, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]],
  ])('tick whole rounds only between %d and %d', (min, max, expected) => {
    expect(roundTicks(min, max)).toEqual(expected);
    const splits = roundAxis().splits as (u: uPlot, i: number, a: number, b: number) => number[];
    expect(splits(fakePlot, 0, min, max)).toEqual(expected);
  });

  it('label the x axis "Round" with "Start" at 0, and the y axis 0–100 every 25', () => {
    const x = roundAxis();
    expect(x.label).toBe('Round');
    const values = x.values as (u: uPlot, s: number[]) => string[];
    expect(values(fakePlot, [0, 1, 2])).toEqual(['Start', '1', '2']);
    const y = percentAxis();
    expect((y.splits as () => number[])()).toEqual([0, 25, 50, 75, 100]);
    expect(roundScales(7)).toEqual({
      x: { time: false, range: [0, 7] },
      y: { range: [0, 100] },
    });
  });
});

describe('the debrief chart', () => {
  const options = indicatorChartOptions(game.history.length, 900);

  it('keeps uPlot’s legend off the plot, names each series and styles each its own way', () => {
    expect(options.legend?.show).toBe(false);
    const series = options.series.slice(1);
    expect(series.map((s) => s.label)).toEqual(
      INDICATORS.map((_, i) => indicatorLines()[i]?.label),
    );
    const looks = series.map((s) => `${s.stroke} ${(s.dash ?? []).join(',')}`);
    expect(new Set(looks).size).toBe(12);
    expect(options.axes?.[0]?.label).toBe('Round');
    expect(options.axes?.[1]?.label).not.toMatch(/over time|crisis/i);
  });

  it('prints as an SVG with the same lines, whole-round ticks and a legend of real names', () => {
    const svg = indicatorChartSvg(aug, game, { width: 720 });
    expect(svg.startsWith('<svg')).toBe(true);
    const labels = texts(svg);
    for (const line of indicatorLines()) expect(labels).toContain(line.label);
    const ticks = [
      'Start',
      ...Array.from({ length: game.history.length }, (_, i) => String(i + 1)),
    ];
    for (const tick of ticks) expect(labels).toContain(tick);
    expect(labels).toContain('Round');
    expect(labels.filter((t) => /^\d+\.\d+$/.test(t ?? ''))).toEqual([]);
    expect(labels).not.toContain('--');
    const dashes = new Set(
      [...svg.matchAll(/<path [^>]*>/g)].map(
        (m) => /stroke-dasharray="([^"]*)"/.exec(m[0])?.[1] ?? 'solid',
      ),
    );
    expect(dashes.size).toBe(12); // eleven dash patterns and one solid line
  });

  it('draws lines out of focus faint in print, when asked', () => {
    const svg = indicatorChartSvg(aug, game, { focus: DEFAULT_FOCUS });
    const faint = [...svg.matchAll(/<path [^>]*stroke-opacity="0.3"/g)];
    expect(faint).toHaveLength(INDICATORS.length - DEFAULT_FOCUS.length);
  });
});

describe('a static chart', () => {
  it('escapes its text and breaks a line where a value is missing', () => {
    const svg = lineChartSvg({
      title: 'A <b> & "c"',
      rounds: [0, 1, 2, 3],
      width: 300,
      height: 150,
      lines: [{ label: 'x < y', values: [10, null, 30, 40], style: { colour: '#000', dash: [] } }],
    });
    expect(svg).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(svg).toContain('>x &lt; y</text>');
    const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('compares the original and the branch in one small chart, solid against dashed', () => {
    const branch = playGame(aug, { seed: 4 });
    const svg = compareChartSvg(aug, game, branch, 'regionalTension');
    const paths = [...svg.matchAll(/<path [^>]*>/g)].map((m) => m[0]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toContain('stroke-dasharray');
    expect(paths[1]).toContain('stroke-dasharray');
    expect(svg).toContain('Regional tension');
  });
});
