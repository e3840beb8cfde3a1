/**
 * The hex cartogram laid out for the width it is drawn at, in pixels. Across a wide panel it keeps the grid's
 * shape, one band from west to east; where that would make a hexagon narrower than a finger can aim at
 * (MIN_CELL), the provinces wrap into bands stacked top to bottom, each a run of neighbours in west-to-east
 * order, cut where the widest band is narrowest. Every group of hexagons (a province or territory) gets its
 * name: over its middle when it has room, else beside it where the name covers no hexagon and no other name.
 */
import { cellCentre, cellKey, neighbours } from '../../core/picture/hexGrid.ts';

export interface HexCellInput {
  id: string;
  province: string;
  col: number;
  row: number;
}

export interface PlacedShape {
  id: string;
  province: string;
  d: string;
  x: number;
  y: number;
}

export interface ProvinceLabel {
  province: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the name to its hexagons, when no clear place touches them (Prince Edward Island among its neighbours). */
  leader?: [number, number, number, number];
}

export interface HexLayout {
  width: number;
  height: number;
  shapes: PlacedShape[];
  provinces: ProvinceLabel[];
  /** The names' size, in the layout's units (pixels when it is laid out at the width it is drawn). */
  labelSize: number;
  /** Where two provinces' hexagons meet, as one SVG path: drawn in the background's colour, it parts them. */
  edges: string;
}

/** A hexagon narrower than this (px) wraps the cartogram into bands: about the smallest a fingertip picks out. */
export const MIN_CELL = 14;
const MAX_BANDS = 4;
/** A group this large carries its name over its own hexagons; a smaller one beside them. */
const NAMED_INSIDE = 5;

export const round = (n: number) => Math.round(n * 10) / 10;

/** A pointy-top hexagon around (x, y), `r` from its centre to a corner. */
export function hexagonPath(x: number, y: number, r: number): string {
  const corners = Array.from({ length: 6 }, (_, k) => {
    const a = Math.PI / 6 + (k * Math.PI) / 3;
    return `${round(x + r * Math.cos(a))},${round(y + r * Math.sin(a))}`;
  });
  return `M${corners.join('L')}Z`;
}

interface Group {
  province: string;
  cells: { id: string; x: number; y: number }[];
  minX: number;
  maxX: number;
}

/** Columns a run of groups spans, its hexagons included (neighbours' centres are 1 apart). */
const spanOf = (groups: readonly Group[]) => Math.max(...groups.map((g) => g.maxX)) - Math.min(...groups.map((g) => g.minX)) + 1;

/**
 * The groups, in west-to-east order, cut into `k` runs: the cut whose widest run is narrowest, ties to the most
 * even. Exhaustive: a country has a handful of provinces, and MAX_BANDS is small.
 */
