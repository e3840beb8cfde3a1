/**
 * A hemicycle as a picture draws it (downloads and link previews): the model the page's chart is drawn from
 * (hemicycleModel), painted in a theme's colours by the rules the page's stylesheet is written from
 * (markLooks), for the width and type scale the picture gives it. No page is read: the chart on screen and
 * the picture are two drawings of one model.
 */
import { inkOn } from './contrast.ts';
import { escapeMarkup as escape, tag } from './escapeMarkup.ts';
import type { HemicycleModel } from './hemicycleModel.ts';
import { markLook } from './markLooks.ts';
import type { ChartDrawing } from './picture.ts';
import { seatParty, type PlanSeat } from './seatPlan.ts';
import type { Palette } from './theme.ts';
import { widthClassAt } from './widthClasses.ts';
import { seatStatus } from '../../data/ridingStatus.ts';

/** The majority line's weight, in CSS pixels at scale 1 (the chart's own is 2 px on screen). */
const LINE_PX = 2;

export interface HemicycleMarks {
  /** Seats that stay bright while the others dim; all bright when absent. */
  highlight?: ((seat: PlanSeat) => boolean) | undefined;
  /** A seat ringed (the riding a view is about). */
  marked?: number | undefined;
}

/**
 * The frame widened on its narrower side, so the hemicycle (centred on x = 0) sits in the middle of the
 * picture: on the page the frame hugs a label that overhangs one side, which leaves the arc off-centre.
 */
export function centredViewBox(viewBox: string): string {
  const [minX = 0, minY = 0, width = 1, height = 1] = viewBox.split(/\s+/).map(Number);
  const half = Math.max(-minX, minX + width);
  return `${-half} ${minY} ${2 * half} ${height}`;
}

export function hemicycleDrawing(model: HemicycleModel, { highlight, marked }: HemicycleMarks, palette: Palette): ChartDrawing {
  const { frame, ordered, colors, majority } = model;
  const colorOf = (seat: PlanSeat) => colors.get(seat.party) ?? '#888888';
  const dimmed = (seat: PlanSeat) => highlight !== undefined && !highlight(seat);
  const r = ordered[0]?.r ?? 0;
  const vbWidth = frame.width;
  // Drawn once: every width draws the same marks, only the text and the line's weight change.
  const seats = tag(
    'g',
    { 'stroke-width': r * 0.3 },
    ordered
      .map((seat) => {
        const status = seatStatus(seat.status);
        const look = markLook('seat', { status, dimmed: dimmed(seat) }, palette, colorOf(seat));
        const data = { 'data-seat': seat.index, 'data-party': seatParty(seat), 'data-riding': seat.riding, 'data-status': status };
        return tag('circle', { cx: seat.x, cy: seat.y, r: seat.r, ...data, ...look });
      })
      .join(''),
  );
  const flips = model.flipMarks
    ? ordered
        .filter((seat) => seat.flipped)
        .map((seat) => {
          const look = markLook('dot', { dimmed: dimmed(seat) }, palette, colorOf(seat));
          return tag('circle', { cx: seat.x, cy: seat.y, r: seat.r * 0.42, fill: inkOn(colorOf(seat)), ...look });
        })
        .join('')
    : '';
  const ringed = marked === undefined ? undefined : model.seats[marked];
  const ring = ringed
    ? tag('circle', { cx: ringed.x, cy: ringed.y, r: ringed.r * 1.9, 'stroke-width': ringed.r * 0.45, fill: 'none', stroke: palette.text })
    : '';
  const points = majority.line.points.map((p) => p.join(',')).join(' ');
  return {
    // Centred on the arc's middle; seats on benches as drawn.
    viewBox: model.benches ? frame.viewBox : centredViewBox(frame.viewBox),
    draw(widthPx, scale) {
      const shown = model.classes.find((c) => c.name === widthClassAt(widthPx / scale).name)!;
      const line = tag('polyline', {
        points,
        fill: 'none',
        stroke: palette.majority,
        'stroke-width': (LINE_PX * scale * vbWidth) / widthPx,
      });
      const figure = tag(
        'text',
        { ...at(shown.figure), 'text-anchor': 'middle', fill: palette.text, 'font-weight': 700 },
        escape(majority.figure),
      );
      const caption = tag('text', { ...at(shown.caption), 'text-anchor': 'middle', fill: palette.muted }, escape(majority.caption));
      const labels = shown.wedges.map((label) =>
        tag(
          'text',
          // The box's top plus the ascent, as on the page (WedgeLabels).
          { x: label.x, y: label.y + shown.fontSize * 0.95, 'text-anchor': label.anchor },
          label.parts.map((part) => tag('tspan', { 'font-weight': part.strong ? 700 : undefined }, escape(part.text))).join(''),
        ),
      );
      return [
        seats,
        flips,
        ring,
        tag('g', { 'data-majority': majority.figure }, line + figure + caption),
        labels.length > 0 ? tag('g', { 'font-size': shown.fontSize, fill: palette.text }, labels.join('')) : '',
      ].join('');
    },
  };
}

const at = (text: { x: number; y: number; fontSize: number }) => ({ x: text.x, y: text.y, 'font-size': text.fontSize });
