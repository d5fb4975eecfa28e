import { dedupeRing } from './dedupe.ts'
import { mapRings, type AreaCollection } from './geometry.ts'

/**
 * Decimal places kept in published coordinates. 4 decimals is 1.1e-4° ≈ 9–11 m, well below the
 * source's 1/1024° (≈90 m) grid, so rounding adds no visible error but shortens every number.
 */
export const COORDINATE_DECIMALS = 4

/** Rounds `value` to `decimals` places, normalising -0 to 0 so output bytes are stable. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded
}

/**
 * Rounds every coordinate to `decimals` places, then drops the consecutive duplicates rounding can
 * create (two simplified vertices closer than the precision collapse into one).
 */
export function roundCoordinates<P>(
  collection: AreaCollection<P>,
  decimals: number = COORDINATE_DECIMALS,
): AreaCollection<P> {
  return mapRings(collection, (ring) =>
    dedupeRing(ring.map(([x = 0, y = 0]) => [roundTo(x, decimals), roundTo(y, decimals)])),
  )
}
