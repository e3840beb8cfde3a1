import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locatorShapes } from './locatorShapes.ts';
import { ridingFeatures } from './mapShapes.ts';
import { parseRidingMap } from './ridingMapSchema.ts';

const topology = parseRidingMap(JSON.parse(readFileSync('public/data/canada-2025-ridings.topo.json', 'utf8')));
const features = ridingFeatures(topology);

describe('locatorShapes', () => {
  it('draws the riding’s province, fitted to the width, with its centre to ring', () => {
    const map = locatorShapes(features, '24073', 300)!;
    // Terrebonne is in Quebec: the 78 ridings of Quebec, and no other.
    expect(map.shapes).toHaveLength(78);
    expect(new Set(map.shapes.map((s) => s.province))).toEqual(new Set(['24']));
    expect(map.width).toBe(300);
    expect(map.height).toBeGreaterThan(200);
    const own = map.shapes.find((s) => s.id === '24073')!;
    expect(map.focus).toEqual({ x: own.x, y: own.y });
    expect(map.focus.x).toBeGreaterThan(0);
    expect(map.focus.x).toBeLessThan(300);
    expect(map.focus.y).toBeLessThan(map.height);
  });

  it('draws a territory of one riding alone', () => {
    const map = locatorShapes(features, '62001', 300)!;
    expect(map.shapes.map((s) => s.id)).toEqual(['62001']);
  });

  it('has nothing for a riding the map does not have', () => {
    expect(locatorShapes(features, '99999', 300)).toBeUndefined();
  });
});
