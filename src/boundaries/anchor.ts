import area from '@turf/area'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import polylabel from 'polylabel'

/** polylabel's search precision in degrees (≈10 m), as for the district labels (geo/steps/label.ts). */
const PRECISION_DEGREES = 1e-4

/**
 * Where a zone's pin and label go once the planner has loaded its boundary: the pole of
 * inaccessibility of its largest polygon, the inside point farthest from any edge. The estimated
 * location it had before may lie outside the real boundary, and a centroid can fall outside a
 * concave or multi-part one.
 */
export function boundaryAnchor(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best: Position[][] | undefined
  let bestArea = -1
  for (const coordinates of polygons) {
    const a = area({ type: 'Polygon', coordinates })
    if (a > bestArea) [best, bestArea] = [coordinates, a]
  }
  const rings = (best ?? []).map((ring) => ring.map(([x = 0, y = 0]): [number, number] => [x, y]))
  const [x = 0, y = 0] = polylabel(rings, PRECISION_DEGREES)
  return [x, y]
}

/** A boundary's area in km² (Turf's spherical area), for the panel. */
export const boundaryKm2 = (geometry: Polygon | MultiPolygon): number => area(geometry) / 1e6
