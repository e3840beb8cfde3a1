/**
 * A chart picture that stands alone, as SVG markup: what the view shows (a
 * headline and the result's sentence), the chart, the legend with seats, and
 * a footer with the source, the date and the credit, with margins all round.
 * What a newsroom can publish as is, and what a link preview shows. Pure: the
 * caller hands in the chart's own drawing and the texts in the reader's
 * language.
 *
 *   ┌ accent (a party's view) ─────────────┐
 *   │ Headline                             │
 *   │ The result's sentence                │
 *   │            (the chart)               │  ← as tall as its width gives (page),
 *   │ ● Liberal 169  ● Bloc 22  ● NDP 7 …  │    or what the format leaves, centred
 *   │ Source: … · date            Credit   │
 *   └──────────────────────────────────────┘
 */
import { escapeMarkup } from './escapeMarkup.ts';
export type PictureFormat = 'page' | 'square' | 'wide' | 'preview';

interface FormatSize {
  /** Fixed size in pixels; a `page` picture is as wide as asked and as tall as its content. */
  size?: { width: number; height: number };
  /** Text and margins scale with the picture: a social picture is seen small. */
  scale: number;
  /** Pixels per unit of the PNG: a page picture doubles for sharp text; the social ones are their named size. */
  pngScale: number;
}

export const PICTURE_FORMATS: Readonly<Record<PictureFormat, FormatSize>> = {
  page: { scale: 1, pngScale: 2 },
  square: { size: { width: 1080, height: 1080 }, scale: 1.8, pngScale: 1 },
  wide: { size: { width: 1200, height: 675 }, scale: 1.4, pngScale: 1 },
  // Link previews (og:image): the size the big cards of social sites and messengers show.
  preview: { size: { width: 1200, height: 630 }, scale: 1.4, pngScale: 1 },
};

/**
 * A chart as a picture draws it: its `viewBox`, and its inner markup for a given drawn width in pixels at a
 * type scale (the text on a chart is laid out per class of width, and a line keeps its weight).
 */
export interface ChartDrawing {
  viewBox: string;
  draw: (widthPx: number, scale: number) => string;
}

export interface PictureInput {
  format: PictureFormat;
  /** Width of a `page` picture, in CSS pixels (the other formats have their own). */
  width?: number;
  chart: ChartDrawing;
  headline: string;
  summary: string;
  /** Each entry's dot in its colour; `empty`: a ring in the muted colour (seats with no member). */
  legend: readonly { label: string; seats: string; color: string; empty?: boolean }[];
  /** What the legend's seats count when not each party's total, e.g. "Seats in Quebec": it leads the legend. */
  legendCaption?: string | undefined;
  /** What a mark means beyond its party's colour (a dot on a seat that changed hands), under the legend. */
  note?: string | undefined;
  source: string;
  credit: string;
  /** A stripe across the top in this colour: the party a view is about. */
  accent?: string | undefined;
  /** Colours of the current theme; no background: transparent. */
  colors: { background?: string | undefined; ink: string; muted: string };
  fontFamily: string;
}

/** Room round everything at scale 1, in CSS pixels. */
export const PICTURE_MARGIN = 24;
const HEADLINE_PX = 22;
const SUMMARY_PX = 14;
const LEGEND_PX = 13;
const FOOTER_PX = 12;
const ACCENT_PX = 5;

const round = (n: number) => Math.round(n * 10) / 10;

/** A text's width, estimated from its length (no font metrics outside a browser): generous, so nothing overlaps. */
const textWidth = (text: string, px: number) => text.length * px * 0.6;

/** Words in lines no wider than `max` pixels; a last line of one word takes another from the line above. */
export function wrap(text: string, px: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, px) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const [before, last] = [lines.at(-2)?.split(' '), lines.at(-1)];
  if (before && before.length > 2 && last !== undefined && !last.includes(' ')) {
    const moved = `${before.pop()} ${last}`;
    if (textWidth(moved, px) <= max) lines.splice(-2, 2, before.join(' '), moved);
  }
  return lines;
}

