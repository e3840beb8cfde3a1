import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arc, assignSeats, benches } from 'hemicycle-layout';
import { benchLabels } from './benchLabels.ts';
import { wedgeBlocks, wedgeLabels, type WedgeLabel } from './wedgeLabels.ts';

/** Parties seated left to right on an arc parted at their majority, as the chart seats them. */
const plan = (groups: [string, number][], degrees = 180) => {
  const n = groups.reduce((a, [, seats]) => a + seats, 0);
  const layout = arc(n, { threshold: Math.floor(n / 2) + 1, arc: degrees });
  return Object.assign(
    assignSeats(
      layout.seats,
      groups.map(([id, seats]) => ({ id, seats })),
    ),
    { layout },
  );
};
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

/** Canada's 2025 House on benches: the Liberals' 169 facing the rest. */
function canadaOnBenches() {
  const layout = benches(343, { government: 169, threshold: 172 });
  const seats = assignSeats(layout.seats, [
    { id: 'lpc', seats: 169 },
    { id: 'bq', seats: 22 },
    { id: 'ndp', seats: 7 },
    { id: 'gpc', seats: 1 },
    { id: 'cpc', seats: 144 },
  ]);
  return { seats, extent: layout.extent, boundary: layout.boundary };
}

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
  /** The labels of a plan drawn `px` wide, with its real majority line. */
  const labelled = (p: ReturnType<typeof plan>, px: number) =>
    wedgeLabels(p, {
      measure,
      unitsPerPx: p.layout.extent.width / px,
      extent: p.layout.extent,
      lineX: p.layout.boundary.x2,
      lineTop: p.layout.boundary.y2,
    });
  const { extent, boundary } = CANADA.layout;

  it('puts the end wedges under the lowest marks, flush with the sides of the seats', () => {
    const labels = labelled(CANADA, 1000);
    const [first, last] = [labels[0]!, labels.at(-1)!];
    expect([first.ids, first.anchor, first.x, first.box.left]).toEqual([['lpc'], 'start', extent.minX, extent.minX]);
    expect([last.ids, last.anchor, last.x, last.box.right]).toEqual([
      ['cpc'],
      'end',
      extent.minX + extent.width,
      extent.minX + extent.width,
    ]);
    // Under the baseline row: its seats reach y = r; the label starts a 6 px gap below.
    expect(first.y).toBeCloseTo(CANADA[0]!.r + 6 * (extent.width / 1000), 12);
  });

  it('labels a wide chart wedge by wedge and gathers small neighbours on a narrow one', () => {
    // Wide: only the NDP's 7 and the Green's 1, side by side just right of the line, share a label.
    expect(ids(labelled(CANADA, 2400))).toEqual(['lpc', 'bq', 'ndp+gpc', 'cpc']);
    expect(ids(labelled(CANADA, 340))).toEqual(['lpc', 'bq+ndp+gpc', 'cpc']);
    expect(labelled(CANADA, 340)[1]!.seats).toBe(30);
  });

  it('keeps a label above the arc clear of the majority line, on its own side', () => {
    expect(labelled(CANADA, 340)[1]!.box.left).toBeGreaterThan(boundary.x2);
  });

  it('raises a label too wide for its side of the line above the line’s end, inside the seats’ width', () => {
    // At 200 px the middle label is wider than the half circle right of the line.
    const middle = labelled(CANADA, 200)[1]!;
    expect(middle.box.right).toBeLessThanOrEqual(extent.minX + extent.width);
    expect(middle.box.left).toBeLessThan(boundary.x2);
    expect(middle.box.bottom).toBeLessThan(boundary.y2);
  });

  it('labels a single party under the left foot', () => {
    expect(ids(labelled(plan([['only', 5]]), 200))).toEqual(['only']);
  });

  it('on an arc wider than a half circle, puts the end labels under its ends, which dip below the centre', () => {
    const wide = plan(
      [
        ['lpc', 169],
        ['bq', 22],
        ['ndp', 7],
        ['gpc', 1],
        ['cpc', 144],
      ],
      240,
    );
    const lowest = Math.max(...wide.map((s) => s.y + s.r));
    expect(lowest).toBeGreaterThan(0.3);
    const [first, last] = [labelled(wide, 600)[0]!, labelled(wide, 600).at(-1)!];
    expect(first.box.top).toBeCloseTo(lowest + 6 * (wide.layout.extent.width / 600), 12);
    expect(last.box.right).toBeCloseTo(wide.layout.extent.minX + wide.layout.extent.width, 12);
  });

  it('on benches, names the government over its side and the others under theirs, clear of the majority’s label', () => {
    const { seats, extent, boundary } = canadaOnBenches();
    const u = extent.width / 480;
    const majority = { left: boundary.x2 - 40 * u, right: boundary.x2 + 40 * u, top: boundary.y2 - 40 * u, bottom: boundary.y2 - 4 * u };
    const labels = benchLabels(seats, { measure, unitsPerPx: u, extent, avoid: majority });
    expect(ids(labels)).toEqual(['lpc', 'bq+ndp+gpc', 'cpc']);
    const [government, ...others] = labels;
    expect(government!.box.bottom).toBeLessThanOrEqual(extent.minY);
    for (const l of others) expect(l.box.top).toBeGreaterThanOrEqual(extent.minY + extent.height);
    for (const l of labels) {
      expect(l.box.left).toBeGreaterThanOrEqual(extent.minX - 1e-9);
      expect(l.box.right).toBeLessThanOrEqual(extent.minX + extent.width + 1e-9);
      const apart =
        l.box.right <= majority.left || majority.right <= l.box.left || l.box.bottom <= majority.top || majority.bottom <= l.box.top;
      expect(apart, l.ids.join('+')).toBe(true);
    }
  });

  it('on narrow benches, keeps every name whole: the largest block keeps the line, the others gather on the next', () => {
    const { seats, extent, boundary } = canadaOnBenches();
    // 150 px across: "bq · ndp · gpc · cpc 174" would need 196, and is cut to fit, as the model cuts labels.
    const u = extent.width / 150;
    const fitted = (ids: readonly string[], n: number) => {
      const { width, height } = measure(ids, n);
      return { width: Math.min(width, 150), height, cut: width > 150 };
    };
    const majority = { left: boundary.x2 - 20 * u, right: boundary.x2 + 20 * u, top: boundary.y2 - 40 * u, bottom: boundary.y2 - 4 * u };
    const labels = benchLabels(seats, { measure: fitted, unitsPerPx: u, extent, avoid: majority });
    expect(ids(labels)).toEqual(['lpc', 'cpc', 'bq+ndp+gpc']);
    const [, conservative, others] = labels;
    expect(conservative!.box.top).toBeGreaterThanOrEqual(extent.minY + extent.height);
    expect(others!.box.top).toBeGreaterThanOrEqual(conservative!.box.bottom);
    for (const l of labels) expect(l.box.right - l.box.left).toBeCloseTo(measure(l.ids, l.seats).width * u, 9);
  });

  it('never lets two labels touch or leave the seats’ width, for random results, arcs and widths', () => {
    const result = fc.tuple(
      fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 280, max: 1400 }),
      fc.oneof(fc.constant(180), fc.integer({ min: 90, max: 300 })),
    );
    fc.assert(
      fc.property(result, ([sizes, width, degrees]) => {
        const seats = plan(
          sizes.map((n, i) => [`p${i}`, n]),
          degrees,
        );
        const labels = labelled(seats, width);
        const { minX, width: across } = seats.layout.extent;
        expect(labels.flatMap((l) => l.ids).sort()).toEqual(sizes.map((_, i) => `p${i}`).sort());
        expect(labels.reduce((a, l) => a + l.seats, 0)).toBe(seats.length);
        for (const l of labels) {
          expect(l.box.left).toBeGreaterThanOrEqual(minX - 1e-9);
          expect(l.box.right).toBeLessThanOrEqual(minX + across + 1e-9);
        }
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i]!.box, labels[j]!.box];
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `${labels[i]!.ids} and ${labels[j]!.ids} at ${width} px, ${degrees}°`).toBe(true);
          }
      }),
    );
  });
});
