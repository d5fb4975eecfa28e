export interface LabelBox {
  id: string
  /** Higher keeps its place when two labels collide. */
  priority: number
  left: number
  top: number
  right: number
  bottom: number
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.left < b.right + gap &&
  b.left < a.right + gap &&
  a.top < b.bottom + gap &&
  b.top < a.bottom + gap

/**
 * Greedy label placement: walk labels by priority and hide any that would overlap one already
 * shown. Returns the ids to hide. The hidden districts stay reachable through the area list.
 */
export function labelsToHide(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const shown: LabelBox[] = []
  const hidden = new Set<string>()
  for (const box of [...boxes].sort(
    (a, b) => b.priority - a.priority || a.id.localeCompare(b.id),
  )) {
    if (shown.some((s) => overlaps(s, box, gap))) hidden.add(box.id)
    else shown.push(box)
  }
  return hidden
}
