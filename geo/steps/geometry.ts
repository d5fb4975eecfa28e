import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'

/** The only geometries the boundary build handles: districts and cities are areas. */
export type AreaGeometry = Polygon | MultiPolygon

/** A collection of area features with properties of type `P`. */
export type AreaCollection<P> = FeatureCollection<AreaGeometry, P>

/** A ring is a closed list of positions; a polygon is an outer ring followed by its holes. */
export type Ring = Position[]

/** The polygons of a geometry, whether it is a Polygon or a MultiPolygon. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/**
 * Returns a copy of `collection` with every ring replaced by `fn(ring)`. Rings for which `fn`
 * returns `null` are dropped; a polygon whose outer ring is dropped is dropped as a whole.
 * Never mutates its input, so each build step stays a pure function.
 */
export function mapRings<P>(
  collection: AreaCollection<P>,
  fn: (ring: Ring) => Ring | null,
): AreaCollection<P> {
  const mapPolygon = (rings: Position[][]): Position[][] | null => {
    const [outer, ...holes] = rings
    const mappedOuter = outer ? fn(outer) : null
    if (!mappedOuter) return null
    const mappedHoles = holes.map(fn).filter((r): r is Ring => r !== null)
    return [mappedOuter, ...mappedHoles]
  }
  const features = collection.features.map((feature): Feature<AreaGeometry, P> => {
    const g = feature.geometry
    const geometry: AreaGeometry =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: mapPolygon(g.coordinates) ?? [] }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map(mapPolygon).filter((p): p is Position[][] => p !== null),
          }
    return { ...feature, geometry }
  })
  return { ...collection, features }
}

/** Returns a copy of `collection` with every position replaced by `fn(position)`. */
export function mapPositions<P>(
  collection: AreaCollection<P>,
  fn: (position: Position) => Position,
): AreaCollection<P> {
  return mapRings(collection, (ring) => ring.map(fn))
}
