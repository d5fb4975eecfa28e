export interface LabelBox {
  id: string
  /**
   * Which labels are placed first, higher before lower, whatever their priority: the selected
   * label, then areas with data, then those without (see {@link labelTier}). Defaults to 0.
   */
  tier?: number
  /** Within a tier, higher keeps its place when two labels collide. */
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
 * A label's tier: pinned (selected, hovered) first; then districts with a figure, zones with a
 * figure, and only then areas without one, so a collision on a phone drops an empty area's
 * label before it drops one the map is about (李沧 before nothing).
 */
export function labelTier(label: {
  pinned: boolean
  kind: 'district' | 'zone' | 'context'
  hasData: boolean
}): number {
  if (label.pinned) return 5
  if (label.kind === 'context') return 0
  return (label.hasData ? 3 : 1) + (label.kind === 'district' ? 1 : 0)
}

/** Where a label goes: its offset from its anchor in pixels, or hidden. */
export interface Placement {
  hidden: Set<string>
  /** Offset per label that was moved off its anchor to avoid a collision. */
  offsets: Map<string, [number, number]>
}

/**
 * Positions a label of an area with a figure may try, nearest first: on its anchor, then half
 * or one label height above or below, then half a width to either side. Cartographers nudge a
 * small area's name beside it rather than drop it; an empty area's label is never moved.
 */
function candidates(box: LabelBox, gap: number): [number, number][] {
  const w = box.right - box.left
  const h = box.bottom - box.top
  const steps: [number, number][] = [[0, 0]]
  for (const dy of [-h / 2, h / 2, -(h + gap), h + gap]) steps.push([0, dy])
  for (const dx of [-w / 2, w / 2]) for (const dy of [0, -h / 2, h / 2]) steps.push([dx, dy])
  return steps
}

const shifted = (b: LabelBox, [dx, dy]: [number, number]): LabelBox => ({
  ...b,
  left: b.left + dx,
  right: b.right + dx,
  top: b.top + dy,
  bottom: b.bottom + dy,
})

/**
 * Greedy label placement: walk labels by tier, then priority; place each where it overlaps no
 * label already placed — on its anchor, or (for `nudge` labels) at the nearest free nearby
 * position — or hide it. Hidden labels stay reachable through the area table, which lists
 * every area.
 */
export function placeLabels(
  boxes: readonly (LabelBox & { nudge?: boolean })[],
  gap = 2,
): Placement {
  const shown: LabelBox[] = []
  const hidden = new Set<string>()
  const offsets = new Map<string, [number, number]>()
  for (const box of [...boxes].sort(
    (a, b) => (b.tier ?? 0) - (a.tier ?? 0) || b.priority - a.priority || a.id.localeCompare(b.id),
  )) {
    const tries = box.nudge ? candidates(box, gap) : [[0, 0] as [number, number]]
    const free = tries.find((o) => !shown.some((s) => overlaps(s, shifted(box, o), gap)))
    if (!free) {
      hidden.add(box.id)
      continue
    }
    shown.push(shifted(box, free))
    if (free[0] !== 0 || free[1] !== 0) offsets.set(box.id, free)
  }
  return { hidden, offsets }
}

/** The ids {@link placeLabels} hides when no label may move. */
export const labelsToHide = (boxes: readonly LabelBox[], gap = 2): Set<string> =>
  placeLabels(boxes, gap).hidden
