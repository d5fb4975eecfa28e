import area from '@turf/area'
import type { Position } from 'geojson'
import { polygonsOf, type AreaCollection } from './steps/geometry.ts'

/** An island reduced to what matching needs: its area-weighted centroid and its area. */
export interface Island {
  centroid: [number, number]
  areaKm2: number
}

/** Options of {@link measureMisalignment}; the defaults are the ones the tests and README use. */
export interface AlignmentOptions {
  /** Polygons smaller than this count as islands (the mainland parts are far larger). */
  maxIslandKm2: number
  /** A reference island further than this from every candidate stays unmatched. */
  maxMatchMetres: number
  /** Candidates whose area differs from the reference island's by more than this factor are skipped. */
  maxAreaRatio: number
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = {
  maxIslandKm2: 50,
  maxMatchMetres: 3000,
  maxAreaRatio: 4,
}

const EARTH_RADIUS_METRES = 6_371_008.8

/** Great-circle distance in metres between two [lon, lat] points (haversine). */
export function distanceMetres(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLon = (b[0] - a[0]) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h))
}

/**
 * Area-weighted centroid of a ring (shoelace formula in degrees). Planar maths is fine at island
 * scale (< 10 km), and unlike the vertex mean it does not drift towards densely digitised shores.
 */
export function ringCentroid(ring: Position[]): [number, number] {
  let a2 = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? []
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? []
    const cross = x0 * y1 - x1 * y0
    a2 += cross
    cx += (x0 + x1) * cross
    cy += (y0 + y1) * cross
  }
  return [cx / (3 * a2), cy / (3 * a2)]
}

/** Every polygon of the collection smaller than `maxIslandKm2`, as an {@link Island}. */
export function islandsOf<P>(collection: AreaCollection<P>, maxIslandKm2: number): Island[] {
  return collection.features.flatMap((feature) =>
    polygonsOf(feature.geometry).flatMap((polygon): Island[] => {
      const outer = polygon[0]
      if (!outer) return []
      const areaKm2 = area({ type: 'Polygon', coordinates: [outer] }) / 1e6
      return areaKm2 < maxIslandKm2 ? [{ centroid: ringCentroid(outer), areaKm2 }] : []
    }),
  )
}

/** Median of a non-empty list of numbers; NaN for an empty one. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  const hi = sorted[mid] ?? NaN
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2
}

/** Result of {@link measureMisalignment}. */
export interface Misalignment {
  /** Median distance in metres between matched island centroids. */
  medianMetres: number
  /** Distance for each matched reference island, in reference order. */
  distancesMetres: number[]
  /** Reference islands with no candidate within `maxMatchMetres` (e.g. islands of other cities). */
  unmatched: number
}

/**
 * Measures how far `subject` sits from the OpenStreetMap reference: each reference island is
 * matched to the nearest subject island of similar size, and the median centroid distance is
 * reported. Islands are used rather than the mainland coast because a centroid is insensitive to
 * how finely either data set digitised the shore, so what remains is the systematic shift.
 */
export function measureMisalignment<P, Q>(
  subject: AreaCollection<P>,
  reference: AreaCollection<Q>,
  options: AlignmentOptions = DEFAULT_ALIGNMENT,
): Misalignment {
  const candidates = islandsOf(subject, options.maxIslandKm2)
  const distancesMetres: number[] = []
  let unmatched = 0
  for (const ref of islandsOf(reference, options.maxIslandKm2)) {
    const similar = candidates.filter((c) => {
      const ratio = c.areaKm2 / ref.areaKm2
      return ratio <= options.maxAreaRatio && ratio >= 1 / options.maxAreaRatio
    })
    const nearest = Math.min(...similar.map((c) => distanceMetres(c.centroid, ref.centroid)))
    if (nearest <= options.maxMatchMetres) distancesMetres.push(nearest)
    else unmatched++
  }
  return { medianMetres: median(distancesMetres), distancesMetres, unmatched }
}
