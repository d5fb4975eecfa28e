import { MEASURE_ORDER, mainMeasure, type Measure } from '../compare/compareAreas'
import type { AreaRow } from '../scale/areaRows'
import type { AreaHeadlines, AreaLevel, Figure, Headline, Metric } from '../types/pledge'
import type { TourOrder } from '../types/tour'

/** The two headline metrics a tour can be about. */
export type TourMetric = 'investment' | 'projects'

/** The sentence a headline figure came from, with the number's offsets for highlighting. */
export interface TourQuote {
  figureId: string
  reportId: string
  text: string
  /** Offset of `text` in its report; `numberStart`/`numberEnd` use the same offsets. */
  start: number
  numberStart: number
  numberEnd: number
}

/**
 * A headline shown on a step: the figure as the report states it — value, qualifier as written,
 * period, what it measures, whether it is a derived sum — and the figure it quotes.
 */
export interface TourFigure {
  metric: TourMetric
  headline: Headline
  /** The first of the headline's figures: the one the step quotes. */
  figureId: string
}

/**
 * The opening slide's message in words: how many districts state a headline of the ranking's
 * measure, and the largest of them as its sentence states it (never a sum of unlike figures);
 * then how many of the areas the tour visits have any figure for the metric.
 */
export interface OverviewStep {
  kind: 'overview'
  metric: TourMetric
  /** What the ranked district headlines measure (as RankingStep.measure); null when none. */
  measure: Measure | null
  /** Districts whose headline has `measure`, out of `districtCount`. */
  stated: number
  districtCount: number
  /** The largest of those headlines and its sentence; null when no district has one. */
  largest: { areaId: string; figure: TourFigure; quote: TourQuote | null } | null
  /** Districts and West Coast zones the tour covers, and how many have a figure for the metric. */
  areaCount: number
  withFigure: number
  reportCount: number
  figureCount: number
}

export interface RankingEntry {
  areaId: string
  headline: Headline
}

/**
 * The district ranking, like for like: only the headlines of the measure most districts report
 * are ranked; headlines of other measures are listed apart, never placed in the same order.
 */
export interface RankingStep {
  kind: 'ranking'
  metric: TourMetric
  /** What the ranked headlines measure; null when no district reports the metric. */
  measure: Measure | null
  /** Districts whose headline has `measure`, largest first. */
  entries: RankingEntry[]
  /** Districts whose headline measures something else, grouped by measure (MEASURE_ORDER). */
  others: RankingEntry[]
  /** Districts without a headline for the metric, in geographic order. */
  without: string[]
}

export interface AreaStep {
  kind: 'area'
  /** The tour's metric (the headline may fall back to the other one). */
  metric: TourMetric
  areaId: string
  level: AreaLevel
  parentId: string | null
  /** The tour's metric when the area reports it, else the other one. */
  headline: TourFigure
  /** The other headline metric, when reported. */
  secondary: TourFigure | null
  quote: TourQuote | null
  /**
   * Rank of `headline` among the area's peers (districts or zones) whose headline measures the
   * same thing, and how many such peers there are.
   */
  rank: number | null
  peers: number
}

/** An area the reports give neither an investment nor a project figure for. */
export interface UnreportedArea {
  areaId: string
  level: AreaLevel
  /** What else the reports give for it, counted by what it measures (empty: nothing at all). */
  figureCounts: Partial<Record<Metric, number>>
}

/**
 * The areas without an investment or project figure, named together on one slide instead of one
 * empty slide each: no figure reported is not zero, and the slide says so.
 */
export interface UnreportedStep {
  kind: 'unreported'
  metric: TourMetric
  /** Districts in geographic order, then West Coast zones west to east. */
  areas: UnreportedArea[]
}

export type TourStep = OverviewStep | RankingStep | AreaStep | UnreportedStep

export interface TourInput {
  rows: readonly AreaRow[]
  headlines: Readonly<Record<string, AreaHeadlines>>
  figures: readonly Figure[]
  reportCount: number
  order: TourOrder
}

/**
 * Geographic order of the districts: from the old city centre on the peninsula (市南) north along
 * the east coast, across the north (即墨, 莱西, 平度), down the west of Jiaozhou Bay (胶州) and
 * ending on the West Coast (黄岛), whose zones follow it from west to east by longitude.
 */
export const GEOGRAPHIC_ORDER = [
  'shinan',
  'shibei',
  'licang',
  'laoshan',
  'chengyang',
  'jimo',
  'laixi',
  'pingdu',
  'jiaozhou',
  'huangdao',
] as const

/** The district whose zones get their own steps: the West Coast New Area. */
export const WEST_COAST_ID = 'huangdao'

const metricOf = (order: TourOrder): TourMetric =>
  order === 'projects' ? 'projects' : 'investment'
const other = (m: TourMetric): TourMetric => (m === 'investment' ? 'projects' : 'investment')

function toFigure(metric: TourMetric, h: Headline | null | undefined): TourFigure | null {
  const figureId = h?.figureIds[0]
  if (!h || figureId === undefined) return null
  return { metric, headline: h, figureId }
}

/**
 * Like for like, largest first: the main measure's headlines, then the other measures' (in
 * MEASURE_ORDER, each largest first), then areas without one; ties in geographic order.
 */
