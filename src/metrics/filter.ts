import type { Figure, Horizon, PledgeData } from '../types/pledge'

export const HORIZON_FILTERS = ['all', 'year', 'multi', 'by2026'] as const
/** Which pledges count: all, this-year targets, multi-year programmes, or those due by 2026. */
export type HorizonFilter = (typeof HORIZON_FILTERS)[number]

/** Which figures count: one report or all, a publication year, a horizon. */
export interface PledgeFilter {
  report: string | null
  year: number | null
  horizon: HorizonFilter
}

export const NO_FILTER: PledgeFilter = { report: null, year: null, horizon: 'all' }

/** Whether a figure's time frame matches a horizon filter. */
export function horizonMatches(h: Horizon, filter: HorizonFilter): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'year':
      return h.kind === 'year' || h.kind === 'secondHalf'
    case 'multi':
      return h.kind === 'multiYear' || h.kind === 'byYear'
    case 'by2026':
      return (h.kind === 'byYear' || h.kind === 'multiYear') && h.endYear === 2026
  }
}

export const isFiltering = (f: PledgeFilter) =>
  f.report !== null || f.year !== null || f.horizon !== 'all'

/**
 * The pledge data as seen through a filter. Figures outside it are dropped; a figure whose
 * parent (nestedIn) or first printing (duplicateOf) was dropped stands on its own inside the
 * filter — this year's 736亿元 counts when the three-year 930亿元 it belongs to is filtered out.
 * Commitments follow the report and year parts of the filter.
 */
export function filterPledges(data: PledgeData, filter: PledgeFilter): PledgeData {
  if (!isFiltering(filter)) return data
  const reportYear = new Map(data.reports.map((r) => [r.id, Number(r.date.slice(0, 4))]))
  const reportOk = (id: string) =>
    (filter.report === null || id === filter.report) &&
    (filter.year === null || reportYear.get(id) === filter.year)
  const kept = data.figures.filter(
    (f) => reportOk(f.reportId) && horizonMatches(f.horizon, filter.horizon),
  )
  const ids = new Set(kept.map((f) => f.id))
  const inside = (id: string | null) => (id !== null && ids.has(id) ? id : null)
  const figures: Figure[] = kept.map((f) => ({
    ...f,
    nestedIn: inside(f.nestedIn),
    duplicateOf: inside(f.duplicateOf),
    pairedWith: inside(f.pairedWith),
  }))
  return {
    ...data,
    figures,
    commitments: data.commitments.filter((c) => reportOk(c.reportId)),
  }
}
