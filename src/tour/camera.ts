/** A box in page pixels (a DOMRect's edges). */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** Padding on each side of the map in px, as MapLibre's `fitBounds` takes it. */
export interface Padding {
  top: number
  bottom: number
  left: number
  right: number
}

/** What covers the presentation's map: the caption column and the step counter. */
export interface PresentationCovers {
  caption: Rect | null
  counter: Rect | null
}

/**
 * Room kept between a framed area and the edge of the visible map, in units of the
 * presentation's type scale (`--present-s`, 1 % of the screen height): half the width of a
 * six-character label at its presentation size (2 s a character) plus its box, so a label at
 * the area's edge stays inside the map instead of running under the caption.
 */
export const LABEL_ROOM_X = 8
/** The same vertically: half a two-line label (Chinese name over English). */
export const LABEL_ROOM_Y = 4
/** The attribution line at the bottom of the map. */
export const ATTRIBUTION_S = 2
/** A zone's label hangs below its symbol (src/styles/map.css), so the bottom keeps more room. */
export const ZONE_LABEL_DROP_S = 4

/**
 * Pure: the camera padding of a tour step. The part of the map the caption column covers is
 * not map at all, so the framed area is centred in what is left, the counter's height is kept
 * free at the top, and every side keeps room for labels. `s` is the type scale in px.
 */
export function presentationPadding(map: Rect, covers: PresentationCovers, s: number): Padding {
  const roomX = LABEL_ROOM_X * s
  const roomY = LABEL_ROOM_Y * s
  const covered = covers.caption ? Math.max(0, covers.caption.right - map.left) : 0
  // A portrait screen puts the caption below the map: then it covers the bottom instead.
  const below =
    covers.caption && covers.caption.top > map.top + 1
      ? Math.max(0, map.bottom - covers.caption.top)
      : 0
  const left = below > 0 ? roomX : covered + roomX
  const counter = covers.counter ? Math.max(0, covers.counter.bottom - map.top) : 0
  const top = Math.max(roomY, counter + roomY / 2)
  const bottom = below + roomY + (ZONE_LABEL_DROP_S + ATTRIBUTION_S) * s
  const width = map.right - map.left
  const height = map.bottom - map.top
  // Never leave less than a third of the map to draw in (a small window).
  const fitX = Math.min(1, (width * (2 / 3)) / Math.max(1, left + roomX))
  const fitY = Math.min(1, (height * (2 / 3)) / Math.max(1, top + bottom))
  return {
    top: Math.round(top * fitY),
    bottom: Math.round(bottom * fitY),
    left: Math.round(left * fitX),
    right: Math.round(roomX * fitX),
  }
}

/** The presentation's type scale in px: `--present-s` = min(1vh, 0.5625vw) (src/styles/base.css). */
export const presentScale = (width: number, height: number): number =>
  Math.min(height / 100, width * 0.005625)