function byMeasureThenValue(
  rows: readonly AreaRow[],
  metric: TourMetric,
  headlines: TourInput['headlines'],
  geoRank: (r: AreaRow) => number,
): AreaRow[] {
  const headlineOf = (r: AreaRow) => headlines[r.area.id]?.[metric] ?? null
  const main = mainMeasure(rows.map(headlineOf))
  const group = (r: AreaRow) => {
    const h = headlineOf(r)
    if (!h) return MEASURE_ORDER.length + 1
    return h.measure === main ? 0 : 1 + MEASURE_ORDER.indexOf(h.measure)
  }
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) ||
      (headlineOf(b)?.value ?? 0) - (headlineOf(a)?.value ?? 0) ||
      geoRank(a) - geoRank(b),
  )
}

function countFigures(areaId: string, figures: readonly Figure[]): Partial<Record<Metric, number>> {
  const counts: Partial<Record<Metric, number>> = {}
  for (const f of figures) {
    if (f.areaId === areaId) counts[f.metric] = (counts[f.metric] ?? 0) + 1
  }
  return counts
}

function quoteOf(figureId: string, figures: readonly Figure[]): TourQuote | null {
  const figure = figures.find((f) => f.id === figureId)
  if (!figure) return null
  return {
    figureId: figure.id,
    reportId: figure.reportId,
    text: figure.quote,
    start: figure.start,
    numberStart: figure.numberStart,
    numberEnd: figure.numberEnd,
  }
}

/** The area's step, or null when it has neither headline (it goes on the unreported slide). */
function areaStep(row: AreaRow, input: TourInput, metric: TourMetric): AreaStep | null {
  const h = input.headlines[row.area.id]
  const preferred = toFigure(metric, h?.[metric])
  const fallback = toFigure(other(metric), h?.[other(metric)])
  const headline = preferred ?? fallback
  if (!headline) return null
  const secondary = preferred ? fallback : null
  return {
    kind: 'area',
    metric,
    areaId: row.area.id,
    level: row.area.level,
    parentId: row.area.parentId,
    headline,
    secondary,
    quote: quoteOf(headline.figureId, input.figures),
    // Like for like, as counted once in the area rows.
    rank: row.likeRank[headline.metric],
    peers: row.likePeers[headline.metric],
  }
}

/**
 * The guided tour: an overview of Qingdao, the district ranking, then every district that reports
 * a figure in turn with the West Coast zones right after 黄岛区, and last the areas without one
 * named together. Ordered by the tour metric (largest first) or geographically (see
 * GEOGRAPHIC_ORDER; zones west to east).
 */
export function buildTour(input: TourInput): TourStep[] {
  const metric = metricOf(input.order)
  const geoIndex = new Map<string, number>(GEOGRAPHIC_ORDER.map((id, i) => [id, i]))
  const lon = (r: AreaRow) => r.area.location?.lon ?? Number.POSITIVE_INFINITY
  const geoRank = (r: AreaRow) =>
    r.area.level === 'district' ? (geoIndex.get(r.area.id) ?? GEOGRAPHIC_ORDER.length) : lon(r)
  const byGeography = (rows: AreaRow[]) =>
    [...rows].sort((a, b) => geoRank(a) - geoRank(b) || a.area.id.localeCompare(b.area.id))
  const districts = input.rows.filter((r) => r.area.level === 'district')
  const zones = input.rows.filter(
    (r) => r.area.level === 'zone' && r.area.parentId === WEST_COAST_ID,
  )
  const sort = (rows: AreaRow[]) =>
    input.order === 'geographic'
      ? byGeography(rows)
      : byMeasureThenValue(rows, metric, input.headlines, geoRank)

  const count = (rows: AreaRow[], m: TourMetric) => rows.filter((r) => r.values[m] !== null).length
  const covered: AreaRow[] = []
  for (const d of sort(districts)) {
    covered.push(d)
    if (d.area.id === WEST_COAST_ID) covered.push(...sort(zones))
  }
  const areaSteps = covered.flatMap((r) => areaStep(r, input, metric) ?? [])
  const visited = new Set(areaSteps.map((s) => s.areaId))
  const unreported = [...byGeography(districts), ...byGeography(zones)]
    .filter((r) => !visited.has(r.area.id))
    .map((r) => ({
      areaId: r.area.id,
      level: r.area.level,
      figureCounts: countFigures(r.area.id, input.figures),
    }))

  const ranked = byMeasureThenValue(districts, metric, input.headlines, geoRank).flatMap((r) => {
    const h = input.headlines[r.area.id]?.[metric]
    return h ? [{ areaId: r.area.id, headline: h }] : []
  })
  const measure = mainMeasure(ranked.map((e) => e.headline))
  const entries = ranked.filter((e) => e.headline.measure === measure)
  // Largest first (byMeasureThenValue), so the first entry is the opening slide's figure.
  const top = entries[0]
  const topFigure = top ? toFigure(metric, top.headline) : null
  return [
    {
      kind: 'overview',
      metric,
      measure,
      stated: entries.length,
      districtCount: districts.length,
      largest:
        top && topFigure
          ? {
              areaId: top.areaId,
              figure: topFigure,
              quote: quoteOf(topFigure.figureId, input.figures),
            }
          : null,
      areaCount: covered.length,
      withFigure: count(covered, metric),
      reportCount: input.reportCount,
      figureCount: input.figures.length,
    },
    {
      kind: 'ranking',
      metric,
      measure,
      entries,
      others: ranked.filter((e) => e.headline.measure !== measure),
      without: byGeography(districts)
        .filter((r) => !input.headlines[r.area.id]?.[metric])
        .map((r) => r.area.id),
    },
    ...areaSteps,
    ...(unreported.length > 0 ? [{ kind: 'unreported' as const, metric, areas: unreported }] : []),
  ]
}
