import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  bboxesIntersect,
  fitPixelsToMetres,
  multiPolygonArea,
  multiPolygonCentroid,
  pointInRing,
  ringArea,
  ringsToPolygons,
} from './polygons.ts';
import type { Ring } from './svgPaths.ts';

/** A closed square ring, counter-clockwise with y up when `ccw`. */
function square(x: number, y: number, size: number, ccw = true): Ring {
  const ring: Ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return ccw ? ring : ring.reverse();
}

describe('ringArea', () => {
  it('is positive counter-clockwise (y up) and negative clockwise', () => {
    expect(ringArea(square(0, 0, 2))).toBe(4);
    expect(ringArea(square(0, 0, 2, false))).toBe(-4);
    expect(
      ringArea([
        [0, 0],
        [4, 0],
        [0, 3],
        [0, 0],
      ]),
    ).toBe(6);
  });
});

describe('ringsToPolygons and multiPolygonArea', () => {
  it('puts a hole (the other winding) in the outer ring that holds it and subtracts it', () => {
    const outerA = square(0, 0, 10, false);
    const outerB = square(20, 0, 4, false);
    const holeInA = square(2, 2, 3);
    const polygons = ringsToPolygons([outerA, outerB, holeInA]);
    expect(polygons).toEqual([[outerA, holeInA], [outerB]]);
    expect(multiPolygonArea(polygons)).toBe(100 + 16 - 9);
  });

  it('takes the winding of the largest ring as the outer one', () => {
    const polygons = ringsToPolygons([square(2, 2, 3, false), square(0, 0, 10)]);
    expect(polygons).toEqual([[square(0, 0, 10), square(2, 2, 3, false)]]);
    expect(multiPolygonArea(polygons)).toBe(91);
  });

  it('gives a hole to the smallest outer ring around it (an island in a lake)', () => {
    const island = square(4, 4, 2);
    const lake = square(2, 2, 6, false);
    const land = square(0, 0, 10);
    const hole = square(4.5, 4.5, 1, false);
    const polygons = ringsToPolygons([land, lake, island, hole]);
    expect(polygons).toEqual([
      [land, lake],
      [island, hole],
    ]);
    expect(multiPolygonArea(polygons)).toBe(100 - 36 + 4 - 1);
  });

  it('fails on a hole outside every outer ring', () => {
    expect(() => ringsToPolygons([square(0, 0, 10), square(20, 20, 1, false)])).toThrow('lies in none of the shape');
  });
});

describe('pointInRing', () => {
  it('tells inside from outside', () => {
    expect(pointInRing([1, 1], square(0, 0, 2))).toBe(true);
    expect(pointInRing([3, 1], square(0, 0, 2))).toBe(false);
  });
});

describe('bboxes', () => {
  it('bounds points and tells whether boxes meet', () => {
    const box = bboxOf(square(1, 2, 3));
    expect(box).toEqual({ xmin: 1, ymin: 2, xmax: 4, ymax: 5 });
    expect(bboxesIntersect(box, { xmin: 4, ymin: 5, xmax: 6, ymax: 6 })).toBe(true);
    expect(bboxesIntersect(box, { xmin: 4.1, ymin: 0, xmax: 6, ymax: 6 })).toBe(false);
  });
});

describe('fitPixelsToMetres', () => {
  // 100 × 50 px drawn from (10, 20) to (110, 70); the same box in metres is 1000 × 500 m.
  const pixels = { xmin: 10, ymin: 20, xmax: 110, ymax: 70 };
  const metres = { xmin: 5000, ymin: 2000, xmax: 6000, ymax: 2500 };

  it('maps the corners of the box to the corners of the box, y flipped', () => {
    const fit = fitPixelsToMetres(pixels, metres);
    expect(fit.scale).toBe(10);
    expect(fit.toMetres([10, 20])).toEqual([5000, 2500]); // top left on screen is north-west
    expect(fit.toMetres([110, 70])).toEqual([6000, 2000]);
    expect(fit.toMetres([60, 45])).toEqual([5500, 2250]);
  });

  it('accepts scales that agree within 1e-4', () => {
    expect(fitPixelsToMetres(pixels, { ...metres, ymax: 2500.04 }).scale).toBeCloseTo(10.0004, 6);
  });

  it('fails when the x and y scales disagree by more than 1e-4', () => {
    expect(() => fitPixelsToMetres(pixels, { ...metres, ymax: 2501 })).toThrow(
      /the x scale \(10 m\/px\) and the y scale \(10\.02 m\/px\) differ by 2\.00e-3/,
    );
  });
});

describe('multiPolygonCentroid', () => {
  it('is the centre of a square, whatever its winding, and moves away from a hole', () => {
    const square: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    expect(multiPolygonCentroid([[square]])).toEqual([2, 2]);
    expect(multiPolygonCentroid([[[...square].reverse()]])).toEqual([2, 2]);
    // A 2×2 hole in the right half: the centre moves left, to x = (16·2 − 4·3) / 12.
    const hole: [number, number][] = [
      [2, 1],
      [4, 1],
      [4, 3],
      [2, 3],
      [2, 1],
    ];
    const [x, y] = multiPolygonCentroid([[square, hole]]);
    expect(x).toBeCloseTo(20 / 12, 12);
    expect(y).toBeCloseTo(2, 12);
  });
});
