/**
 * The small map on a riding's page: the riding's province or territory, its ridings drawn, the riding's own
 * shape and a ring around its centre (a city riding is a speck at a province's scale). Pure, like mapShapes.
 */
import { feature } from 'topojson-client';
import { fittedPath, round, type MapShapes } from './mapShapes.ts';
import type { RidingMapProperties, RidingMapTopology } from './ridingMapSchema.ts';

export interface LocatorShapes extends MapShapes {
  /** The riding's centre, where the ring goes. */
  focus: { x: number; y: number };
}

/** Undefined when the map has no such riding. */
export function locatorShapes(topology: RidingMapTopology, ridingId: string, width: number): LocatorShapes | undefined {
  const collection = feature(topology, topology.objects.ridings);
  const province = (collection.features.find((f) => String(f.id) === ridingId)?.properties as RidingMapProperties | undefined)?.province;
  if (province === undefined) return undefined;
  const features = collection.features.filter((f) => (f.properties as RidingMapProperties).province === province);
  const { path, height } = fittedPath({ type: 'FeatureCollection', features }, width);
  const shapes = features.map((f) => {
    const [x, y] = path.centroid(f);
    return { id: String(f.id), province, d: path(f) ?? '', x: round(x), y: round(y) };
  });
  const own = shapes.find((s) => s.id === ridingId)!;
  return { width, height, shapes, focus: { x: own.x, y: own.y } };
}