export function bandsOf(groups: readonly Group[], k: number): Group[][] {
  let best: { bands: Group[][]; widest: number; spread: number } | undefined;
  const cut = (from: number, left: number, bands: Group[][]): void => {
    if (left === 1) {
      const all = [...bands, groups.slice(from) as Group[]];
      const spans = all.map(spanOf);
      const widest = Math.max(...spans);
      const spread = spans.reduce((s, w) => s + w * w, 0);
      if (!best || widest < best.widest || (widest === best.widest && spread < best.spread)) best = { bands: all, widest, spread };
      return;
    }
    for (let end = from + 1; end <= groups.length - left + 1; end++) cut(end, left - 1, [...bands, groups.slice(from, end) as Group[]]);
  };
  cut(0, Math.min(k, groups.length), []);
  return best!.bands;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How wide a name is drawn, near enough to keep names apart: bold sans-serif, about 0.62 em a character. */
const textWidth = (text: string, size: number) => [...text].length * 0.62 * size;

/**
 * `cells`: the ridings' cells on the grid (src/core/picture/hexGrid.ts); `nameOf`: a group's name, to place it (none:
 * no names). A layout of one group names none: the page says which it is.
 */
export interface HexLayoutOptions {
  /** A group's name, to place it (none: no names). */
  nameOf?: ((province: string) => string | undefined) | undefined;
  /** Ridings a name should leave in sight where it can (a seat of another colour than its province's most). */
  keepInSight?: ((id: string) => boolean) | undefined;
}

export function hexLayout(cells: readonly HexCellInput[], width: number, { nameOf, keepInSight }: HexLayoutOptions = {}): HexLayout {
  const byProvince = new Map<string, Group>();
  for (const cell of cells) {
    const { x, y } = cellCentre(cell);
    let group = byProvince.get(cell.province);
    if (!group) byProvince.set(cell.province, (group = { province: cell.province, cells: [], minX: x, maxX: x }));
    group.cells.push({ id: cell.id, x, y });
    group.minX = Math.min(group.minX, x);
    group.maxX = Math.max(group.maxX, x);
  }
  const groups = [...byProvince.values()].sort((a, b) => a.minX - b.minX || a.maxX - b.maxX);
  if (groups.length === 0) return { width, height: 0, shapes: [], provinces: [], labelSize: 12, edges: '' };

  // The fewest bands whose hexagons are wide enough to aim at; failing that, the widest hexagons there are.
  const choices = Array.from({ length: Math.min(MAX_BANDS, groups.length) }, (_, i) => bandsOf(groups, i + 1));
  const cellOf = (bands: Group[][]) => width / Math.max(...bands.map(spanOf));
  const bands = choices.find((b) => cellOf(b) >= MIN_CELL) ?? choices.reduce((a, b) => (cellOf(b) > cellOf(a) ? b : a));
  const step = cellOf(bands);
  const r = step / Math.sqrt(3);
  const named = nameOf !== undefined && groups.length > 1;
  const labelSize = round(Math.min(16, Math.max(12, step * 0.8)));
  // Room over each band for the names of the groups along its top.
  const pad = named ? labelSize + 4 : 0;

  const shapes: PlacedShape[] = [];
  const cellsOf = new Map<string, PlacedShape[]>();
  let top = 0;
  for (const band of bands) {
    const all = band.flatMap((g) => g.cells);
    const minX = Math.min(...all.map((c) => c.x));
    const minY = Math.min(...all.map((c) => c.y));
    const maxY = Math.max(...all.map((c) => c.y));
    const left = (width - spanOf(band) * step) / 2;
    for (const group of band) {
      const placed = group.cells.map((c) => {
        const x = left + (c.x - minX + 0.5) * step;
        const y = top + pad + (c.y - minY) * step + r;
        return { id: c.id, province: group.province, d: hexagonPath(x, y, r * 0.94), x: round(x), y: round(y) };
      });
      cellsOf.set(group.province, placed);
      shapes.push(...placed);
    }
    top += pad + (maxY - minY) * step + 2 * r + (band === bands.at(-1) ? 0 : step / 2);
  }
  const height = Math.ceil(top);
  // Keep the ridings in the order they came: the map's keyboard order and its tests read them so.
  const order = new Map(cells.map((c, i) => [c.id, i]));
  shapes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const provinces = named ? nameGroups(groups, cellsOf, { width, height, step, r, labelSize }, nameOf, keepInSight) : [];
  return { width, height, shapes, provinces, labelSize, edges: provinceEdges(cells, shapes, r) };
}

interface Frame {
  width: number;
  height: number;
  step: number;
  r: number;
  labelSize: number;
}

/**
 * Each group's name where it reads as that group's: over its middle (a group of NAMED_INSIDE or more); else
 * touching its hexagons on a side where it covers none; else the nearest clear place, with a line to them. The
 * most constrained names go first; nowhere clear at all, over its own hexagons on the name's halo.
 */
function nameGroups(
  groups: readonly Group[],
  cellsOf: ReadonlyMap<string, PlacedShape[]>,
  { width, height, step, r, labelSize: h }: Frame,
  nameOf: (province: string) => string | undefined,
  keepInSight: ((id: string) => boolean) | undefined,
): ProvinceLabel[] {
  const cellBoxes = [...cellsOf.values()].flat().map((s) => ({ x0: s.x - step / 2, y0: s.y - r, x1: s.x + step / 2, y1: s.y + r }));
  const taken: Box[] = [];
  const placed: ProvinceLabel[] = [];
  const mean = (ns: number[]) => ns.reduce((s, n) => s + n, 0) / ns.length;
  const todo = groups.flatMap((group) => {
    const name = nameOf(group.province);
    if (!name) return [];
    const own = cellsOf.get(group.province)!;
    const w = textWidth(name, h);
    const boxOf = ({ x, y, anchor }: Pick<ProvinceLabel, 'x' | 'y' | 'anchor'>): Box => {
      const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'start' ? x : x - w;
      return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
    };
    const xs = own.map((s) => s.x);
    const ys = own.map((s) => s.y);
    const [topY, bottomY, midX, midY] = [Math.min(...ys), Math.max(...ys), mean(xs), mean(ys)];
    const topX = mean(own.filter((s) => s.y === topY).map((s) => s.x));
    const bottomX = mean(own.filter((s) => s.y === bottomY).map((s) => s.x));
    const above = topY - r - h / 2 - 1;
    const below = bottomY + r + h / 2 + 1;
    // Over its own hexagons: at the cell nearest its middle among those where the name hides the fewest it
    // should leave in sight.
    const hidden = (x: number, y: number) => {
      const box = boxOf({ x, y, anchor: 'middle' });
      return own.filter((c) => keepInSight?.(c.id) && overlaps(box, { x0: c.x - step / 2, y0: c.y - r, x1: c.x + step / 2, y1: c.y + r }))
        .length;
    };
    const [mx, my] = own
      .map((c) => [c.x, c.y, hidden(c.x, c.y), Math.hypot(c.x - midX, c.y - midY)] as const)
      .concat([[midX, midY, hidden(midX, midY), 0]])
      .filter(([x, y]) => {
        const b = boxOf({ x, y, anchor: 'middle' });
        return b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
      })
      .reduce((best, c) => (c[2] < best[2] || (c[2] === best[2] && c[3] < best[3]) ? c : best), [midX, midY, Infinity, Infinity] as const);
    const middle = { x: mx, y: my, anchor: 'middle' as const };
    const touching: Pick<ProvinceLabel, 'x' | 'y' | 'anchor'>[] = [
      { x: topX, y: above, anchor: 'middle' },
      { x: topX - step / 2, y: above, anchor: 'start' },
      { x: topX + step / 2, y: above, anchor: 'end' },
      { x: bottomX, y: below, anchor: 'middle' },
      { x: Math.max(...xs) + step / 2 + 2, y: midY, anchor: 'start' },
      { x: Math.min(...xs) - step / 2 - 2, y: midY, anchor: 'end' },
    ];
    /** From the name's edge nearest the group to the group's nearest hexagon. */
    const leaderOf = (box: Box): [number, number, number, number] => {
      const cx = (box.x0 + box.x1) / 2;
      const cy = (box.y0 + box.y1) / 2;
      const cell = own.reduce((a, b) => (Math.hypot(b.x - cx, b.y - cy) < Math.hypot(a.x - cx, a.y - cy) ? b : a));
      return [Math.min(Math.max(cell.x, box.x0), box.x1), Math.min(Math.max(cell.y, box.y0), box.y1), cell.x, cell.y];
    };
    // Farther out, in rings round the group's middle: a line will join them.
    const rings = Array.from({ length: 8 }, (_, d) =>
      Array.from({ length: 16 }, (_, k) => {
        const a = (k * Math.PI) / 8 - Math.PI / 2;
        return { x: midX + (d + 2) * step * Math.cos(a), y: midY + (d + 2) * step * Math.sin(a), anchor: 'middle' as const };
      }),
    ).flat();
    const clear = (c: Pick<ProvinceLabel, 'x' | 'y' | 'anchor'>, ofCells: boolean) => {
      const box = boxOf(c);
      const inside = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
      // Names keep a space between them, as words do: abutting, "Yn" and "T.N.-O." read as one.
      const spaced = { x0: box.x0 - h / 3, y0: box.y0, x1: box.x1 + h / 3, y1: box.y1 };
      return inside && !taken.some((t) => overlaps(t, spaced)) && !(ofCells && cellBoxes.some((b) => overlaps(b, box)));
    };
    const options = () => [
      ...(own.length >= NAMED_INSIDE ? [middle].filter((c) => clear(c, false)) : []),
      ...touching.filter((c) => clear(c, true)),
    ];
    // A leader must not cross another name on its way.
    const far = () => rings.find((c) => clear(c, true) && !taken.some((t) => crosses(leaderOf(boxOf(c)), t)));
    return [{ group, own, boxOf, middle, options, far, leaderOf }];
  });
  // Large groups first (their middles), then whichever small group has the fewest places left.
  const left = [...todo].sort((a, b) => b.own.length - a.own.length);
  while (left.length > 0) {
    const large = left[0]!.own.length >= NAMED_INSIDE;
    const next = large ? 0 : left.reduce((best, t, i) => (t.options().length < left[best]!.options().length ? i : best), 0);
    const [t] = left.splice(next, 1);
    const near = t!.options()[0];
    const away = near ? undefined : t!.far();
    const chosen = near ?? away ?? t!.middle;
    const box = t!.boxOf(chosen);
    taken.push(box);
    const label: ProvinceLabel = { province: t!.group.province, x: round(chosen.x), y: round(chosen.y), anchor: chosen.anchor };
    if (away) label.leader = t!.leaderOf(box).map(round) as [number, number, number, number];
    placed.push(label);
  }
  return placed;
}

/** Whether a segment passes through a box (sampled finely enough for a name's height). */
function crosses([x1, y1, x2, y2]: readonly number[], box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2! - x1!, y2! - y1!) / 2));
  for (let i = 0; i <= steps; i++) {
    const [x, y] = [x1! + ((x2! - x1!) * i) / steps, y1! + ((y2! - y1!) * i) / steps];
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

/**
 * The edges where hexagons of two provinces meet: each the side two neighbours share, perpendicular to the line
 * between their centres at its middle, as long as a corner's distance `r`.
 */
function provinceEdges(cells: readonly HexCellInput[], shapes: readonly PlacedShape[], r: number): string {
  const at = new Map(cells.map((c, i) => [cellKey(c), { cell: c, shape: shapes[i]! }]));
  const edges: string[] = [];
  for (const { cell, shape } of at.values()) {
    for (const next of neighbours(cell)) {
      const other = at.get(cellKey(next));
      if (!other || other.cell.province === cell.province || other.shape.id < shape.id) continue;
      const [mx, my] = [(shape.x + other.shape.x) / 2, (shape.y + other.shape.y) / 2];
      const [dx, dy] = [other.shape.x - shape.x, other.shape.y - shape.y];
      // Neighbours on the grid, but in two bands on the page: nothing between them to part.
      if (Math.hypot(dx, dy) > 1.5 * r * Math.sqrt(3)) continue;
      const k = r / 2 / Math.hypot(dx, dy);
      edges.push(`M${round(mx - dy * k)},${round(my + dx * k)}L${round(mx + dy * k)},${round(my - dx * k)}`);
    }
  }
  return edges.join('');
}
