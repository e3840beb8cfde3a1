/** Properties of the seat layout for random seat counts and party splits (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSeats } from './assignSeats.ts';
import { layoutHemicycle } from './layoutHemicycle.ts';

const TOLERANCE = 1e-9;

/** A seat count and its split into parties: random cut points in [0, n]. */
const seatSplit = fc.integer({ min: 1, max: 6000 }).chain((n) =>
  fc.array(fc.integer({ min: 0, max: n }), { maxLength: 12 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), n];
    return { n, parties: points.slice(1).map((end, i) => ({ id: `p${i}`, seats: end - points[i]! })) };
  }),
);

/** A seat count and a threshold: half and one, or anywhere from none to all. */
const parted = fc
  .integer({ min: 1, max: 2500 })
  .chain((n) => fc.record({ n: fc.constant(n), threshold: fc.oneof(fc.constant(Math.floor(n / 2) + 1), fc.integer({ min: 0, max: n })) }));

describe('layoutHemicycle properties', () => {
  it('places every seat, with no two overlapping, for random counts, whole or parted at a threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (n, share) => {
        const seats = layoutHemicycle(n, { threshold: share === null ? undefined : Math.round(share * n) });
        expect(seats).toHaveLength(n);
        expect(seats.map((s) => s.index)).toEqual(seats.map((_, i) => i));
        // Seats never overlap if neighbours along each row are a seat apart and rows are a seat apart.
        const byRow = new Map<number, typeof seats>();
        for (const s of seats) {
          const row = byRow.get(s.row);
          if (row) row.push(s);
          else byRow.set(s.row, [s]);
        }
        let touching = 0;
        for (const row of byRow.values()) {
          for (let i = 1; i < row.length; i++) {
            const a = row[i - 1]!;
            const b = row[i]!;
            if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - TOLERANCE) touching++;
          }
        }
        expect(touching).toBe(0);
        const radii = [...byRow.keys()].sort((a, b) => a - b).map((r) => Math.hypot(byRow.get(r)![0]!.x, byRow.get(r)![0]!.y));
        const r = seats[0]!.r;
        for (let i = 1; i < radii.length; i++) expect(radii[i]! - radii[i - 1]!).toBeGreaterThanOrEqual(2 * r - TOLERANCE);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('parted at a threshold, leaves the first threshold seats left of one radial line, all clear of it by a gutter', () => {
    fc.assert(
      fc.property(parted, ({ n, threshold }) => {
        const seats = layoutHemicycle(n, { threshold });
        if (threshold <= 0 || threshold >= n) return;
        const angle = Math.PI * (1 - threshold / n);
        const [ux, uy] = [Math.cos(angle), -Math.sin(angle)];
        const r = seats[0]!.r;
        seats.forEach((s, i) => {
          const where = `seat ${i} of ${n}, threshold ${threshold}`;
          expect(i < threshold ? s.angle > angle : s.angle < angle, where).toBe(true);
          // Distance to the line, a ray from the centre at `angle`: at least a seat's radius and a quarter of a
          // row's spacing (a seat is 0.8 of it).
          const along = Math.max(0, s.x * ux + s.y * uy);
          expect(Math.hypot(s.x - along * ux, s.y - along * uy), where).toBeGreaterThan(r + r / 3.2 - TOLERANCE);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('deals each party one contiguous wedge, left to right, for random splits', () => {
    fc.assert(
      fc.property(seatSplit, ({ n, parties }) => {
        const placed = assignSeats(layoutHemicycle(n), parties);
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
