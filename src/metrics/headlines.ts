import type { AreaHeadlines, Bound, Figure, Headline, PledgeData } from '../types/pledge'
import { YI_PER_UNIT, isCandidate } from './rules'

type Data = Pick<PledgeData, 'reports' | 'figures' | 'areas'>

/** Round away floating-point noise from sums such as 290 + 380.5. */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

const yi = (f: Figure): number => f.value * (YI_PER_UNIT[f.unit] ?? 0)

/** The qualifier of a sum: approximate if any part is, else a floor if any part is one. */
function boundOfParts(parts: readonly Figure[]): Bound {
  if (parts.length === 1) return parts[0]!.qualifier.bound
  const bounds = parts.map((f) => f.qualifier.bound)
  if (bounds.some((b) => b === 'approx' || b === 'range')) return 'approx'
  if (bounds.some((b) => b === 'over' || b === 'atLeast')) return 'over'
  return 'exact'
}

/**
 * Candidates in statement units: a figure on its own, or the disjoint parts of one whole
 * (same `sumGroup`) together. Overlapping lists stay apart: each is a statement of its own.
 */
function statements(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    const key = f.sumGroup ?? f.id
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values()]
}

/** The figures of the latest report (by date, then id) among those given. */
function latestReport(data: Data, figures: readonly Figure[]): Figure[] {
  const date = new Map(data.reports.map((r) => [r.id, r.date]))
  const ids = [...new Set(figures.map((f) => f.reportId))].sort(
    (a, b) => (date.get(b) ?? '').localeCompare(date.get(a) ?? '') || b.localeCompare(a),
  )
  return figures.filter((f) => f.reportId === ids[0])
}

function headlineOf(
  parts: Figure[],
  others: Figure[][],
  money: boolean,
  rule: Headline['rule'],
): Headline {
  const first = parts[0]!
  const value = (f: Figure) => (money ? yi(f) : f.value)
  return {
    value: tidy(parts.reduce((s, f) => s + value(f), 0)),
    unit: money ? '亿元' : '个',
    figureIds: parts.map((f) => f.id),
    derived: parts.length > 1,
    bound: boundOfParts(parts),
    markers: [...new Set(parts.flatMap((f) => f.qualifier.markers))],
    low:
      parts.length === 1 && first.low !== null
        ? first.low * (money ? (YI_PER_UNIT[first.unit] ?? 0) : 1)
        : null,
    measure: (money ? first.moneyType : first.countSet) ?? 'other',
    horizon: first.horizon,
    reportId: first.reportId,
    alsoReported: others.flat().map((f) => f.id),
    rule,
  }
}

/** The largest statement of the latest report, with the others as "also reported". */
function pick(
  data: Data,
  candidates: readonly Figure[],
  money: boolean,
  rule: Headline['rule'],
): Headline | null {
  const sum = (s: Figure[]) => s.reduce((t, f) => t + (money ? yi(f) : f.value), 0)
  const ranked = statements(latestReport(data, candidates)).sort((a, b) => sum(b) - sum(a))
  const [best, ...others] = ranked
  return best ? headlineOf(best, others, money, rule) : null
}

/**
 * An area's headlines. Investment: one stated project portfolio (总投资 of a stated set) from
 * the latest report that states one, its largest — or the labelled sum of parts the text
 * presents as one whole. Projects: the count stated in the same phrase as that portfolio; an
 * area without such a count shows the largest project count of the latest report giving one.
 * Nothing is ever added across kinds, money types, periods or reports.
 */
export function areaHeadlines(data: Data, areaId: string): AreaHeadlines {
  const own = data.figures.filter((f) => f.areaId === areaId)
  const byId = new Map(own.map((f) => [f.id, f]))
  const portfolios = own.filter(
    (f) => isCandidate(f, 'investment', byId) && f.moneyType === 'portfolio',
  )
  const investment = pick(data, portfolios, true, 'investment')
  const paired = (investment?.figureIds ?? []).map((id) => {
    const p = byId.get(id)?.pairedWith
    return p ? byId.get(p) : undefined
  })
  const sameSet = new Set(paired.map((c) => c?.countSet)).size === 1
  const counts = paired.every((c) => c !== undefined && isCandidate(c, 'projectCount', byId))
  const countCandidates = own.filter(
    (f) => isCandidate(f, 'projectCount', byId) && f.countSet !== 'other',
  )
  // Beside the count of the portfolio's phrase: the report's other project lists, never added.
  const otherCounts = statements(
    countCandidates.filter((c) => c.reportId === investment?.reportId && !paired.includes(c)),
  )
  const projects =
    investment && paired.length > 0 && counts && sameSet
      ? headlineOf(paired as Figure[], otherCounts, false, 'projects')
      : pick(data, countCandidates, false, 'projects')
  return { investment, projects }
}

/**
 * Headline investment (亿元) and project count per area, keyed by area id. An area without a
 * figure that qualifies gets null ("no figure reported"), never zero.
 */
export function headlinesFor(data: Data): Record<string, AreaHeadlines> {
  return Object.fromEntries(data.areas.map((a) => [a.id, areaHeadlines(data, a.id)]))
}
