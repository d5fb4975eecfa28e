import type { Area, AreaHeadlines } from '../types/pledge'
import { MAP_METRICS, type MapMetric } from '../types/view'
import { headlineOfMetric } from '../format/headline'
import { metricValue, ranks, type Denominators } from './areaValues'

type PerMetric<T> = Record<MapMetric, T>
const perMetric = <T>(f: (m: MapMetric) => T): PerMetric<T> =>
  Object.fromEntries(MAP_METRICS.map((m) => [m, f(m)])) as PerMetric<T>

/**
 * One row of the area table: an area with every map metric, its rank among its peers and how
 * many peers there are — counted here once, for the table, tooltip, panel, comparison and tour.
 */
export interface AreaRow {
  area: Area
  values: PerMetric<number | null>
  /** Rank among areas of the same level (districts with districts, zones with zones). */
  rank: PerMetric<number | null>
  /** How many areas of the same level have a value: the "of N" of `rank`. */
  peers: PerMetric<number>
  /**
   * Like for like: rank among areas of the same level whose headline measures the same thing
   * (a pipeline count is not ranked against a portfolio); null without a value.
   */
  likeRank: PerMetric<number | null>
  /** How many areas of the same level have a value of the same measure; 0 without a value. */
  likePeers: PerMetric<number>
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
    const values = perMetric((m) =>
      metricValue(m, headlines[area.id], d, figureCounts[area.id] ?? null),
    )
    return { area, values }
  })
  const measureOf = (id: string, m: MapMetric) =>
    m === 'figureCount' ? null : (headlineOfMetric(m, headlines[id])?.h.measure ?? null)
  const counted = new Map<string, Omit<AreaRow, 'area' | 'values'>>()
  for (const level of ['district', 'zone'] as const) {
    const peers = partial.filter((r) => r.area.level === level)
    const valued = perMetric((m) => peers.filter((r) => r.values[m] !== null))
    const valuesOf = (rows: typeof peers, m: MapMetric) =>
      rows.map((r) => ({ id: r.area.id, value: r.values[m] }))
    const rankOf = perMetric((m) => ranks(valuesOf(valued[m], m)))
    for (const { area, values } of peers) {
      // Like peers: same level, a value, and a headline of the same measure.
      const like = perMetric((m) =>
        values[m] === null
          ? []
          : valued[m].filter((r) => measureOf(r.area.id, m) === measureOf(area.id, m)),
      )
      counted.set(area.id, {
        rank: perMetric((m) => rankOf[m].get(area.id) ?? null),
        peers: perMetric((m) => valued[m].length),
        likeRank: perMetric((m) => ranks(valuesOf(like[m], m)).get(area.id) ?? null),
        likePeers: perMetric((m) => like[m].length),
      })
    }
  }
  return partial.map((r) => ({ ...r, ...counted.get(r.area.id)! }))
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
