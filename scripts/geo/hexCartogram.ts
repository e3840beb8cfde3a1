/**
 * A hex cartogram: one equal hexagon per riding, so Toronto's 25 ridings weigh what Nunavut's one does.
 *
 * Provinces are blocks of cells, west to east in the order of their real centres, each as tall as it is
 * wide (in cells), placed at the height of its real centre, side by side so neighbours touch; the
 * territories sit on the row above the block under them. Inside a block, ridings take the cells that
 * match their real positions: each riding is given a target in the block (its position in the province,
 * half by distance and half by rank, so a city's crowd of ridings spreads over the block instead of
 * piling into one corner), then cells are dealt nearest-first and improved by swapping pairs until no
 * swap brings the ridings closer to their targets.
 *
 * Cells are in "odd-r" offset coordinates: pointy-top hexagons in rows, odd rows shifted half a cell right,
 * row 0 at the top. Pure and deterministic.
 */
import { cellCentre, cellKey, type HexCell } from '../../src/core/picture/hexGrid.ts';

export interface PlacedRiding {
  id: string;
  /** Province or territory: ridings of one group form one contiguous block. */
  group: string;
  /** The riding's real centre in any planar projection, x east, y north. */
  x: number;
  y: number;
}

interface Group {
  name: string;
  ridings: PlacedRiding[];
  cx: number;
  cy: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Positions scaled to [0, 1]: half by distance, half by rank, so a crowd spreads out but keeps its order. */
function spread(values: number[]): number[] {
  const lo = Math.min(...values);
  const span = Math.max(...values) - lo || 1;
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rank = new Array<number>(values.length);
  order.forEach(([, i], r) => (rank[i] = values.length === 1 ? 0.5 : r / (values.length - 1)));
  return values.map((v, i) => 0.5 * ((v - lo) / span) + 0.5 * rank[i]!);
}

/** A block of `n` cells, `width` per row, its top-left cell at (col, row); the last row is centred. */
function block(n: number, width: number, col: number, row: number): HexCell[] {
  const cells: HexCell[] = [];
  const rows = Math.ceil(n / width);
  for (let r = 0; r < rows; r++) {
    const inRow = Math.min(width, n - r * width);
    const indent = Math.floor((width - inRow) / 2);
    for (let c = 0; c < inRow; c++) cells.push({ col: col + indent + c, row: row + r });
  }
  return cells;
}

/** Deals cells to ridings: nearest-first, then pairwise swaps while one brings both closer in total. */
export function assignCells(targets: readonly { x: number; y: number }[], cells: readonly HexCell[]): HexCell[] {
  const centres = cells.map(cellCentre);
  const cost = (t: number, c: number) => (targets[t]!.x - centres[c]!.x) ** 2 + (targets[t]!.y - centres[c]!.y) ** 2;
  const pairs: [number, number, number][] = [];
  for (let t = 0; t < targets.length; t++) for (let c = 0; c < cells.length; c++) pairs.push([cost(t, c), t, c]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const cellOf = new Array<number>(targets.length).fill(-1);
  const taken = new Set<number>();
  for (const [, t, c] of pairs) {
    if (cellOf[t] !== -1 || taken.has(c)) continue;
    cellOf[t] = c;
    taken.add(c);
  }
  for (let improved = true; improved;) {
    improved = false;
    for (let a = 0; a < targets.length; a++) {
      for (let b = a + 1; b < targets.length; b++) {
        const [ca, cb] = [cellOf[a]!, cellOf[b]!];
        if (cost(a, cb) + cost(b, ca) < cost(a, ca) + cost(b, cb) - 1e-9) {
          cellOf[a] = cb;
          cellOf[b] = ca;
          improved = true;
        }
      }
    }
  }
  return cellOf.map((c) => cells[c]!);
}

/**
 * One cell per riding. `above` names the groups (the territories) set on the row above the blocks
 * rather than in the band of provinces.
 */
export function hexCartogram(ridings: readonly PlacedRiding[], above: ReadonlySet<string> = new Set()): Map<string, HexCell> {
  const byGroup = new Map<string, PlacedRiding[]>();
  for (const r of ridings) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  const groups: Group[] = [...byGroup].map(([name, rs]) => ({
    name,
    ridings: rs,
    cx: mean(rs.map((r) => r.x)),
    cy: mean(rs.map((r) => r.y)),
  }));
  const westToEast = (a: Group, b: Group) => a.cx - b.cx || a.name.localeCompare(b.name);
  // With nothing to sit on, the groups meant to go above form the band themselves.
  const onTop = groups.some((g) => !above.has(g.name)) ? above : new Set<string>();
  const band = groups.filter((g) => !onTop.has(g.name)).sort(westToEast);
  const north = groups.filter((g) => onTop.has(g.name)).sort(westToEast);

  // Heights: the tallest block sets the band; each block's middle row follows its centre's latitude.
  const widthOf = (g: Group) => Math.max(1, Math.round(Math.sqrt(g.ridings.length)));
  const heightOf = (g: Group) => Math.ceil(g.ridings.length / widthOf(g));
  const tallest = Math.max(...band.map(heightOf));
  const ys = band.map((g) => g.cy);
  const [south, northmost] = [Math.min(...ys), Math.max(...ys)];
  const top = 2; // rows 0–1 are left for the territories
  const placed = new Map<string, HexCell>();
  const cellsOf = new Map<string, HexCell[]>();
  let col = 0;
  for (const g of band) {
    const height = heightOf(g);
    const lat = northmost === south ? 0.5 : (northmost - g.cy) / (northmost - south);
    // An even starting row keeps every block's rows shifted alike, so blocks side by side touch along their edges.
    const row = top + 2 * Math.round((lat * (tallest - height)) / 2);
    const cells = block(g.ridings.length, widthOf(g), col, row);
    cellsOf.set(g.name, cells);
    col += widthOf(g);
  }
  // A territory: above the first free cell of the band under its centre, west to east, never on another.
  const bandGroups = band.map((g) => ({ g, cells: cellsOf.get(g.name)! }));
  const taken = new Set([...cellsOf.values()].flat().map(cellKey));
  for (const g of north) {
    const under = bandGroups.reduce((best, b) => (Math.abs(b.g.cx - g.cx) < Math.abs(best.g.cx - g.cx) ? b : best));
    const topRow = Math.min(...under.cells.map((c) => c.row));
    const startCol = Math.min(...under.cells.filter((c) => c.row === topRow).map((c) => c.col));
    const cells: HexCell[] = [];
    for (let c = startCol; cells.length < g.ridings.length; c++) {
      const cell = { col: c, row: topRow - 1 };
      if (!taken.has(cellKey(cell))) cells.push(cell);
      else if (cells.length > 0) cells.length = 0; // stay in one piece
    }
    cells.forEach((c) => taken.add(cellKey(c)));
    cellsOf.set(g.name, cells);
  }

  for (const g of [...band, ...north]) {
    const cells = cellsOf.get(g.name)!;
    const centres = cells.map(cellCentre);
    const [minX, maxX] = [Math.min(...centres.map((c) => c.x)), Math.max(...centres.map((c) => c.x))];
    const [minY, maxY] = [Math.min(...centres.map((c) => c.y)), Math.max(...centres.map((c) => c.y))];
    const xs = spread(g.ridings.map((r) => r.x));
    // North is up: the northmost riding gets the top row (smallest y on the grid).
    const ys = spread(g.ridings.map((r) => -r.y));
    const targets = g.ridings.map((_, i) => ({ x: minX + xs[i]! * (maxX - minX), y: minY + ys[i]! * (maxY - minY) }));
    assignCells(targets, cells).forEach((cell, i) => placed.set(g.ridings[i]!.id, cell));
  }
  return placed;
}
