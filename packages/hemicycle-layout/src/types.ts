/** What every layout returns: the seats, the majority's boundary, and the box that holds them. */

export interface Seat {
  /** Position in seating order (left to right on an arc), 0-based: deal the first k seats to a party for its block. */
  index: number;
  /** Ring of an arc, 0 = innermost; a bench's row, 0 = nearest the floor. */
  row: number;
  /** An arc's seats: radians from the centre, counter-clockwise from the right (SVG's y runs down, so −sin). */
  angle: number;
  x: number;
  y: number;
  /** Radius of the seat's mark. */
  r: number;
}

/**
 * The line between the first `threshold` seats and the others, as a polyline of points: it leaves exactly
 * those seats on its side and crosses no seat. `[x1, y1]` and `[x2, y2]` are its inner and outer ends (a label
 * goes by the outer one).
 */
export interface Boundary {
  points: readonly (readonly [number, number])[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box that holds every mark, in the layout's units (y down). */
export interface Extent {
  minX: number;
  minY: number;
  width: number;
  height: number;
}

export interface Layout {
  /** Every seat, in seating order. */
  seats: Seat[];
  /** The majority's boundary, when a threshold was given. */
  boundary: Boundary | undefined;
  extent: Extent;
}
