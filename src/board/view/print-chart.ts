// The indicators over time as a static SVG for paper: a canvas chart may not print, and twelve
// lines in one frame cannot be told apart in black and white. So: one small frame per
// indicator (0–100), its start and end values written, and the rounds with launches (▲) or an
// offer of talks (●) marked under every frame.
import { t } from '../../i18n/messages';
import type { DebriefExport } from './debrief-json';

/** One small frame: an indicator's values from the start through every round played. */
export interface ChartPanel {
  label: string;
  values: number[];
}

/** Everything the printed chart draws. */
export interface PrintChartData {
  panels: ChartPanel[];
  /** Launch events per round played (index 0 is round 1). */
  launches: number[];
  /** Rounds (1-based) in which Washington offered talks. */
  talks: number[];
}

/** The chart's data from an exported debrief; `talks` from the options' tags. */
export function printChartData(d: DebriefExport, talkRounds: number[]): PrintChartData {
  return {
    panels: d.indicators.map((i) => ({
      label: i.label,
      values: [i.start, ...d.rounds.map((r) => r.indicators[i.id])],
    })),
    launches: d.rounds.map((r) => r.launches.length),
    talks: talkRounds,
  };
}

const COLUMNS = 4;
const PANEL_W = 180;
const PANEL_H = 118;
const PLOT = { left: 26, right: 168, top: 22, bottom: 86 };

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const fixed = (n: number) => String(Math.round(n * 10) / 10);

/** A label's width in Latin letters: a Japanese or Korean character takes about two. */
function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** Where round `i` (0: the start) sits across a frame with `points` points. */
function xAt(i: number, points: number): number {
  const span = PLOT.right - PLOT.left;
  return PLOT.left + (points <= 1 ? span / 2 : (i * span) / (points - 1));
}

function yAt(value: number): number {
  return PLOT.bottom - (Math.max(0, Math.min(100, value)) / 100) * (PLOT.bottom - PLOT.top);
}

function panelSvg(panel: ChartPanel, data: PrintChartData, x: number, y: number): string {
  const n = panel.values.length;
  const points = panel.values.map((v, i) => `${fixed(xAt(i, n))},${fixed(yAt(v))}`).join(' ');
  const grid = [0, 50, 100]
    .map(
      (v) =>
        `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fixed(yAt(v))}" y2="${fixed(yAt(v))}" class="grid"/>` +
        `<text x="${PLOT.left - 3}" y="${fixed(yAt(v) + 3)}" class="tick" text-anchor="end">${v}</text>`,
    )
    .join('');
  const dots = panel.values
    .map((v, i) => `<circle cx="${fixed(xAt(i, n))}" cy="${fixed(yAt(v))}" r="1.8"/>`)
    .join('');
  const first = panel.values[0] ?? 0;
  const last = panel.values.at(-1) ?? 0;
  const ends =
    `<text x="${fixed(xAt(0, n))}" y="${fixed(yAt(first) - 4)}" class="value">${first}</text>` +
    (n > 1
      ? `<text x="${fixed(xAt(n - 1, n))}" y="${fixed(yAt(last) - 4)}" class="value" text-anchor="end">${last}</text>`
      : '');
  const marks = data.launches
    .map((count, i) =>
      count > 0
        ? `<text x="${fixed(xAt(i + 1, n))}" y="${PLOT.bottom + 11}" class="mark" text-anchor="middle">▲</text>`
        : '',
    )
    .join('');
  const talks = data.talks
    .map(
      (round) =>
        `<text x="${fixed(xAt(round, n))}" y="${PLOT.bottom + 21}" class="mark" text-anchor="middle">●</text>`,
    )
    .join('');
  // A long label is squeezed to the frame's width rather than cut off by the next frame.
  const fit =
    labelWidth(panel.label) > 30
      ? ` textLength="${PANEL_W - 10}" lengthAdjust="spacingAndGlyphs"`
      : '';
  const start = escapeXml(t('debrief.chart.start'));
  const end = escapeXml(t('debrief.chart.round', { round: n - 1 }));
  const rounds = `<text x="${PLOT.left}" y="${PLOT.bottom + 30}" class="tick">${start}</text><text x="${PLOT.right}" y="${PLOT.bottom + 30}" class="tick" text-anchor="end">${end}</text>`;
  const aria = t('debrief.chart.aria', { indicator: panel.label, from: first, to: last });
  return (
    `<g transform="translate(${x},${y})" role="img" aria-label="${escapeXml(aria)}">` +
    `<text x="2" y="11" class="title"${fit}>${escapeXml(panel.label)}</text>${grid}` +
    `<polyline points="${points}" class="line"/>${dots}${ends}${marks}${talks}${rounds}</g>`
  );
}

/** The whole chart as SVG markup (black on white, sized by its viewBox to the page's width). */
export function printChartSvg(data: PrintChartData): string {
  const rows = Math.ceil(data.panels.length / COLUMNS);
  const width = COLUMNS * PANEL_W;
  const height = rows * PANEL_H;
  const panels = data.panels
    .map((p, i) => panelSvg(p, data, (i % COLUMNS) * PANEL_W, Math.floor(i / COLUMNS) * PANEL_H))
    .join('');
  const style =
    '<style>.title{font:bold 10px sans-serif}.tick{font:7px sans-serif}.value{font:8px sans-serif}' +
    '.mark{font:8px sans-serif}.grid{stroke:#999;stroke-width:.5}' +
    '.line{fill:none;stroke:#000;stroke-width:1.4}circle{fill:#000}</style>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" class="print-chart-svg">${style}${panels}</svg>`;
}
