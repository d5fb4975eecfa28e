import * as v from 'valibot'
import {
  DISTRICT_IDS,
  type ContextCollection,
  type DistrictCollection,
  type DistrictId,
} from '../types/geo'
import { finiteNumber, parseWith, type Parsed } from './parse'

export type { Parsed } from './parse'

/** [lon, lat] in degrees; a third (height) value is allowed by RFC 7946 and kept. */
const PositionSchema = v.pipe(
  v.array(finiteNumber),
  v.minLength(2, 'a position needs a longitude and a latitude'),
  v.check(
    (p) => Math.abs(p[0] ?? 0) <= 180 && Math.abs(p[1] ?? 0) <= 90,
    'position is outside [-180, 180] × [-90, 90]',
  ),
)

/** A closed linear ring of at least four positions (RFC 7946 §3.1.6). */
const RingSchema = v.pipe(
  v.array(PositionSchema),
  v.minLength(4, 'a ring needs at least four positions'),
  v.check((r) => {
    const first = r[0]
    const last = r[r.length - 1]
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
  }, 'ring is not closed'),
)

const PolygonCoordinates = v.pipe(v.array(RingSchema), v.minLength(1, 'polygon has no ring'))

/** A (Multi)Polygon; MapLibre would accept a broken one silently and draw nothing. */
const PolygonalSchema = v.variant(
  'type',
  [
    v.looseObject({ type: v.literal('Polygon'), coordinates: PolygonCoordinates }),
    v.looseObject({
      type: v.literal('MultiPolygon'),
      coordinates: v.pipe(v.array(PolygonCoordinates), v.minLength(1, 'MultiPolygon is empty')),
    }),
  ],
  'geometry is not a Polygon or MultiPolygon',
)

const LabelPoint = v.tuple([finiteNumber, finiteNumber], 'labelPoint is not a [lon, lat] pair')

/** A FeatureCollection whose features have `properties` of the given shape and polygons. */
const collectionOf = <P extends v.GenericSchema>(properties: P) =>
  v.looseObject({
    type: v.literal('FeatureCollection', 'not a GeoJSON FeatureCollection'),
    features: v.array(
      v.looseObject({
        type: v.literal('Feature'),
        // Geometry first: a broken ring is the problem MapLibre would hide, so it is named first.
        geometry: PolygonalSchema,
        properties,
      }),
    ),
  })

const DistrictsSchema = collectionOf(
  v.looseObject({
    id: v.picklist(DISTRICT_IDS, 'unknown district id'),
    adcode: finiteNumber,
    nameZh: v.string(),
    nameEn: v.string(),
    areaKm2: v.pipe(finiteNumber, v.gtValue(0, 'areaKm2 must be positive')),
    labelPoint: LabelPoint,
  }),
)

const ContextSchema = collectionOf(
  v.looseObject({ nameZh: v.string(), nameEn: v.string(), labelPoint: LabelPoint }),
)

/** Parses `districts.geojson`: exactly the ten known districts, each once, with a valid polygon. */
export function parseDistricts(json: unknown): Parsed<DistrictCollection> {
  const parsed = parseWith(DistrictsSchema, json)
  if (!parsed.ok) return parsed
  const seen = new Set<DistrictId>()
  for (const [i, f] of parsed.value.features.entries()) {
    const id = f.properties.id
    if (seen.has(id)) return { ok: false, detail: `features[${i}].properties.id: duplicate ${id}` }
    seen.add(id)
  }
  if (seen.size !== DISTRICT_IDS.length) {
    return { ok: false, detail: `expected ${DISTRICT_IDS.length} districts, found ${seen.size}` }
  }
  const value: DistrictCollection = parsed.value
  return { ok: true, value }
}

/** Parses the neighbouring-cities context layer. */
export function parseContext(json: unknown): Parsed<ContextCollection> {
  const parsed = parseWith(ContextSchema, json)
  if (!parsed.ok) return parsed
  const value: ContextCollection = parsed.value
  return { ok: true, value }
}
