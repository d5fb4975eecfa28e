import { headlineOfMetric } from '../format/headline'
import { sortRows, type AreaRow } from '../scale/areaRows'
import type { AreaHeadlines, Headline, Horizon } from '../types/pledge'
import { MAP_METRICS, type MapMetric } from '../types/view'

/** What a headline measures: a money type for amounts, a project set for counts. */
export type Measure = Headline['measure']

/** The difference of an area's value from the baseline (the first compared area). */
export interface Difference {
  /** value − baseline, in the metric's unit. */
  absolute: number
  /** value ÷ baseline; null when the baseline is zero. */
  ratio: number | null
}

/**
 * How two periods relate: `same` kind and years; `differ` (2023 vs 2022–2024, or one states a
 * period and the other does not); `unstated` when neither states one, so nobody can tell.
 */
export type PeriodMatch = 'same' | 'differ' | 'unstated'

/**
 * Whether a value may be set against the baseline. Only headlines of the same measure are
 * (a pipeline count is not a portfolio count); a comparable pair still says where the periods
 * differ and whether either side is a derived sum rather than a stated figure.
 */
export type Comparability =
  | { comparable: true; period: PeriodMatch | null; derived: boolean }
  | { comparable: false; measures: { value: Measure; base: Measure } }

/** One compared area on one metric. */
export interface ComparedValue {
  id: string
  /** null = no figure reported (never zero). */
  value: number | null
  /** The headline the value comes from; null for the figure count and when none is reported. */
  headline: Headline | null
  /** Rank among peers of the same level whose headline has the same measure, 1 = largest. */
  rank: number | null
  /** How many such peers have a value, for "3rd of 7". */
  peers: number
  /** Against the baseline; null for the baseline itself, or when either value is missing. */
  comparability: Comparability | null
  /** Against the baseline; only when the two are comparable. */
  difference: Difference | null
}

export interface MetricComparison {
  metric: MapMetric
  values: ComparedValue[]
}

/** The headline a map metric is read from (investment and its ratios: the amount); figureCount none. */
const headlineOf = (metric: MapMetric, h: AreaHeadlines | undefined): Headline | null =>
  headlineOfMetric(metric, h)?.h ?? null

/** Whether two headlines cover the same period (kind and years). */
export function periodMatch(a: Horizon, b: Horizon): PeriodMatch {
  if (a.kind === 'unspecified' && b.kind === 'unspecified') return 'unstated'
  const same = a.kind === b.kind && a.startYear === b.startYear && a.endYear === b.endYear
  return same ? 'same' : 'differ'
}

/**
 * Whether `value` may be compared with `base`; null when either is missing. Two values without
 * a headline (the figure count) are always comparable and have no period.
 */
export function comparabilityOf(
  value: Headline | null,
  base: Headline | null,
): Comparability | null {
  if (value === null || base === null) return null
  if (value.measure !== base.measure) {
    return { comparable: false, measures: { value: value.measure, base: base.measure } }
  }
  return {
    comparable: true,
    period: periodMatch(value.horizon, base.horizon),
    derived: value.derived || base.derived,
  }
}

const FIGURE_COUNT: Comparability = { comparable: true, period: null, derived: false }

/**
 * Side by side: every metric for the chosen areas, with rank among like peers and the difference
 * from the first area as ratio and absolute — like for like only: a headline is ranked among
 * peers of the same level and measure, and set against the baseline only when it measures the
 * same thing. A missing value stays missing: it is never treated as zero.
 */
export function compareAreas(
  ids: readonly string[],
  rows: readonly AreaRow[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  metrics: readonly MapMetric[] = MAP_METRICS,
): MetricComparison[] {
  const byId = new Map(rows.map((r) => [r.area.id, r]))
  const chosen = ids.map((id) => byId.get(id)).filter((r): r is AreaRow => r !== undefined)
  return metrics.map((metric) => {
    const headlineFor = (r: AreaRow) => headlineOf(metric, headlines[r.area.id])
    const base = chosen[0]
    return {
      metric,
      values: chosen.map((row, i) => {
        const value = row.values[metric]
        const headline = headlineFor(row)
        const comparability =
          i === 0 || base === undefined || value === null || base.values[metric] === null
            ? null
            : metric === 'figureCount'
              ? FIGURE_COUNT
              : comparabilityOf(headline, headlineFor(base))
        return {
          id: row.area.id,
          value,
          headline,
          rank: row.likeRank[metric],
          peers: row.likePeers[metric],
          comparability,
          difference: comparability?.comparable
            ? differenceOf(value, base?.values[metric] ?? null)
            : null,
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

/** How many compared values cover another period, or measure another thing, than the baseline. */
export function caveatsOf(comparison: readonly MetricComparison[]): {
  periodsDiffer: number
  notComparable: number
} {
  const all = comparison.flatMap((m) => m.values.map((v) => v.comparability))
  return {
    periodsDiffer: all.filter((c) => c?.comparable === true && c.period === 'differ').length,
    notComparable: all.filter((c) => c?.comparable === false).length,
  }
}

/** Measures in the order they are shown when one list holds several. */
export const MEASURE_ORDER: readonly Measure[] = [
  'portfolio',
  'annualPlan',
  'spending',
  'signed',
  'introduced',
  'started',
  'completed',
  'pipeline',
  'other',
]

/**
 * The measure most headlines share (ties go to the earlier one in MEASURE_ORDER): the kind a
 * ranking ranks; null when no headline is given.
 */
export function mainMeasure(headlines: readonly (Headline | null | undefined)[]): Measure | null {
  const counts = new Map<Measure, number>()
  for (const h of headlines) if (h) counts.set(h.measure, (counts.get(h.measure) ?? 0) + 1)
  let best: Measure | null = null
  for (const m of MEASURE_ORDER) {
    if ((counts.get(m) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = m
  }
  return best
}

/** Rows whose headlines measure one thing; `measure` null for the figure count or no value. */
export interface MeasureSection {
  measure: Measure | null
  rows: AreaRow[]
}

/**
 * Rows split by what their headline measures, so that a chart ranks like with like: the main
 * measure first, then the others in MEASURE_ORDER, then the rows without a value, each largest
 * first. The figure count has no measure: one section.
 */
export function sectionsByMeasure(
  rows: readonly AreaRow[],
  metric: MapMetric,
  headlines: Readonly<Record<string, AreaHeadlines>>,
): MeasureSection[] {
  if (metric === 'figureCount') return [{ measure: null, rows: sortRows(rows, metric) }]
  const measureOf = (r: AreaRow) =>
    r.values[metric] === null ? null : (headlineOf(metric, headlines[r.area.id])?.measure ?? null)
  const main = mainMeasure(
    rows.map((r) => (r.values[metric] === null ? null : headlineOf(metric, headlines[r.area.id]))),
  )
  const order = [main, ...MEASURE_ORDER.filter((m) => m !== main), null]
  return order.flatMap((measure) => {
    const members = rows.filter((r) => measureOf(r) === measure)
    return members.length > 0 ? [{ measure, rows: sortRows(members, metric) }] : []
  })
}

/** Adds an id to a comparison list of at most `max` distinct ids; a full list is unchanged. */
export function addToComparison(ids: readonly string[], id: string, max = 4): string[] {
  if (ids.includes(id) || ids.length >= max) return [...ids]
  return [...ids, id]
}
