import rewind from '@turf/rewind'
import type { AreaCollection, AreaGeometry } from './geometry.ts'

/**
 * Rewinds one geometry's rings to RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise.
 * The source (and mapshaper's default GeoJSON output) winds outer rings clockwise; MapLibre
 * tolerates either, but validators and some tools (d3-geo) do not.
 */
export function windGeometry(geometry: AreaGeometry): AreaGeometry {
  // @turf/rewind declares a loose return type; it returns the same geometry type it was given.
  const out = rewind(geometry, { reverse: false, mutate: false })
  if (out.type !== geometry.type) throw new Error(`rewind changed ${geometry.type} to ${out.type}`)
  return out as AreaGeometry
}

/** Applies {@link windGeometry} to every feature of `collection`. */
export function windRfc7946<P>(collection: AreaCollection<P>): AreaCollection<P> {
  return {
    ...collection,
    features: collection.features.map((f) => ({ ...f, geometry: windGeometry(f.geometry) })),
  }
}
