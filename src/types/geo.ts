import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'

/** Stable ASCII ids of Qingdao's ten county-level divisions, as used in URLs and data files. */
export const DISTRICT_IDS = [
  'shinan',
  'shibei',
  'licang',
  'laoshan',
  'huangdao',
  'chengyang',
  'jimo',
  'jiaozhou',
  'pingdu',
  'laixi',
] as const

export type DistrictId = (typeof DISTRICT_IDS)[number]

/** Properties of one feature of `public/geo/districts.geojson`. */
export interface DistrictProperties {
  id: DistrictId
  /** Current administrative division code (即墨区 is 370215, not the old 即墨市 370282). */
  adcode: number
  nameZh: string
  nameEn: string
  /** Polygon area computed with Turf on the published (WGS84, simplified) geometry. */
  areaKm2: number
  /** [lon, lat] of a point guaranteed inside the polygon, for labels. */
  labelPoint: [number, number]
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties>
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>

/** Properties of one feature of `public/geo/context.geojson` (neighbouring cities). */
export interface ContextProperties {
  nameZh: string
  nameEn: string
  labelPoint: [number, number]
}
export type ContextCollection = FeatureCollection<Polygon | MultiPolygon, ContextProperties>
