import type { Area, Figure, Metric } from '../types/pledge'

/** How much the reports say about one area, whatever the headline. */
export interface Coverage {
  /** Figures counted once (reprints and restatements left out). */
  total: number
  byMetric: Partial<Record<Metric, number>>
  /** Reports the figures come from, in id order. */
  reportIds: string[]
  /** Zones and streets inside the area that have figures of their own (never added here). */
  childrenWithFigures: string[]
}

/** Coverage of every area: counts of figures by kind and by report, and sub-areas with figures. */
export function coverageOf(
  figures: readonly Figure[],
  areas: readonly Area[],
): Map<string, Coverage> {
  const result = new Map<string, Coverage>(
    areas.map((a) => [a.id, { total: 0, byMetric: {}, reportIds: [], childrenWithFigures: [] }]),
  )
  for (const f of figures) {
    const c = f.areaId ? result.get(f.areaId) : undefined
    if (!c || f.duplicateOf !== null) continue
    c.total += 1
    c.byMetric[f.metric] = (c.byMetric[f.metric] ?? 0) + 1
    if (!c.reportIds.includes(f.reportId)) c.reportIds.push(f.reportId)
  }
  for (const a of areas) {
    const own = result.get(a.id)
    const parent = a.parentId ? result.get(a.parentId) : undefined
    if (parent && own && own.total > 0) parent.childrenWithFigures.push(a.id)
    own?.reportIds.sort()
  }
  return result
}
