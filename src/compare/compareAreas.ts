import type { AreaRow } from '../scale/areaRows'
import { MAP_METRICS, type MapMetric } from '../types/view'

/** The difference of an area's value from the baseline (the first compared area). */
export interface Difference {
  /** value − baseline, in the metric's unit. */
  absolute: number
  /** value ÷ baseline; null when the baseline is zero. */
  ratio: number | null
}

/** One compared area on one metric. */
export interface ComparedValue {
  id: string
  /** null = no figure reported (never zero). */
  value: number | null
  /** Rank among peers of the same level, 1 = largest. */
  rank: number | null
  /** How many peers have a value, for "3rd of 7". */
  peers: number
  /** Against the baseline; null for the baseline itself, or when either value is missing. */
  difference: Difference | null
}

export interface MetricComparison {
  metric: MapMetric
  values: ComparedValue[]
}

/**
 * Side by side: every metric for the chosen areas, with rank among peers and the difference
 * from the first area as ratio and absolute. A missing value stays missing: it is never
 * treated as zero, so no difference is computed against it.
 */
export function compareAreas(
  ids: readonly string[],
  rows: readonly AreaRow[],
  metrics: readonly MapMetric[] = MAP_METRICS,
): MetricComparison[] {
  const byId = new Map(rows.map((r) => [r.area.id, r]))
  const chosen = ids.map((id) => byId.get(id)).filter((r): r is AreaRow => r !== undefined)
  return metrics.map((metric) => {
    const base = chosen[0]?.values[metric] ?? null
    return {
      metric,
      values: chosen.map((row, i) => {
        const value = row.values[metric]
        const peers = rows.filter(
          (r) => r.area.level === row.area.level && r.values[metric] !== null,
        ).length
        return {
          id: row.area.id,
          value,
          rank: row.rank[metric],
          peers,
          difference: i === 0 ? null : differenceOf(value, base),
        }
      }),
    }
  })
}

/** value vs baseline; null when either is missing. */
export function differenceOf(value: number | null, base: number | null): Difference | null {
  if (value === null || base === null) return null
  return {
    absolute: Math.round((value - base) * 1e6) / 1e6,
    ratio: base === 0 ? null : value / base,
  }
}

/** Adds an id to a comparison list of at most `max` distinct ids; a full list is unchanged. */
export function addToComparison(ids: readonly string[], id: string, max = 4): string[] {
  if (ids.includes(id) || ids.length >= max) return [...ids]
  return [...ids, id]
}
