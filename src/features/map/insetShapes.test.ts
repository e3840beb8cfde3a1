import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insetShapes } from './insetShapes.ts';
import { ridingFeatures } from './mapShapes.ts';
import { parseRidingMap } from './ridingMapSchema.ts';

const topology = parseRidingMap(JSON.parse(readFileSync('public/data/canada-2025-ridings.topo.json', 'utf8')));
const features = ridingFeatures(topology);

describe('insetShapes', () => {
  it('the map file names the six cities #16 asks for, and Quebec City', () => {
    expect(topology.insets?.map((i) => i.id)).toEqual(['toronto', 'montreal', 'vancouver', 'ottawa', 'calgary', 'edmonton', 'quebec']);
  });

  it('draws the ridings around a city’s central riding, fitted to the width', () => {
    const toronto = topology.insets!.find((i) => i.id === 'toronto')!;
    const map = insetShapes(features, toronto, 300)!;
    // Counted when the radius was chosen (scripts/geo/cityInsets.ts): 34 ridings within 30 km of Toronto Centre.
    expect(map.shapes).toHaveLength(34);
    expect(map.shapes.map((s) => s.id)).toContain('35109');
    expect(new Set(map.shapes.map((s) => s.province))).toEqual(new Set(['35']));
    expect(map.width).toBe(300);
    for (const s of map.shapes) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(300);
    }
  });

  it('takes Montreal’s shores with the island: Terrebonne is in it', () => {
    const montreal = topology.insets!.find((i) => i.id === 'montreal')!;
    const ids = insetShapes(features, montreal, 300)!.shapes.map((s) => s.id);
    expect(ids).toHaveLength(35);
    expect(ids).toContain('24073');
  });

  it('takes both sides of a river: Ottawa–Gatineau has ridings in Ontario and Quebec', () => {
    const ottawa = topology.insets!.find((i) => i.id === 'ottawa')!;
    const provinces = new Set(insetShapes(features, ottawa, 300)!.shapes.map((s) => s.province));
    expect(provinces).toEqual(new Set(['35', '24']));
  });

  it('has nothing for a centre the map does not have', () => {
    expect(insetShapes(features, { id: 'x', name: { en: 'X' }, centre: '99999', radiusKm: 10 }, 300)).toBeUndefined();
  });
});
