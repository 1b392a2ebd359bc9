import { type LineStyle, roundAxisTitle, roundLabel, roundTicks, Y_TICKS } from './chart-style';

/** One line of a static chart: its name (shown in the legend), values per round and style. */
export interface SvgLine {
  label: string;
  /** One value per entry of `rounds`; null leaves a gap. */
  values: (number | null)[];
  style: LineStyle;
  /** Stroke width in px (default 2). */
  width?: number;
  /** Drawn light and thin, behind the others (a line the reader has not chosen). */
  faint?: boolean;
}

/** A mark above the plot at a round (▲ a launch, ● an offer of talks), on one of two rows. */
export interface SvgMark {
  round: number;
  text: string;
  colour: string;
  row: 0 | 1;
}

/** A static chart over the rounds, the same data and styles as the screen's. */
export interface SvgChart {
  /** What the chart shows, for screen readers and as the SVG's title (not drawn on an axis). */
  title: string;
  rounds: number[];
  lines: SvgLine[];
  width: number;
  /** Height of the plot with its axes; the legend (if any) is added below. */
  height: number;
  marks?: SvgMark[];
  /** Draw the legend below the plot (default true). */
  legend?: boolean;
  yLabel?: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
const fixed = (n: number) => (Math.round(n * 10) / 10).toString();
const FONT = 'font-family="sans-serif" font-size="12" fill="#222"';
const LEGEND_ROW = 18;
/** A generous width per character of 12 px sans-serif, so legend entries never overlap. */
const CHAR_WIDTH = 7;
/** The width of a full-width character (kana, kanji, hangul) at 12 px: the whole em. */
const WIDE_CHAR_WIDTH = 12;
const WIDE =
  /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How wide a text is drawn, generously: Latin letters narrow, Japanese and Korean the full em. */
function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return width;
}

/** The legend's columns: as wide as the longest name needs; how many fit, and how tall it is. */
function legendSize(chart: SvgChart) {
  if (chart.legend === false || chart.lines.length === 0) return { perRow: 1, item: 0, height: 0 };
  const longest = Math.max(...chart.lines.map((l) => textWidth(l.label)));
  const item = longest + 48;
  const perRow = Math.max(1, Math.floor((chart.width - 16) / item));
  return { perRow, item, height: Math.ceil(chart.lines.length / perRow) * LEGEND_ROW + 10 };
}

function dashAttr(style: LineStyle): string {
  return style.dash.length > 0 ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
}

/** A line's path through the rounds, broken where a value is missing. */
function path(line: SvgLine, x: (r: number) => number, y: (v: number) => number, rounds: number[]) {
  let d = '';
  let pen = false;
  rounds.forEach((round, i) => {
    const v = line.values[i];
    if (v === null || v === undefined || Number.isNaN(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${fixed(x(round))} ${fixed(y(v))}`;
    pen = true;
  });
  return d;
}

/**
 * A chart over the rounds as an SVG string, for print and for small multiples: whole-round
 * ticks titled "Round", a 0–100 scale ticked every 25, each line in its own colour and dash,
 * and a legend below the plot with every line's name. Text is escaped; nothing is scripted.
 */
export function lineChartSvg(chart: SvgChart): string {
  const marksHeight = chart.marks && chart.marks.length > 0 ? 30 : 0;
  const left = chart.yLabel ? 52 : 36;
  const top = 10 + marksHeight;
  const plotW = Math.max(40, chart.width - left - 14);
  const plotH = Math.max(40, chart.height - top - 38);
  const last = Math.max(1, ...chart.rounds);
  const x = (r: number) => left + (r / last) * plotW;
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const legend = legendSize(chart);
  const total = chart.height + legend.height;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${chart.width}" height="${total}" viewBox="0 0 ${chart.width} ${total}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="${chart.width}" height="${total}" fill="#fff"/>`,
  ];
  for (const v of Y_TICKS) {
    out.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fixed(y(v))}" y2="${fixed(y(v))}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${fixed(y(v) + 4)}" text-anchor="end" ${FONT}>${v}</text>`,
    );
  }
  for (const r of roundTicks(0, last)) {
    out.push(
      `<line x1="${fixed(x(r))}" x2="${fixed(x(r))}" y1="${top + plotH}" y2="${top + plotH + 4}" stroke="#555"/>`,
      `<text x="${fixed(x(r))}" y="${top + plotH + 17}" text-anchor="middle" ${FONT}>${escapeXml(roundLabel(r))}</text>`,
    );
  }
  out.push(
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
    `<text x="${left + plotW / 2}" y="${top + plotH + 33}" text-anchor="middle" ${FONT}>${escapeXml(roundAxisTitle())}</text>`,
  );
  if (chart.yLabel)
    out.push(
      `<text transform="translate(13 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${escapeXml(chart.yLabel)}</text>`,
    );
  const ordered = [...chart.lines.filter((l) => l.faint), ...chart.lines.filter((l) => !l.faint)];
  for (const line of ordered) {
    const d = path(line, x, y, chart.rounds);
    if (!d) continue;
    const width = line.faint ? 1 : (line.width ?? 2);
    const opacity = line.faint ? ' stroke-opacity="0.3"' : '';
    out.push(
      `<path d="${d}" fill="none" stroke="${line.style.colour}" stroke-width="${width}"${dashAttr(line.style)}${opacity} stroke-linejoin="round"/>`,
    );
  }
  for (const mark of chart.marks ?? []) {
    out.push(
      `<text x="${fixed(x(mark.round))}" y="${12 + mark.row * 14}" text-anchor="middle" font-family="sans-serif" font-size="12" fill="${mark.colour}">${escapeXml(mark.text)}</text>`,
    );
  }
  if (legend.height > 0) {
    chart.lines.forEach((line, i) => {
      const lx = 8 + (i % legend.perRow) * legend.item;
      const ly = chart.height + 6 + Math.floor(i / legend.perRow) * LEGEND_ROW;
      const opacity = line.faint ? ' stroke-opacity="0.3"' : '';
      out.push(
        `<line x1="${lx}" x2="${lx + 30}" y1="${ly + 6}" y2="${ly + 6}" stroke="${line.style.colour}" stroke-width="${line.width ?? 2}"${dashAttr(line.style)}${opacity}/>`,
        `<text x="${lx + 36}" y="${ly + 10}" ${FONT}>${escapeXml(line.label)}</text>`,
      );
    });
  }
  out.push('</svg>');
  return out.join('');
}
