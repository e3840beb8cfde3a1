/** Properties of the seat layout for random seat counts and party splits (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSeats } from './assignSeats.ts';
import { arc } from './arc.ts';
import { overlaps } from './testing/overlaps.ts';

const TOLERANCE = 1e-9;

/** A seat count and its split into parties: random cut points in [0, n]. */
const seatSplit = fc.integer({ min: 1, max: 6000 }).chain((n) =>
  fc.array(fc.integer({ min: 0, max: n }), { maxLength: 12 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), n];
    return { n, parties: points.slice(1).map((end, i) => ({ id: `p${i}`, seats: end - points[i]! })) };
  }),
);

/** A seat count and options: an arc of 60° to 360°, rows automatic or chosen, a threshold or none. */
const shaped = fc.integer({ min: 1, max: 4000 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    options: fc.record(
      {
        arc: fc.oneof(fc.constant(180), fc.integer({ min: 60, max: 360 })),
        rows: fc.integer({ min: 1, max: 30 }),
        innerRadius: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
        threshold: fc.oneof(fc.constant(Math.floor(n / 2) + 1), fc.integer({ min: 0, max: n })),
      },
      { requiredKeys: [] },
    ),
  }),
);

/** The boundary's angle: where `threshold` of n seats fall, from the arc's start. */
const thetaOf = (n: number, { arc: degrees = 180, threshold = 0 }: { arc?: number; threshold?: number }) => {
  const span = (degrees * Math.PI) / 180;
  return Math.PI / 2 + span / 2 - (span * threshold) / n;
};
/** An angle in (−π, π], as atan2 gives it. */
const normalised = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

/** How near a segment comes to a point. */
function distanceToSegment([px, py]: readonly [number, number], [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

describe('arc properties', () => {
  it('places every seat, none overlapping, on any arc, in any rows, whole or parted at any threshold', () => {
    fc.assert(
      fc.property(shaped, ({ n, options }) => {
        const { seats } = arc(n, options);
        const where = `${n} seats, ${JSON.stringify(options)}`;
        expect(seats, where).toHaveLength(n);
        expect(seats.map((s) => s.index)).toEqual(seats.map((_, i) => i));
        expect(overlaps(seats), where).toBe(0);
        // Every mark inside the unit disc, none in the hollow.
        for (const s of seats) {
          expect(Math.hypot(s.x, s.y) + s.r, where).toBeLessThanOrEqual(1 + TOLERANCE);
          expect(Math.hypot(s.x, s.y) - s.r, where).toBeGreaterThanOrEqual((options.innerRadius ?? 0.4) - TOLERANCE);
        }
        if (options.rows !== undefined) expect(new Set(seats.map((s) => s.row)).size, where).toBeLessThanOrEqual(options.rows);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('leaves exactly the first `threshold` seats inside its boundary, crossing none, on any arc and rows', () => {
    fc.assert(
      fc.property(
        shaped.filter(({ options }) => options.threshold !== undefined),
        ({ n, options }) => {
          const { seats, boundary } = arc(n, options);
          const where = `${n} seats, ${JSON.stringify(options)}`;
          const theta = thetaOf(n, options);
          // Seats are ordered by angle from the arc's start; the first `threshold` lie between it and θ.
          const wrongSide = seats.filter((s) => s.angle > theta !== s.index < options.threshold!);
          const crossed = seats.filter((s) =>
            boundary!.points.slice(1).some((b, i) => distanceToSegment([s.x, s.y], boundary!.points[i]!, b) <= s.r),
          );
          expect(
            [wrongSide, crossed].map((list) => list.map((s) => s.index)),
            where,
          ).toEqual([[], []]);
          // The line itself runs at θ: its outer end, seen from the centre.
          expect(Math.abs(Math.atan2(-boundary!.y2, boundary!.x2) - normalised(theta)), where).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('deals each party one contiguous wedge, left to right, for random splits', () => {
    fc.assert(
      fc.property(seatSplit, ({ n, parties }) => {
        const placed = assignSeats(arc(n).seats, parties);
        expect(placed).toHaveLength(n);
        const held = parties.filter((p) => p.seats > 0);
        for (const party of held) {
          const indices = placed.filter((s) => s.party === party.id).map((s) => s.index);
          expect(indices).toHaveLength(party.seats);
          expect(indices.at(-1)! - indices[0]!).toBe(party.seats - 1);
        }
        // Wedges do not interleave: every seat of a party lies at or left of every seat of the next one.
        for (let i = 1; i < held.length; i++) {
          const left = placed.filter((s) => s.party === held[i - 1]!.id);
          const right = placed.filter((s) => s.party === held[i]!.id);
          expect(Math.min(...left.map((s) => s.angle))).toBeGreaterThanOrEqual(Math.max(...right.map((s) => s.angle)) - TOLERANCE);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
