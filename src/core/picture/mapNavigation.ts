/**
 * Moving the keyboard focus over a map's ridings: an arrow goes to the nearest riding whose centre lies in
 * that direction (within 60° either side of it, nearer the axis preferred), so on the geographic map it
 * steps to a neighbour and on the hex cartogram to the adjacent cell. Screen coordinates: y down.
 */
export interface Centre {
  x: number;
  y: number;
}

const DIRECTIONS: Readonly<Record<string, Centre>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** The index an arrow key moves the focus to from `current`, the same index when none lies that way, or null for any other key. */
export function ridingInDirection(key: string, current: number, centres: readonly Centre[]): number | null {
  const dir = DIRECTIONS[key];
  const from = centres[current];
  if (!dir || !from) return null;
  let best = current;
  let bestScore = Infinity;
  centres.forEach((c, i) => {
    if (i === current) return;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * dir.x + dy * dir.y;
    const across = Math.abs(dx * dir.y - dy * dir.x);
    // Within 60° of the arrow: along > across / tan(60°).
    if (along <= 0 || across > along * Math.sqrt(3)) return;
    // Distance, with the sideways part counting double: a riding straight ahead beats a nearer one off to the side.
    const score = Math.hypot(along, 2 * across);
    if (score < bestScore || (score === bestScore && i < best)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
