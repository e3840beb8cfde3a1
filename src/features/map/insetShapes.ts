/**
 * A city inset of the geographic map: the ridings whose centre lies within the inset's radius of its central
 * riding's centre (the file's plane is in metres), fitted to the inset's width. Pure, like mapShapes.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { fittedPath, round, type MapShapes } from './mapShapes.ts';
import type { CityInset, RidingMapProperties, RidingMapTopology } from './ridingMapSchema.ts';

/** Undefined when the map has no riding at the inset's centre. */
export function insetShapes(topology: RidingMapTopology, inset: CityInset, width: number): MapShapes | undefined {
  const collection = feature(topology, topology.objects.ridings);
  const plane = geoPath(geoIdentity());
  const centres = collection.features.map((f) => plane.centroid(f));
  const middle = collection.features.findIndex((f) => String(f.id) === inset.centre);
  if (middle === -1) return undefined;
  const [cx, cy] = centres[middle]!;
  const reach = inset.radiusKm * 1000;
  const features = collection.features.filter((_, i) => Math.hypot(centres[i]![0] - cx, centres[i]![1] - cy) <= reach);
  const { path, height } = fittedPath({ type: 'FeatureCollection', features }, width);
  const shapes = features.map((f) => {
    const [x, y] = path.centroid(f);
    return { id: String(f.id), province: (f.properties as RidingMapProperties).province, d: path(f) ?? '', x: round(x), y: round(y) };
  });
  return { width, height, shapes };
}
