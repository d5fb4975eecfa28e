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

/** Padding in px on each side of the map, as MapLibre's `fitBounds` takes it. */
export interface Insets {
  top: number
  bottom: number
  left: number
  right: number
}

/** A box in page coordinates (a `DOMRect`'s edges). */
export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/**
 * How many px of the map's bottom edge `sheet` covers: 0 when it lies beside the map (the wide
 * layout's side panel) or is not shown. Measured from the boxes, so it is the sheet's real height
 * whether it is collapsed, opening, or shorter than its maximum.
 */
export function bottomCover(map: Box, sheet: Box | null): number {
  if (!sheet || sheet.bottom <= sheet.top) return 0
  if (sheet.left >= map.right || sheet.right <= map.left) return 0
  if (sheet.bottom < map.bottom) return 0
  return Math.max(0, Math.min(map.bottom - sheet.top, map.bottom - map.top))
}

/**
 * Padding on a narrow screen: below what covers the map's top (the compact legend), above what
 * covers its bottom (the sheet), `base` at the sides. The sheet wins: a framed area must never be
 * under it, so when the two leave less than `minMap` px between them the top gives way first.
 */
export function stackedPadding(
  height: number,
  cover: { top: number; bottom: number },
  base: number,
  minMap = 96,
): Insets {
  const bottom = Math.min(cover.bottom + base, height - minMap)
  const top = Math.max(base, Math.min(cover.top + 8, height * 0.4, height - bottom - minMap))
  return { top: Math.max(0, top), bottom: Math.max(0, bottom), left: base, right: base }
}

/** The `offset` for `easeTo` that puts the centre in the middle of the padded part of the map. */
export const paddedOffset = (p: Insets): [number, number] => [
  (p.left - p.right) / 2,
  (p.top - p.bottom) / 2,
]

/** The closest `focus` zooms to an area: a small district is framed, not filled edge to edge. */
export const FOCUS_MAX_ZOOM = 10.5
