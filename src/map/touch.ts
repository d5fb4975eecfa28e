/**
 * Which label (or zone circle) a finger means. Its own module, apart from the live map's pointer
 * wiring: the static map uses it before MapLibre loads, and the first view's chunk carries only
 * this.
 */
export type Point = { x: number; y: number }

/** A label's box on screen, in the same coordinates as the tap. */
export interface LabelBox {
  id: string
  left: number
  top: number
  right: number
  bottom: number
}

/** How far `point` lies from `box` (0 inside it). */
const distance = (p: Point, b: LabelBox) =>
  Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom))

/** Whether `point` is inside the label's touch box: its own box grown to `slop` px around its middle. */
function inTouchBox(p: Point, b: LabelBox, slop: number): boolean {
  const halfW = Math.max(b.right - b.left, slop) / 2
  const halfH = Math.max(b.bottom - b.top, slop) / 2
  const cx = (b.left + b.right) / 2
  const cy = (b.top + b.bottom) / 2
  return Math.abs(p.x - cx) <= halfW && Math.abs(p.y - cy) <= halfH
}

/**
 * The label a tap at `point` means: of the labels whose touch box holds it, the one whose own
 * box is nearest (a finger on a label's text beats the neighbour whose hit box reaches over it);
 * null when the tap is in no label's touch box.
 */
export function nearestLabel(point: Point, boxes: readonly LabelBox[], slop = 44): string | null {
  let best: { id: string; d: number } | null = null
  for (const b of boxes) {
    if (!inTouchBox(point, b, slop)) continue
    const d = distance(point, b)
    if (!best || d < best.d) best = { id: b.id, d }
  }
  return best?.id ?? null
}
