export interface Size {
  width: number
  height: number
}

/** How far below the pointer the tooltip starts (clear of the cursor) and the edge it keeps. */
const GAP = 14
const MARGIN = 8

/**
 * Where a tooltip of `tip` size goes for a pointer at `point`, in the map container's pixels:
 * centred under the pointer, moved sideways to stay inside the container, and above the pointer
 * when there is no room below (`bottomInset` is what covers the container's foot, a phone's
 * sheet). Centred on the pointer a tooltip near the edge was cut in half on a phone.
 */
export function placeTooltip(
  point: { x: number; y: number },
  tip: Size,
  container: Size,
  bottomInset = 0,
): { left: number; top: number } {
  const bottom = container.height - bottomInset - MARGIN
  const maxLeft = container.width - tip.width - MARGIN
  const left = Math.max(MARGIN, Math.min(point.x - tip.width / 2, maxLeft))
  const below = point.y + GAP
  const above = point.y - GAP - tip.height
  const top = below + tip.height <= bottom || above < MARGIN ? below : above
  return { left: Math.round(left), top: Math.round(top) }
}
