import type { FeatureCollection, Geometry, Position } from 'geojson'

export type Bounds = [[number, number], [number, number]]

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates)
      break
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit)
      break
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((ring) => ring.forEach(visit))
      break
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)))
      break
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => eachPosition(g, visit))
      break
  }
}

/** South-west and north-east corners enclosing every coordinate of the collection. */
export function boundsOf(collection: FeatureCollection): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const feature of collection.features) {
    if (!feature.geometry) continue
    eachPosition(feature.geometry, ([lon = 0, lat = 0]) => {
      west = Math.min(west, lon)
      east = Math.max(east, lon)
      south = Math.min(south, lat)
      north = Math.max(north, lat)
    })
  }
  return [
    [west, south],
    [east, north],
  ]
}
