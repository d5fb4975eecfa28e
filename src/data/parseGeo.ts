import type { Position } from 'geojson'
import {
  DISTRICT_IDS,
  type ContextCollection,
  type DistrictCollection,
  type DistrictId,
} from '../types/geo'

export type Parsed<T> = { ok: true; value: T } | { ok: false; detail: string }

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    isFiniteNumber(p[0]) &&
    isFiniteNumber(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  )
}

function isRing(r: unknown): boolean {
  if (!Array.isArray(r) || r.length < 4 || !r.every(isPosition)) return false
  const first = r[0] as Position
  const last = r[r.length - 1] as Position
  return first[0] === last[0] && first[1] === last[1]
}

const isPolygonCoords = (c: unknown): boolean => Array.isArray(c) && c.length > 0 && c.every(isRing)

/** Checks a (Multi)Polygon geometry; MapLibre would accept a broken one silently and draw nothing. */
export function polygonProblem(geometry: unknown): string | null {
  if (!isObject(geometry)) return 'geometry is missing'
  if (geometry.type === 'Polygon') {
    return isPolygonCoords(geometry.coordinates) ? null : 'Polygon has an invalid ring'
  }
  if (geometry.type === 'MultiPolygon') {
    const coords = geometry.coordinates
    return Array.isArray(coords) && coords.length > 0 && coords.every(isPolygonCoords)
      ? null
      : 'MultiPolygon has an invalid ring'
  }
  return `geometry type ${String(geometry.type)} is not a polygon`
}

function featureList(json: unknown): Parsed<unknown[]> {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { ok: false, detail: 'not a GeoJSON FeatureCollection' }
  }
  return { ok: true, value: json.features }
}

function labelPointProblem(p: unknown): string | null {
  return isPosition(p) ? null : 'labelPoint is not a [lon, lat] pair'
}

/** Parses `districts.geojson`: exactly the ten known districts, each with a valid polygon. */
export function parseDistricts(json: unknown): Parsed<DistrictCollection> {
  const list = featureList(json)
  if (!list.ok) return list
  const seen = new Set<DistrictId>()
  for (const [i, f] of list.value.entries()) {
    if (!isObject(f) || f.type !== 'Feature' || !isObject(f.properties)) {
      return { ok: false, detail: `feature ${i} is not a GeoJSON Feature with properties` }
    }
    const p = f.properties
    const id = p.id as DistrictId
    if (!DISTRICT_IDS.includes(id)) return { ok: false, detail: `feature ${i}: unknown id` }
    if (seen.has(id)) return { ok: false, detail: `feature ${i}: duplicate id ${id}` }
    seen.add(id)
    if (typeof p.nameZh !== 'string' || typeof p.nameEn !== 'string') {
      return { ok: false, detail: `${id}: names missing` }
    }
    if (!isFiniteNumber(p.areaKm2) || p.areaKm2 <= 0) {
      return { ok: false, detail: `${id}: areaKm2 missing` }
    }
    const problem = labelPointProblem(p.labelPoint) ?? polygonProblem(f.geometry)
    if (problem) return { ok: false, detail: `${id}: ${problem}` }
  }
  if (seen.size !== DISTRICT_IDS.length) {
    return { ok: false, detail: `expected ${DISTRICT_IDS.length} districts, found ${seen.size}` }
  }
  return { ok: true, value: json as DistrictCollection }
}

/** Parses the neighbouring-cities context layer. */
export function parseContext(json: unknown): Parsed<ContextCollection> {
  const list = featureList(json)
  if (!list.ok) return list
  for (const [i, f] of list.value.entries()) {
    if (!isObject(f) || !isObject(f.properties) || typeof f.properties.nameZh !== 'string') {
      return { ok: false, detail: `feature ${i} has no name` }
    }
    const problem = labelPointProblem(f.properties.labelPoint) ?? polygonProblem(f.geometry)
    if (problem) return { ok: false, detail: `feature ${i}: ${problem}` }
  }
  return { ok: true, value: json as ContextCollection }
}
