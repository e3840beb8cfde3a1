/**
 * A city inset of the geographic map: the ridings whose centre lies within the inset's radius of its central
 * riding's centre (the file's plane is in metres), fitted to the inset's width. Pure, like mapShapes.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import { drawFeatures, type MapShapes, type RidingFeature } from './mapShapes.ts';
import type { CityInset } from './ridingMapSchema.ts';

/** Undefined when the map has no riding at the inset's centre. */
export function insetShapes(features: readonly RidingFeature[], inset: CityInset, width: number): MapShapes | undefined {
  const plane = geoPath(geoIdentity());
  const centres = features.map((f) => plane.centroid(f));
  const middle = features.findIndex((f) => String(f.id) === inset.centre);
  if (middle === -1) return undefined;
  const [cx, cy] = centres[middle]!;
  const reach = inset.radiusKm * 1000;
  return drawFeatures(
    features.filter((_, i) => Math.hypot(centres[i]![0] - cx, centres[i]![1] - cy) <= reach),
    width,
  );
}