export function pictureSvg(input: PictureInput): string {
  const { chart, colors } = input;
  const { scale, size } = PICTURE_FORMATS[input.format];
  const width = size?.width ?? input.width ?? 600;
  const margin = PICTURE_MARGIN * scale;
  const inner = width - 2 * margin;
  const [headlinePx, summaryPx, legendPx, footerPx] = [HEADLINE_PX, SUMMARY_PX, LEGEND_PX, FOOTER_PX].map((px) => px * scale) as [
    number,
    number,
    number,
    number,
  ];
  const text = (x: number, y: number, line: string, px: number, fill: string, extra = '') =>
    `<text x="${round(x)}" y="${round(y)}" font-size="${round(px)}" fill="${fill}"${extra}>${escapeMarkup(line)}</text>`;

  // Top: the headline and the sentence.
  const top: string[] = [];
  let y = margin + (input.accent ? ACCENT_PX * scale : 0);
  for (const line of wrap(input.headline, headlinePx, inner)) {
    y += headlinePx * 1.2;
    top.push(text(margin, y, line, headlinePx, colors.ink, ' font-weight="700"'));
  }
  y += 4 * scale;
  for (const line of wrap(input.summary, summaryPx, inner)) {
    y += summaryPx * 1.4;
    top.push(text(margin, y, line, summaryPx, colors.ink));
  }
  const chartTop = y + 12 * scale;

  // Bottom, laid out from the chart's foot (0) down: the legend, left to right and wrapping, then the footer.
  const bottom: ((dy: number) => string)[] = [];
  let x = margin;
  let by = 16 * scale + legendPx;
  if (input.legendCaption) {
    const caption = input.legendCaption;
    bottom.push((dy) => text(margin, dy + 16 * scale + legendPx, caption, legendPx, colors.muted));
    x += textWidth(caption, legendPx) + 16 * scale;
  }
  for (const entry of input.legend) {
    const w = legendPx + 6 * scale + textWidth(`${entry.label} ${entry.seats}`, legendPx) + 16 * scale;
    if (x > margin && x + w > width - margin) {
      x = margin;
      by += legendPx * 1.8;
    }
    const [ex, ey] = [x, by];
    bottom.push(
      (dy) =>
        (entry.empty
          ? `<circle cx="${round(ex + legendPx / 2)}" cy="${round(dy + ey - legendPx / 2 + scale)}" r="${round(legendPx / 2 - scale)}" fill="none" stroke="${colors.muted}" stroke-width="${round(1.5 * scale)}"/>`
          : `<circle cx="${round(ex + legendPx / 2)}" cy="${round(dy + ey - legendPx / 2 + scale)}" r="${round(legendPx / 2)}" fill="${entry.color}"/>`) +
        `<text x="${round(ex + legendPx + 6 * scale)}" y="${round(dy + ey)}" font-size="${round(legendPx)}" fill="${colors.ink}">${escapeMarkup(entry.label)} <tspan font-weight="700">${escapeMarkup(entry.seats)}</tspan></text>`,
    );
    x += w;
  }
  // What the chart's other marks mean, as the page says it beside the chart.
  for (const line of input.note ? wrap(input.note, legendPx, inner) : []) {
    by += legendPx * 1.6;
    const ny = by;
    bottom.push((dy) => text(margin, dy + ny, line, legendPx, colors.muted));
  }
  // The source on the left, in as many lines as it takes, the credit on the right (under it when both do not fit).
  by += 12 * scale + footerPx * 1.6;
  const sourceLines = wrap(input.source, footerPx, inner);
  sourceLines.forEach((line, i) => {
    const ly = by + i * footerPx * 1.5;
    bottom.push((dy) => text(margin, dy + ly, line, footerPx, colors.muted));
  });
  by += (sourceLines.length - 1) * footerPx * 1.5;
  if (textWidth(sourceLines.at(-1) ?? '', footerPx) + textWidth(input.credit, footerPx) + 24 * scale > inner) by += footerPx * 1.5;
  const creditY = by;
  bottom.push((dy) => text(width - margin, dy + creditY, input.credit, footerPx, colors.muted, ' text-anchor="end"'));
  const bottomHeight = by + margin;

  // The chart between them: as wide as the margins allow, or as tall as a fixed size leaves, centred.
  const [, , vbWidth = 1, vbHeight = 1] = chart.viewBox.split(/\s+/).map(Number);
  const room = size ? size.height - bottomHeight - chartTop : Number.POSITIVE_INFINITY;
  const chartWidth = round(Math.min(inner, (room * vbWidth) / vbHeight));
  const chartHeight = (chartWidth * vbHeight) / vbWidth;
  const height = size?.height ?? Math.ceil(chartTop + chartHeight + bottomHeight);
  const chartFoot = size ? chartTop + room : chartTop + chartHeight;
  const chartY = size ? chartTop + (room - chartHeight) / 2 : chartTop;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeMarkup(input.fontFamily)}">`,
    colors.background ? `<rect width="${width}" height="${height}" fill="${colors.background}"/>` : '',
    input.accent ? `<rect width="${width}" height="${round(ACCENT_PX * scale)}" fill="${input.accent}"/>` : '',
    ...top,
    `<svg x="${round(margin + (inner - chartWidth) / 2)}" y="${round(chartY)}" width="${round(chartWidth)}" height="${round(chartHeight)}" viewBox="${chart.viewBox}">`,
    chart.draw(chartWidth, scale),
    `</svg>`,
    ...bottom.map((part) => part(chartFoot)),
    `</svg>`,
  ].join('');
}
