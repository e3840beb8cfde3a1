import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arc, assignSeats } from 'hemicycle-layout';
import { majorityThreshold } from './majority.ts';
import { boundaryAt } from '../../test/majoritySide.ts';
import { seatOrder, type SeatOrdering } from './seatOrder.ts';

interface P {
  id: string;
  seatOrder: number;
  votes: number;
  seats: number;
}
// Canada 2025, in the data's political order (left to right).
const CANADA: P[] = [
  { id: 'ndp', seatOrder: 0, seats: 7, votes: 1_234_673 },
  { id: 'gpc', seatOrder: 1, seats: 1, votes: 238_892 },
  { id: 'lpc', seatOrder: 2, seats: 169, votes: 8_595_488 },
  { id: 'bq', seatOrder: 3, seats: 22, votes: 1_236_349 },
  { id: 'cpc', seatOrder: 4, seats: 144, votes: 8_008_602 },
  { id: 'ppc', seatOrder: 5, seats: 0, votes: 136_463 },
  { id: 'oth', seatOrder: 6, seats: 0, votes: 80_000 },
];
const ids = (parties: P[]) => parties.map((p) => p.id);
const own = (p: P) => p.seats;

describe('seatOrder', () => {
  it('seats the leader from the left, the runner-up from the right, the rest between by seats', () => {
    expect(ids(seatOrder(CANADA, own))).toEqual(['lpc', 'bq', 'ndp', 'gpc', 'cpc', 'ppc', 'oth']);
  });

  it("keeps the data's political order on request", () => {
    expect(ids(seatOrder(CANADA, own, { ordering: 'spectrum' }))).toEqual(['ndp', 'gpc', 'lpc', 'bq', 'cpc', 'ppc', 'oth']);
  });

  it('seats a coalition first, largest member first, and the largest outsider on the right', () => {
    expect(ids(seatOrder(CANADA, own, { lead: ['ndp', 'lpc'] }))).toEqual(['lpc', 'ndp', 'bq', 'gpc', 'cpc', 'ppc', 'oth']);
    expect(ids(seatOrder(CANADA, own, { lead: ['cpc', 'bq', 'ndp'] }))).toEqual(['cpc', 'bq', 'ndp', 'gpc', 'lpc', 'ppc', 'oth']);
    expect(ids(seatOrder(CANADA, own, { lead: ['ndp', 'lpc'], ordering: 'spectrum' }))).toEqual([
      'ndp',
      'lpc',
      'gpc',
      'bq',
      'cpc',
      'ppc',
      'oth',
    ]);
  });

  it('orders by the result drawn: the previous seats reorder the parties', () => {
    const previous = new Map([
      ['lpc', 160],
      ['cpc', 119],
      ['bq', 32],
      ['ndp', 25],
      ['gpc', 2],
    ]);
    expect(ids(seatOrder(CANADA, (p) => previous.get(p.id) ?? 0))).toEqual(['lpc', 'bq', 'ndp', 'gpc', 'cpc', 'ppc', 'oth']);
  });

  it('breaks ties by votes, then by political order', () => {
    const tied: P[] = [
      { id: 'a', seatOrder: 0, seats: 5, votes: 10 },
      { id: 'b', seatOrder: 1, seats: 5, votes: 20 },
      { id: 'c', seatOrder: 2, seats: 2, votes: 5 },
      { id: 'd', seatOrder: 3, seats: 2, votes: 5 },
    ];
    expect(ids(seatOrder(tied, own))).toEqual(['b', 'c', 'd', 'a']);
  });

  it('handles one party, or none with seats', () => {
    expect(ids(seatOrder([CANADA[2]!], own))).toEqual(['lpc']);
    expect(ids(seatOrder(CANADA.slice(5), own))).toEqual(['ppc', 'oth']);
  });

  it('leaves its input alone', () => {
    const copy = structuredClone(CANADA);
    seatOrder(CANADA, own);
    expect(CANADA).toEqual(copy);
  });
});

/** A random result: 1 to 10 parties sharing 1 to 700 seats. */
const result = fc.integer({ min: 1, max: 700 }).chain((total) =>
  fc.array(fc.integer({ min: 0, max: total }), { minLength: 0, maxLength: 9 }).chain((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    const n = points.length - 1;
    return fc
      .tuple(
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        fc.array(fc.nat(10_000_000), { minLength: n, maxLength: n }),
      )
      .map(([spectrum, votes]) => ({
        total,
        parties: points.slice(1).map((end, i): P => ({ id: `p${i}`, seatOrder: spectrum[i]!, votes: votes[i]!, seats: end - points[i]! })),
      }));
  }),
);

describe('seatOrder properties', () => {
  it('with the result order, the leading wedge crosses the majority line exactly when it holds a majority', () => {
    fc.assert(
      fc.property(result, ({ total, parties }) => {
        const ordered = seatOrder(parties, own);
        const threshold = majorityThreshold(total);
        const layout = arc(total, { threshold });
        const seats = assignSeats(layout.seats, ordered);
        const leader = ordered[0]!;
        // The leader has at least as many seats as anyone.
        expect(Math.max(...parties.map(own))).toBe(leader.seats);
        // The leader's wedge is the first seats from the left, and the line falls after seat `threshold`:
        // the wedge reaches the line exactly when it holds a majority, and otherwise ends `threshold - seats` short.
        expect(seats.slice(0, leader.seats).every((s) => s.party === leader.id)).toBe(true);
        expect(seats[threshold - 1]!.party === leader.id).toBe(leader.seats >= threshold);
        const firstOther = seats.findIndex((s) => s.party !== leader.id);
        expect(firstOther === -1 ? total : firstOther).toBe(leader.seats);
        // Drawn: short, the whole wedge is left of the line and so is the next seat; with a majority, the wedge
        // runs across it.
        const line = layout.boundary!;
        const leftOfLine = (s: (typeof seats)[number]) => s.angle > boundaryAt(line, Math.hypot(s.x, s.y));
        if (leader.seats < threshold) {
          if (leader.seats > 0) expect(leftOfLine(seats[leader.seats - 1]!)).toBe(true);
          expect(leftOfLine(seats[leader.seats]!)).toBe(true);
        } else if (threshold < total) expect(leftOfLine(seats[threshold]!)).toBe(false);
      }),
    );
  });

  it('puts the runner-up last among the seat holders and the others between by seats', () => {
    fc.assert(
      fc.property(result, ({ parties }) => {
        for (const ordering of ['result', 'spectrum'] as SeatOrdering[]) {
          const ordered = seatOrder(parties, own, { ordering });
          expect(ordered).toHaveLength(parties.length);
          expect(new Set(ids(ordered))).toEqual(new Set(ids(parties)));
          const holders = ordered.filter((p) => p.seats > 0);
          // Every party with seats comes before every party without.
          expect(ordered.slice(0, holders.length)).toEqual(holders);
          if (ordering === 'result' && holders.length >= 2) {
            const middle = holders.slice(1, -1).map(own);
            expect(middle).toEqual([...middle].sort((a, b) => b - a));
            const [first, second] = [...holders].sort((a, b) => b.seats - a.seats || b.votes - a.votes || a.seatOrder - b.seatOrder);
            expect([holders[0], holders.at(-1)]).toEqual([first, second]);
          }
        }
      }),
    );
  });
});
