import type { AreaHeadlines, Figure, Headline, PledgeData, RuleText } from '../types/pledge'
import { INVESTMENT_RULE, PROJECTS_RULE, YI_PER_UNIT, isCountable } from './rules'

/** Which figures the headlines may use (e.g. one report, or the reports of one year). */
export interface HeadlineFilter {
  reportIds?: readonly string[]
}

type Data = Pick<PledgeData, 'reports' | 'figures' | 'areas'>

/** Keep one figure per overlap group: the largest (the lists overlap, so never summed). */
function dropOverlaps(figures: Figure[]): Figure[] {
  const best = new Map<string, Figure>()
  for (const f of figures) {
    if (f.overlapGroup === null) continue
    const cur = best.get(f.overlapGroup)
    if (!cur || f.value > cur.value) best.set(f.overlapGroup, f)
  }
  return figures.filter((f) => f.overlapGroup === null || best.get(f.overlapGroup) === f)
}

/** The figures of the latest report (by date, then id) among those given. */
function latestReport(data: Data, figures: Figure[]): Figure[] {
  const date = (id: string): string => data.reports.find((r) => r.id === id)?.date ?? ''
  const ids = [...new Set(figures.map((f) => f.reportId))].sort(
    (a, b) => date(b).localeCompare(date(a)) || b.localeCompare(a),
  )
  const latest = ids[0]
  return latest === undefined ? [] : figures.filter((f) => f.reportId === latest)
}

/** Round away floating-point noise from sums such as 760.9 + 50. */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

/** One headline: the countable figures of the area, latest report, overlaps by largest, summed. */
export function headlineOf(
  data: Data,
  areaId: string,
  metric: Figure['metric'],
  rule: RuleText,
  filter: HeadlineFilter = {},
): Headline | null {
  const allowed = filter.reportIds ? new Set(filter.reportIds) : null
  const candidates = data.figures.filter(
    (f) =>
      f.areaId === areaId &&
      isCountable(f, metric) &&
      (allowed === null || allowed.has(f.reportId)) &&
      (metric !== 'investment' || YI_PER_UNIT[f.unit] !== undefined),
  )
  const used = dropOverlaps(latestReport(data, candidates))
  const first = used[0]
  if (!first) return null
  const money = metric === 'investment'
  const value = used.reduce(
    (sum, f) => sum + (money ? f.value * (YI_PER_UNIT[f.unit] ?? 0) : f.value),
    0,
  )
  return {
    value: tidy(value),
    unit: money ? '亿元' : '个',
    figureIds: used.map((f) => f.id),
    rule,
    lowerBound: used.some((f) => ['over', 'atLeast'].includes(f.qualifier.bound)),
    reportId: first.reportId,
  }
}

/**
 * Headline investment (亿元) and project count per area, keyed by area id. An area without a
 * countable figure gets null ("no figure reported"), never zero.
 */
export function headlinesFor(
  data: Data,
  filter: HeadlineFilter = {},
): Record<string, AreaHeadlines> {
  const out: Record<string, AreaHeadlines> = {}
  for (const area of data.areas) {
    out[area.id] = {
      investment: headlineOf(data, area.id, 'investment', INVESTMENT_RULE, filter),
      projects: headlineOf(data, area.id, 'projectCount', PROJECTS_RULE, filter),
    }
  }
  return out
}
