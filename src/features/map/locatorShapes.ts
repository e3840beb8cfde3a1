/**
 * The small map on a riding's page: the riding's province or territory, its ridings drawn, the riding's own
 * shape and a ring around its centre (a city riding is a speck at a province's scale). Pure, like mapShapes.
 */
import { drawFeatures, type MapShapes, type RidingFeature } from './mapShapes.ts';

export interface LocatorShapes extends MapShapes {
  /** The riding's centre, where the ring goes. */
  focus: { x: number; y: number };
}

/** Undefined when the map has no such riding. */
export function locatorShapes(features: readonly RidingFeature[], ridingId: string, width: number): LocatorShapes | undefined {
  const province = features.find((f) => String(f.id) === ridingId)?.properties.province;
  if (province === undefined) return undefined;
  const drawn = drawFeatures(
    features.filter((f) => f.properties.province === province),
    width,
  );
  const own = drawn.shapes.find((s) => s.id === ridingId)!;
  return { ...drawn, focus: { x: own.x, y: own.y } };
}
