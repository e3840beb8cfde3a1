import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapShapes } from './mapShapes.ts';
import { parseRidingMap } from './ridingMapSchema.ts';

const topology = parseRidingMap(JSON.parse(readFileSync('public/data/canada-2025-ridings.topo.json', 'utf8')));

describe('mapShapes', () => {
  it('draws the 343 ridings of the map, fitted to the width, Canada wider than tall', () => {
    const { width, height, shapes } = mapShapes(topology, 'geo', 1000);
    expect(width).toBe(1000);
    expect(shapes).toHaveLength(343);
    expect(new Set(shapes.map((s) => s.id)).size).toBe(343);
    expect(height).toBeGreaterThan(700);
    expect(height).toBeLessThan(1000);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M/);
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(1000);
    }
    // Toronto Centre (35109) is south-east of Vancouver Centre (59035): on screen, right and lower.
    const at = (id: string) => shapes.find((s) => s.id === id)!;
    expect(at('35109').x).toBeGreaterThan(at('59035').x);
    expect(at('35109').y).toBeGreaterThan(at('59035').y);
  });

  it('draws the cartogram as one hexagon per riding, never two on one spot', () => {
    const { width, shapes } = mapShapes(topology, 'hex', 1000);
    expect(shapes).toHaveLength(343);
    const step = Math.min(...shapes.flatMap((a, i) => shapes.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
    // Neighbours are one cell apart, and no cell is shared.
    expect(step).toBeGreaterThan(width / 60);
    expect(Math.max(...shapes.map((s) => s.x))).toBeLessThanOrEqual(width);
  });

  it('frames a province alone, drawn as large as the width allows, in either form', () => {
    const ontario = new Set(topology.objects.ridings.geometries.map((g) => String(g.id)).filter((id) => id.startsWith('35')));
    expect(ontario.size).toBe(122);
    const whole = mapShapes(topology, 'geo', 1000);
    const framed = mapShapes(topology, 'geo', 1000, ontario);
    expect(framed.shapes.map((s) => s.id)).toEqual([...ontario]);
    expect(Math.min(...framed.shapes.map((s) => s.x))).toBeGreaterThanOrEqual(0);
    // Toronto Centre and Ottawa Centre are farther apart framed than on the whole map: Ontario fills the width.
    const apart = (m: typeof whole) => {
      const [a, b] = ['35109', '35078'].map((id) => m.shapes.find((s) => s.id === id)!);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    expect(apart(framed) / apart(whole)).toBeGreaterThan(2);
    const hexes = mapShapes(topology, 'hex', 1000, ontario);
    expect(hexes.shapes).toHaveLength(122);
    // Larger cells: fewer columns across the same width.
    const cell = (m: typeof whole) => Math.min(...m.shapes.slice(1).map((s) => Math.hypot(s.x - m.shapes[0]!.x, s.y - m.shapes[0]!.y)));
    expect(cell(hexes)).toBeGreaterThan(cell(mapShapes(topology, 'hex', 1000)));
    // One province's map names none: the page says which it is.
    expect(hexes.provinces).toEqual([]);
  });
});

describe('parseRidingMap', () => {
  it('names what is wrong with a file that is not a riding map', () => {
    expect(() => parseRidingMap({ type: 'Topology', arcs: [], objects: {} })).toThrow('The riding map is malformed at objects.ridings');
  });
});
