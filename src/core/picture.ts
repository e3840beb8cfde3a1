/**
 * A chart picture that stands alone, as SVG markup: what the view shows (a
 * headline and the result's sentence), the chart, the legend with seats, and
 * a footer with the source, the date and the credit, with margins all round.
 * What a newsroom can publish as is. Pure: the caller hands in the chart's
 * own drawing (styled, from the page) and the texts in the reader's language.
 *
 *   ┌ margin ─────────────────────────────┐
 *   │ Headline                             │
 *   │ The result's sentence                │
 *   │            (the chart)               │
 *   │ ● Liberal 169  ● Bloc 22  ● NDP 7 …  │  ← wraps to the width
 *   │ Source: … · date            Credit   │
 *   └──────────────────────────────────────┘
 */
export interface PictureInput {
  /** Width of the picture in CSS pixels (a PNG doubles it). */
  width: number;
  /** The chart: its inner markup, in the units of its `viewBox`. */
  chart: { markup: string; viewBox: string };
  headline: string;
  summary: string;
  legend: readonly { label: string; seats: string; color: string }[];
  source: string;
  credit: string;
  /** Colours of the current theme; no background: transparent. */
  colors: { background?: string | undefined; ink: string; muted: string };
  fontFamily: string;
}

/** Room round everything, in CSS pixels. */
export const PICTURE_MARGIN = 24;
const MARGIN = PICTURE_MARGIN;
const HEADLINE_PX = 22;
const SUMMARY_PX = 14;
const LEGEND_PX = 13;
const FOOTER_PX = 12;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text's width, estimated from its length (no font metrics outside a browser): generous, so nothing overlaps. */
export const textWidth = (text: string, px: number) => text.length * px * 0.6;

/** Words in lines no wider than `max` pixels. */
export function wrap(text: string, px: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, px) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function pictureSvg(input: PictureInput): string {
  const { width, chart, colors } = input;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  const text = (x: number, line: string, px: number, fill: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${px}" fill="${fill}"${extra}>${escapeXml(line)}</text>`;

  for (const line of wrap(input.headline, HEADLINE_PX, inner)) {
    y += HEADLINE_PX * 1.2;
    parts.push(text(MARGIN, line, HEADLINE_PX, colors.ink, ' font-weight="700"'));
  }
  y += 4;
  for (const line of wrap(input.summary, SUMMARY_PX, inner)) {
    y += SUMMARY_PX * 1.4;
    parts.push(text(MARGIN, line, SUMMARY_PX, colors.ink));
  }
  y += 12;

  const [, , vbWidth = 1, vbHeight = 1] = chart.viewBox.split(/\s+/).map(Number);
  const chartHeight = Math.round((inner * vbHeight) / vbWidth);
  parts.push(`<svg x="${MARGIN}" y="${y}" width="${inner}" height="${chartHeight}" viewBox="${chart.viewBox}">${chart.markup}</svg>`);
  y += chartHeight + 16;

  // The legend, left to right, wrapping: a dot, the party, its seats.
  let x = MARGIN;
  y += LEGEND_PX;
  for (const entry of input.legend) {
    const label = `${entry.label} ${entry.seats}`;
    const w = LEGEND_PX + 6 + textWidth(label, LEGEND_PX) + 16;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      y += LEGEND_PX * 1.8;
    }
    parts.push(`<circle cx="${x + LEGEND_PX / 2}" cy="${y - LEGEND_PX / 2 + 1}" r="${LEGEND_PX / 2}" fill="${entry.color}"/>`);
    parts.push(
      `<text x="${x + LEGEND_PX + 6}" y="${y}" font-size="${LEGEND_PX}" fill="${colors.ink}">${escapeXml(entry.label)} <tspan font-weight="700">${escapeXml(entry.seats)}</tspan></text>`,
    );
    x += w;
  }
  y += 12;

  // The footer: the source on the left, the credit on the right (under it when both do not fit).
  y += FOOTER_PX * 1.6;
  parts.push(text(MARGIN, input.source, FOOTER_PX, colors.muted));
  if (textWidth(input.source, FOOTER_PX) + textWidth(input.credit, FOOTER_PX) + 24 > inner) y += FOOTER_PX * 1.5;
  parts.push(text(width - MARGIN, input.credit, FOOTER_PX, colors.muted, ' text-anchor="end"'));
  const height = Math.ceil(y + MARGIN);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">`,
    colors.background ? `<rect width="${width}" height="${height}" fill="${colors.background}"/>` : '',
    ...parts,
    `</svg>`,
  ].join('');
}
