import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arc, assignSeats } from 'hemicycle-layout';
import { wedgeBlocks, wedgeLabels, type WedgeLabel } from './wedgeLabels.ts';

const plan = (groups: [string, number][]) =>
  assignSeats(
    arc(groups.reduce((a, [, n]) => a + n, 0)).seats,
    groups.map(([id, seats]) => ({ id, seats })),
  );
const CANADA = plan([
  ['lpc', 169],
  ['bq', 22],
  ['ndp', 7],
  ['gpc', 1],
  ['cpc', 144],
]);
/** 7 px a character at 13 px, as "Bloc 22" or "Liberal + NDP 176". */
const measure = (ids: readonly string[], seats: number) => ({ width: 7 * (ids.join(' · ').length + String(seats).length + 1), height: 16 });
const ids = (labels: WedgeLabel[]) => labels.map((l) => l.ids.join('+'));

describe('wedgeBlocks', () => {
  it('finds the contiguous runs, and one block for the lead parties', () => {
    expect(wedgeBlocks(CANADA).map((b) => [b.ids, b.seats])).toEqual([
      [['lpc'], 169],
      [['bq'], 22],
      [['ndp'], 7],
      [['gpc'], 1],
      [['cpc'], 144],
    ]);
    const coalition = plan([
      ['lpc', 169],
      ['ndp', 7],
      ['bq', 22],
      ['gpc', 1],
      ['cpc', 144],
    ]);
    expect(wedgeBlocks(coalition, ['lpc', 'ndp']).map((b) => [b.ids, b.seats])).toEqual([
      [['lpc', 'ndp'], 176],
      [['bq'], 22],
      [['gpc'], 1],
      [['cpc'], 144],
    ]);
  });
});

describe('wedgeLabels', () => {
  it('puts the end wedges under the feet of the arc, flush with its ends', () => {
    const labels = wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 1000 });
    const [first, last] = [labels[0]!, labels.at(-1)!];
    expect([first.ids, first.anchor, first.x, first.box.left]).toEqual([['lpc'], 'start', -1, -1]);
    expect([last.ids, last.anchor, last.x, last.box.right]).toEqual([['cpc'], 'end', 1, 1]);
    // Under the baseline row: its seats reach y = r; the label starts a 6 px gap below.
    expect(first.y).toBeCloseTo(CANADA[0]!.r + 6 * (2 / 1000), 12);
  });

  it('labels a wide chart wedge by wedge and gathers small neighbours on a narrow one', () => {
    expect(ids(wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 2400 }))).toEqual(['lpc', 'bq', 'ndp', 'gpc', 'cpc']);
    expect(ids(wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 340 }))).toEqual(['lpc', 'bq+ndp+gpc', 'cpc']);
    const gathered = wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 340 })[1]!;
    expect(gathered.seats).toBe(30);
  });

  it('keeps a label above the arc clear of the majority line, on its own side', () => {
    const labels = wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 340, lineX: 0 });
    expect(labels[1]!.box.left).toBeGreaterThan(0);
  });

  it('raises a label too wide for its side of the line above the line’s end, inside the arc’s width', () => {
    // At 200 px the middle label is wider than the half circle right of the line.
    const labels = wedgeLabels(CANADA, { measure, unitsPerPx: 2 / 200, lineX: 0, lineTop: -1.03 });
    const middle = labels[1]!;
    expect(middle.box.right).toBeLessThanOrEqual(1);
    expect(middle.box.left).toBeLessThan(0);
    expect(middle.box.bottom).toBeLessThan(-1.03);
  });

  it('labels a single party under the left foot', () => {
    expect(ids(wedgeLabels(plan([['only', 5]]), { measure, unitsPerPx: 0.01 }))).toEqual(['only']);
  });

  it('never lets two labels touch, for random results and widths', () => {
    const result = fc.tuple(
      fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 280, max: 1400 }),
    );
    fc.assert(
      fc.property(result, ([sizes, width]) => {
        const seats = plan(sizes.map((n, i) => [`p${i}`, n]));
        const labels = wedgeLabels(seats, { measure, unitsPerPx: 2 / width, lineX: 0 });
        expect(labels.flatMap((l) => l.ids).sort()).toEqual(sizes.map((_, i) => `p${i}`).sort());
        expect(labels.reduce((a, l) => a + l.seats, 0)).toBe(seats.length);
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i]!.box, labels[j]!.box];
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `${labels[i]!.ids} and ${labels[j]!.ids} at ${width} px`).toBe(true);
          }
      }),
    );
  });
});
