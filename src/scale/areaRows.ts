import type { Area, AreaHeadlines } from '../types/pledge'
import { MAP_METRICS, type MapMetric } from '../types/view'
import { metricValue, ranks, type Denominators } from './areaValues'

/** One row of the area table: an area with every map metric and its rank among its peers. */
export interface AreaRow {
  area: Area
  values: Record<MapMetric, number | null>
  /** Rank among areas of the same level (districts with districts, zones with zones). */
  rank: Record<MapMetric, number | null>
}

/**
 * Rows for every district and zone. Ranks compare like with like: a zone is never ranked
 * against districts, whose totals may already include it.
 */
export function buildAreaRows(
  areas: readonly Area[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  denominators: (area: Area) => Denominators,
  figureCounts: Readonly<Record<string, number>> = {},
): AreaRow[] {
  const shown = areas.filter((a) => a.level === 'district' || a.level === 'zone')
  const partial = shown.map((area) => {
    const d = denominators(area)
    const values = Object.fromEntries(
      MAP_METRICS.map((m) => [
        m,
        metricValue(m, headlines[area.id], d, figureCounts[area.id] ?? null),
      ]),
    ) as Record<MapMetric, number | null>
    return { area, values }
  })
  const rankBy = new Map<string, Record<MapMetric, number | null>>()
  for (const level of ['district', 'zone'] as const) {
    const peers = partial.filter((r) => r.area.level === level)
    const perMetric = MAP_METRICS.map((m) =>
      ranks(peers.map((r) => ({ id: r.area.id, value: r.values[m] }))),
    )
    for (const r of peers) {
      rankBy.set(
        r.area.id,
        Object.fromEntries(
          MAP_METRICS.map((m, i) => [m, perMetric[i]?.get(r.area.id) ?? null]),
        ) as Record<MapMetric, number | null>,
      )
    }
  }
  return partial.map((r) => ({ ...r, rank: rankBy.get(r.area.id)! }))
}

/** Sorts rows by a metric, largest first; rows without a value go last, then by level and id. */
export function sortRows(
  rows: readonly AreaRow[],
  metric: MapMetric,
  descending = true,
): AreaRow[] {
  return [...rows].sort((a, b) => {
    const va = a.values[metric]
    const vb = b.values[metric]
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1
      return a.area.level.localeCompare(b.area.level) || a.area.id.localeCompare(b.area.id)
    }
    return descending ? vb - va : va - vb
  })
}
