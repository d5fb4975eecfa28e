import bbox from '@turf/bbox'
import type { FeatureCollection } from 'geojson'

/** South-west and north-east corners, as MapLibre's `fitBounds` takes them. */
export type Bounds = [[number, number], [number, number]]

/** South-west and north-east corners enclosing every coordinate of the collection. */
export function boundsOf(collection: FeatureCollection): Bounds {
  const [west, south, east, north] = bbox(collection)
  return [
    [west, south],
    [east, north],
  ]
}

/** Qingdao's approximate extent, for a projection fitted before the boundaries have loaded. */
export const QINGDAO_BOUNDS: Bounds = [
  [119.5, 35.6],
  [121.0, 37.1],
]
