/**
 * The riding map as a picture draws it (a download of `/map`, its link preview): the shapes the page's map is
 * drawn from (mapShapes) in the looks of the view (ridingLooks), painted in a theme's colours by the rules the
 * page's stylesheet is written from (core/picture/markLooks). No page is read.
 */
import { escapeMarkup, tag } from '../../core/picture/escapeMarkup.ts';
import { markLook } from '../../core/picture/markLooks.ts';
import type { ChartDrawing } from '../../core/picture/picture.ts';
import type { Palette } from '../../core/picture/theme.ts';
import { seatStatus } from '../../data/ridingStatus.ts';
import type { MapKind, MapShapes } from './mapShapes.ts';
import type { RidingLook } from './ridingLooks.ts';

/** SVG units across the map (mapShapes): it scales to its box, this only sets the precision of the paths and their lines' widths. */
export const MAP_WIDTH = 1000;

const round = { 'stroke-linejoin': 'round' } as const;

export function mapDrawing(
  map: MapShapes,
  kind: MapKind,
  look: (ridingId: string) => RidingLook,
  palette: Palette,
  provinceName?: (province: string) => string | undefined,
): ChartDrawing {
  const looks = map.shapes.map((s) => look(s.id));
  // Ridings in their winner's shade, parted by thin lines of the background; hexagons by their gaps (map.css).
  const ridings = map.shapes.map((shape, i) => {
    const l = looks[i]!;
    const status = seatStatus(l.status);
    const paint = markLook('riding', { status, dimmed: l.dimmed }, palette, l.color);
    const data = { 'data-riding': shape.id, 'data-party': l.party ?? '', 'data-status': status };
    return tag('path', { d: shape.d, ...data, ...paint, 'stroke-width': kind === 'hex' ? 0 : 0.6, ...round });
  });
  const edges = map.edges
    ? tag('path', { d: map.edges, fill: 'none', stroke: palette.background, 'stroke-width': 3, 'stroke-linecap': 'round' })
    : '';
  // Outlines of the ridings that changed hands: a line on a halo of the background.
  const outlines = map.shapes
    .filter((_, i) => looks[i]!.flipped)
    .map(
      (shape) =>
        tag('path', { d: shape.d, fill: 'none', stroke: palette.background, 'stroke-width': 4.5, ...round }) +
        tag('path', { d: shape.d, fill: 'none', stroke: palette.text, 'stroke-width': 2, ...round }),
    );
  const names =
    provinceName && map.provinces
      ? map.provinces.map((p) => {
          const [x1, y1, x2, y2] = p.leader ?? [];
          const leader = p.leader ? tag('line', { x1, y1, x2, y2, stroke: palette.text, 'stroke-width': 1 }) : '';
          const halo = { stroke: palette.background, 'stroke-width': 4, ...round, 'paint-order': 'stroke' };
          const text = {
            x: p.x,
            y: p.y,
            'font-size': map.labelSize,
            'text-anchor': p.anchor,
            'font-weight': 700,
            'dominant-baseline': 'middle',
          };
          return leader + tag('text', { ...text, fill: palette.text, ...halo }, escapeMarkup(provinceName(p.province) ?? ''));
        })
      : [];
  const markup = [...ridings, edges, ...outlines, ...names].join('');
  return { viewBox: `0 0 ${map.width} ${map.height}`, draw: () => markup };
}
