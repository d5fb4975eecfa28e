import type { Position } from 'geojson'
import { mapRings, type AreaCollection, type Ring } from './geometry.ts'

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

/**
 * Removes consecutive repeated positions from a closed ring and keeps it closed. About a third of
 * the source vertices repeat their predecessor (quantisation collapsed them onto one grid point);
 * they carry no shape and make validity checks fail. Returns `null` when fewer than three distinct
 * corners remain, since such a ring has no area.
 */
export function dedupeRing(ring: Ring): Ring | null {
  const out: Ring = []
  for (const p of ring) {
    const last = out[out.length - 1]
    if (!last || !samePosition(last, p)) out.push(p)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first && last && !samePosition(first, last)) out.push(first)
  return out.length >= 4 ? out : null
}

/** Applies {@link dedupeRing} to every ring of `collection`, dropping rings that collapse. */
export function removeConsecutiveDuplicates<P>(collection: AreaCollection<P>): AreaCollection<P> {
  return mapRings(collection, dedupeRing)
}
