import gcoord from 'gcoord'
import type { Position } from 'geojson'
import { mapPositions, type AreaCollection } from './geometry.ts'

/**
 * Converts one position from GCJ-02 (the obfuscated datum Chinese web maps are required to use)
 * to WGS84, which MapLibre and OpenStreetMap use. gcoord inverts the GCJ-02 offset iteratively,
 * accurate to well under a metre; the offset itself is several hundred metres around Qingdao.
 */
export function gcj02ToWgs84Position(position: Position): Position {
  const [lon = 0, lat = 0] = position
  const [x, y] = gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84)
  return [x, y]
}

/** Applies {@link gcj02ToWgs84Position} to every position of `collection`. */
export function gcj02ToWgs84<P>(collection: AreaCollection<P>): AreaCollection<P> {
  return mapPositions(collection, gcj02ToWgs84Position)
}
