/**
 * The hex cartogram's grid: pointy-top hexagons in rows, odd rows shifted half a cell right ("odd-r" offset
 * coordinates), row 0 at the top. Shared by the build (scripts/geo/hexCartogram.ts places the ridings) and
 * the map view (which draws them).
 */

export interface HexCell {
  col: number;
  row: number;
}

/** Centre of a cell in units of the hexagon's inner radius × 2 (so neighbours are 1 apart). */
export function cellCentre({ col, row }: HexCell): { x: number; y: number } {
  return { x: col + (row & 1 ? 0.5 : 0), y: row * (Math.sqrt(3) / 2) };
}

/** The six neighbours of a cell. */
export function neighbours({ col, row }: HexCell): HexCell[] {
  const shift = row & 1 ? 0 : -1;
  return [
    { col: col - 1, row },
    { col: col + 1, row },
    { col: col + shift, row: row - 1 },
    { col: col + shift + 1, row: row - 1 },
    { col: col + shift, row: row + 1 },
    { col: col + shift + 1, row: row + 1 },
  ];
}

/** A cell as a map key. */
export const cellKey = (c: HexCell) => `${c.col},${c.row}`;

/** Whether cells form one piece under hex adjacency. */
export function contiguous(cells: readonly HexCell[]): boolean {
  if (cells.length === 0) return true;
  const all = new Set(cells.map(cellKey));
  const seen = new Set([cellKey(cells[0]!)]);
  const queue = [cells[0]!];
  while (queue.length > 0) {
    for (const n of neighbours(queue.pop()!)) {
      if (all.has(cellKey(n)) && !seen.has(cellKey(n))) {
        seen.add(cellKey(n));
        queue.push(n);
      }
    }
  }
  return seen.size === all.size;
}
