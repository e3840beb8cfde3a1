/**
 * The riding map file (`public/data/<election>-ridings.topo.json`, written by scripts/geo/buildRidingMap.ts):
 * checked at the boundary like the election, for what the map reads of it.
 */
import * as v from 'valibot';
import type { GeometryCollection, Topology } from 'topojson-specification';

const RidingGeometrySchema = v.looseObject({
  type: v.picklist(['Polygon', 'MultiPolygon']),
  id: v.string(),
  properties: v.looseObject({ province: v.string(), hex: v.tuple([v.number(), v.number()]) }),
});

const CityInsetSchema = v.object({
  id: v.string(),
  name: v.object({ en: v.string(), fr: v.optional(v.string()) }),
  centre: v.string(),
  radiusKm: v.pipe(v.number(), v.minValue(0)),
});

const RidingMapSchema = v.looseObject({
  type: v.literal('Topology'),
  insets: v.optional(v.array(CityInsetSchema)),
  arcs: v.array(v.array(v.array(v.number()))),
  objects: v.looseObject({ ridings: v.looseObject({ type: v.literal('GeometryCollection'), geometries: v.array(RidingGeometrySchema) }) }),
});

export interface RidingMapProperties {
  /** The province's code: the district number's first two digits. */
  province: string;
  /** The riding's cell on the hex cartogram: column and row (src/core/picture/hexGrid.ts). */
  hex: [number, number];
}
/** A city the geographic map enlarges: the ridings whose centre is within `radiusKm` of the central riding's. */
export type CityInset = v.InferOutput<typeof CityInsetSchema>;
export type RidingMapTopology = Topology<{ ridings: GeometryCollection<RidingMapProperties> }> & { insets?: CityInset[] };

/** The map, or an error naming the first thing wrong with it. */
export function parseRidingMap(json: unknown): RidingMapTopology {
  const result = v.safeParse(RidingMapSchema, json);
  if (!result.success) throw new Error(`The riding map is malformed at ${v.getDotPath(result.issues[0]) ?? '(root)'}`);
  return result.output as unknown as RidingMapTopology;
}
