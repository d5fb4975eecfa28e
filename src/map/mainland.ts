import area from '@turf/area'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { Bounds } from './bounds'

/**
 * Share of the largest part's area a part needs to be framed with it: an enclave or a second
 * half of a district counts, an island does not (崂山区's largest island is 0.3 % of its
 * mainland, 即墨区's 0.2 %; 黄岛区's 灵山岛 0.5 %).
 */
export const MAINLAND_SHARE = 0.1

function extend(b: Bounds | null, ring: readonly Position[]): Bounds | null {
  let out = b
  for (const [lon, lat] of ring) {
    if (lon === undefined || lat === undefined) continue
    out = out
      ? [
          [Math.min(out[0][0], lon), Math.min(out[0][1], lat)],
          [Math.max(out[1][0], lon), Math.max(out[1][1], lat)],
        ]
      : [
          [lon, lat],
          [lon, lat],
        ]
  }
  return out
}

/**
 * The bounds of an area's mainland: its largest polygon and every other polygon of at least
 * `share` of that one's area, leaving out outlying islands. A district slide framed on these
 * puts the district in the middle of the screen instead of fitting islands 60 km out at sea
 * (崂山区's reach 121.39° E, its coast 120.72° E). Null for an empty geometry.
 */
export function mainlandBounds(
  geometry: Polygon | MultiPolygon,
  share = MAINLAND_SHARE,
): Bounds | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const sized = parts.map((rings) => ({
    rings,
    m2: area({ type: 'Polygon', coordinates: rings }),
  }))
  const largest = Math.max(0, ...sized.map((p) => p.m2))
  // Only outer rings count: holes lie inside them.
  return sized
    .filter((p) => p.m2 >= largest * share)
    .reduce<Bounds | null>((b, p) => (p.rings[0] ? extend(b, p.rings[0]) : b), null)
}
