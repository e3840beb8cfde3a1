import { describe, expect, it } from 'vitest';
import { arc, assignSeats } from 'hemicycle-layout';
import { hemicycleModel, seatsPerParty } from './hemicycleModel.ts';
import type { PlanSeat } from './seatPlan.ts';

/** `n` seats dealt left to right to parties a, b, … as `counts` says, as in layoutHemicycle.exact.test. */
function seated(counts: number[], riding = (i: number) => `r${i}`): PlanSeat[] {
  const n = counts.reduce((a, b) => a + b, 0);
  const groups = counts.map((seats, i) => ({ id: 'abc'[i]!, seats, color: '#000000' }));
  return assignSeats(arc(n, { threshold: Math.floor(n / 2) + 1 }).seats, groups).map((s) => ({
    ...s,
    riding: riding(s.index),
    flipped: false,
    status: 'elected',
  }));
}

const model = (seats: PlanSeat[], extra: Partial<Parameters<typeof hemicycleModel>[0]> = {}) =>
  hemicycleModel({
    seats,
    colors: new Map(),
    layout: arc(seats.length, { threshold: Math.floor(seats.length / 2) + 1 }),
    figure: 'F',
    caption: 'C',
    wedgeLabel: (ids, n) => [{ text: `${ids.join('+')} ` }, { text: String(n), strong: true }],
    seatLabel: (s) => `${s.party}${s.index}`,
    title: 'T',
    description: 'D',
    ...extra,
  });

// Frame units per CSS pixel at each class's reference width (330, 480, 672 px): the seats' width fills it. Three
// seats on one row of radius 0.7, each of radius 0.24, span 2 × 0.94 = 1.88 (arc.exact.test).
const ACROSS = arc(3, { threshold: 2 }).extent.width;
const U = { narrow: ACROSS / 330, medium: ACROSS / 480, wide: ACROSS / 672 } as const;

describe('hemicycleModel, exactly, on 3 seats (a 2, b 1; one row of radius 0.7, seats of radius 0.24)', () => {
  const m = model(seated([2, 1]));

  it('lays out the majority label of each class in the hollow of the arc: 20 px figure over a 12 px caption, 4 px apart', () => {
    expect(m.classes.map((c) => [c.name, c.figure, c.caption])).toEqual(
      (['narrow', 'medium', 'wide'] as const).map((name) => [
        name,
        { x: 0, y: -20 * U[name], fontSize: 20 * U[name] },
        { x: 0, y: -4 * U[name], fontSize: 12 * U[name] },
      ]),
    );
  });

  it('puts the end wedges under the feet of the arc, 6 px below the seats, in 13 px type', () => {
    for (const c of m.classes) {
      expect(c.fontSize).toBe(13 * U[c.name]);
      const near = (n: number) => Math.round(n * 1e12) / 1e12;
      expect(c.wedges.map((w) => [w.ids, near(w.x), near(w.y), w.anchor, w.parts.map((p) => p.text).join('')])).toEqual([
        [['a'], near(-ACROSS / 2), near(0.24 + 6 * U[c.name]), 'start', 'a 2'],
        [['b'], near(ACROSS / 2), near(0.24 + 6 * U[c.name]), 'end', 'b 1'],
      ]);
    }
  });

  it('frames the seats and the labels of every class, with 2 px of room at the narrowest', () => {
    // Top: the middle seat's top, at π/3 + asin(6/7) on the row of radius 0.7, with its radius 0.24 (arc.exact.test).
    // Bottom: the narrow labels' foot, 16.25 px (13 px × 1.25) under their top.
    const top = -0.7 * Math.sin(Math.PI / 3 + Math.asin(6 / 7)) - 0.24 - 2 * U.narrow;
    const bottom = 0.24 + (6 + 16.25 + 2) * U.narrow;
    expect(m.frame.minX).toBeCloseTo(-0.94, 12);
    expect(m.frame.width).toBeCloseTo(ACROSS, 12);
    expect(m.frame.top).toBeCloseTo(top, 12);
    expect(m.frame.height).toBeCloseTo(bottom - top, 12);
  });

  it('names each seat by index and passes through what it is given', () => {
    expect(m.labels).toEqual(['a0', 'a1', 'b2']);
    expect([m.majority.figure, m.majority.caption, m.title, m.description, m.flipMarks, m.lead]).toEqual(['F', 'C', 'T', 'D', false, []]);
    expect(m.ordered).toBe(m.seats);
  });
});

describe('hemicycleModel', () => {
  it('draws no wedge labels without their words, and frames the seats and the majority line alone', () => {
    const m = model(seated([2, 1]), { wedgeLabel: undefined });
    expect(m.classes.every((c) => c.wedges.length === 0)).toBe(true);
    // The bottom: the end seats' feet (radius 0.24 under the baseline) and 2 px.
    expect(m.frame.top + m.frame.height).toBeCloseTo(0.24 + 2 * U.narrow, 12);
  });

  it('keeps the document in the plain result’s order, so a seat that moves glides', () => {
    const plain = seated([2, 1]);
    // The same ridings seated the other way round: r2 first.
    const moved = seated([1, 2], (i) => ['r2', 'r0', 'r1'][i]!);
    expect(model(moved, { plain }).ordered.map((s) => s.riding)).toEqual(['r0', 'r1', 'r2']);
    expect(model(plain, { plain }).ordered).toBe(plain);
  });

  it('labels a coalition seated first as one block', () => {
    const m = model(seated([2, 1, 4]), { lead: ['a', 'b'] });
    expect(m.classes[0]!.wedges.map((w) => w.ids)).toEqual([['a', 'b'], ['c']]);
  });

  it('counts seats per party in the order they are drawn', () => {
    expect([...seatsPerParty(seated([2, 1, 4]))]).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 4],
    ]);
  });
});
