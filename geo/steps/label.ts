import area from '@turf/area'
import polylabel from 'polylabel'
import type { Position } from 'geojson'
import { polygonsOf, type AreaGeometry } from './geometry.ts'
import { roundTo } from './precision.ts'

/** polylabel's search precision in degrees (≈10 m); finer changes nothing visible on a label. */
export const LABEL_PRECISION_DEGREES = 1e-4

/**
 * A label anchor guaranteed inside the geometry: the pole of inaccessibility (polylabel) of its
 * largest polygon, i.e. the inside point farthest from any edge. A centroid is not used because
 * for a coastal, island-studded district (黄岛, 崂山, 即墨) it can fall in the sea.
 */
export function labelPoint(geometry: AreaGeometry, decimals: number): [number, number] {
  let best: Position[][] | undefined
  let bestArea = -1
  for (const polygon of polygonsOf(geometry)) {
    const a = area({ type: 'Polygon', coordinates: polygon })
    if (a > bestArea) [best, bestArea] = [polygon, a]
  }
  if (!best) throw new Error('labelPoint: empty geometry')
  const rings = best.map((ring) => ring.map(([x = 0, y = 0]): [number, number] => [x, y]))
  const [x, y] = polylabel(rings, LABEL_PRECISION_DEGREES)
  return [roundTo(x, decimals), roundTo(y, decimals)]
}

/** Area of the geometry in km², rounded to 0.1 km² (Turf's spherical area, WGS84 radius). */
export function areaKm2(geometry: AreaGeometry): number {
  return roundTo(area(geometry) / 1e6, 1)
}
