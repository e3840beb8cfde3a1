import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benches } from './benches.ts';
import { overlaps } from './testing/overlaps.ts';

const at = (layout: ReturnType<typeof benches>) => layout.seats.map((s) => [s.index, s.x, s.y]);

describe('benches, exactly', () => {
  it('parts the government side after the threshold, so the line runs straight between its seats', () => {
    // 4 government seats in 2 rows: the first 3 fill columns 0 and 1 (the second in part), a gutter, then the 4th.
    const layout = benches(7, { government: 4, threshold: 3, rows: 2 });
    expect(at(layout)).toEqual([
      [0, 0.5, -1],
      [1, 0.5, -2],
      [2, 1.5, -1],
      [3, 3.5, -1],
      // The opposition faces them, from the head too.
      [4, 0.5, 1],
      [5, 0.5, 2],
      [6, 1.5, 1],
    ]);
    expect(layout.boundary).toEqual({
      points: [
        [2.5, -0.5],
        [2.5, -2.8],
      ],
      x1: 2.5,
      y1: -0.5,
      x2: 2.5,
      y2: -2.8,
    });
    expect(layout.extent.minX).toBeCloseTo(0.1, 12);
    expect(layout.extent.width).toBeCloseTo(3.8, 12);
    expect([layout.extent.minY, layout.extent.height]).toEqual([-2.4, 4.8]);
  });

  it('stands the line where a government short of a majority would need its seats: the gap is what it lacks', () => {
    const layout = benches(7, { government: 2, threshold: 4, rows: 2 });
    expect(at(layout).slice(0, 2)).toEqual([
      [0, 0.5, -1],
      [1, 0.5, -2],
    ]);
    // Its 2 seats fill column 0; 4 would fill columns 0 and 1: the line after column 1, the column between empty.
    expect(layout.boundary!.x1).toBe(2);
  });

  it('seats the crossbenches past the far end, across the floor, and the Speaker at the head, last', () => {
    const layout = benches(10, { government: 4, crossbench: 2, speaker: true, rows: 2 });
    expect(at(layout).slice(7)).toEqual([
      [7, 3, -2],
      [8, 3, -1],
      [9, -1, 0],
    ]);
    expect(layout.boundary).toBeUndefined();
  });

  it('names what does not add up', () => {
    expect(() => benches(10, { government: 8, crossbench: 3 })).toThrow(
      'government (8), crossbench (3) and the Speaker are more than the 10 seats',
    );
    expect(() => benches(10, { rows: 0 })).toThrow('rows must be a whole number from 1 to 1000, got 0');
  });
});

describe('benches properties', () => {
  const chamber = fc.integer({ min: 1, max: 1500 }).chain((n) =>
    fc
      .record({
        speaker: fc.boolean(),
        crossbench: fc.integer({ min: 0, max: Math.floor(n / 5) }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        rows: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        threshold: fc.integer({ min: 0, max: n }),
      })
      .map(({ speaker, crossbench, share, rows, threshold }) => {
        const sides = n - crossbench - (speaker ? 1 : 0);
        return { n, options: { speaker, crossbench, rows, threshold, government: Math.round(share * Math.max(0, sides)) } };
      }),
  );

  it('places every seat, none overlapping; the line crosses none and leaves exactly the first seats it can on its side', () => {
    fc.assert(
      fc.property(chamber, ({ n, options }) => {
        const { seats, boundary } = benches(n, options);
        const where = `${n} seats, ${JSON.stringify(options)}`;
        expect(seats, where).toHaveLength(n);
        expect(seats.map((s) => s.index)).toEqual(seats.map((_, i) => i));
        expect(overlaps(seats), where).toBe(0);
        const line = boundary!;
        // On the government's side (y < 0, before the crossbenches): the seats before the line are the first ones.
        const government = seats.slice(0, options.government);
        const before = government.filter((s) => s.x < line.x1).map((s) => s.index);
        expect(before, where).toEqual([...Array(Math.min(options.threshold, options.government)).keys()]);
        const crossed = seats.filter((s) => Math.abs(s.x - line.x1) <= s.r && s.y - s.r < line.y1 && s.y + s.r > line.y2);
        expect(
          crossed.map((s) => s.index),
          where,
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
