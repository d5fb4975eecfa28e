import { csvLine } from '../data/csv'
import { formatHeadline, formatPeriod } from '../format/headline'
import type { Area, AreaHeadlines, Figure, Headline, Report } from '../types/pledge'
import { BOM, cellText, type Cell } from './figuresCsv'

/** The columns each headline (investment, then projects) fills, after the area's own. */
const HEADLINE_FIELDS = [
  'value',
  'low',
  'unit',
  'as_written',
  'qualifier',
  'qualifier_words',
  'period_start_year',
  'period_end_year',
  'period_as_written',
  'period_kind',
  'period_zh',
  'period_en',
  'kind',
  'measure',
  'figure_ids',
  'derived',
  'also_reported',
  'report_id',
  'outlet',
  'report_date',
] as const
type HeadlineField = (typeof HEADLINE_FIELDS)[number]

const METRICS = ['investment', 'projects'] as const
type HeadlineColumn = `${(typeof METRICS)[number]}_${HeadlineField}`

/**
 * Columns of the headline table: one row per area, so that a planner can join it to a boundary
 * file on `area_id`; each headline's columns are prefixed with its metric.
 */
export const HEADLINE_COLUMNS = [
  'area_id',
  'area_zh',
  'area_en',
  'level',
  'parent_id',
  ...METRICS.flatMap((m) => HEADLINE_FIELDS.map((f): HeadlineColumn => `${m}_${f}`)),
] as const
export type HeadlineTableColumn = (typeof HEADLINE_COLUMNS)[number]

/** One headline's cells; all empty when the area reports none ("no figure reported", never 0). */
function headlineCells(
  metric: (typeof METRICS)[number],
  h: Headline | null,
  figureById: ReadonlyMap<string, Figure>,
  reportById: ReadonlyMap<string, Report>,
): Record<HeadlineField, Cell> {
  const report = h ? reportById.get(h.reportId) : undefined
  const date = report?.date ?? ''
  const kinds = h
    ? [...new Set(h.figureIds.flatMap((id) => figureById.get(id)?.kind ?? []))].join(' ')
    : null
  return {
    value: h?.value ?? null,
    low: h?.low ?? null,
    unit: h?.unit ?? null,
    as_written: h ? formatHeadline(metric, h, 'zh') : null,
    qualifier: h?.bound ?? null,
    qualifier_words: h ? h.markers.join(' ') : null,
    period_start_year: h?.horizon.startYear ?? null,
    period_end_year: h?.horizon.endYear ?? null,
    period_as_written: h?.horizon.text ?? null,
    period_kind: h?.horizon.kind ?? null,
    period_zh: h && date ? formatPeriod(h.horizon, date, 'zh') : null,
    period_en: h && date ? formatPeriod(h.horizon, date, 'en') : null,
    kind: kinds,
    measure: h?.measure ?? null,
    figure_ids: h ? h.figureIds.join(' ') : null,
    derived: h ? h.derived : null,
    also_reported: h ? h.alsoReported.join(' ') : null,
    report_id: h?.reportId ?? null,
    outlet: report?.outlet ?? null,
    report_date: date || null,
  }
}

/** One area's row as cells. */
export function headlineRecord(
  area: Area,
  headlines: AreaHeadlines | undefined,
  figureById: ReadonlyMap<string, Figure>,
  reportById: ReadonlyMap<string, Report>,
): Record<HeadlineTableColumn, Cell> {
  const record: Record<string, Cell> = {
    area_id: area.id,
    area_zh: area.nameZh,
    area_en: area.nameEn,
    level: area.level,
    parent_id: area.parentId,
  }
  for (const m of METRICS) {
    const cells = headlineCells(m, headlines?.[m] ?? null, figureById, reportById)
    for (const f of HEADLINE_FIELDS) record[`${m}_${f}`] = cells[f]
  }
  // Every column was filled above, from the same two lists the column names are made of.
  return record as Record<HeadlineTableColumn, Cell>
}

/**
 * The headline table as RFC 4180 CSV (UTF-8 BOM, CRLF, the formula guard on every text cell,
 * as the figures sheet): one row per area, districts, zones, then streets, each in data order, with the figure
 * the map shows for it, its qualifier and period as written, and whether it is a derived sum.
 */
export function headlinesCsv(
  areas: readonly Area[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  figures: readonly Figure[],
  reports: readonly Report[],
): string {
  const figureById = new Map(figures.map((f) => [f.id, f]))
  const reportById = new Map(reports.map((r) => [r.id, r]))
  const rank: Record<Area['level'], number> = { district: 0, zone: 1, street: 2 }
  // Stable sort: data order within a level.
  const ordered = [...areas].sort((a, b) => rank[a.level] - rank[b.level])
  const lines = [csvLine(HEADLINE_COLUMNS)]
  for (const area of ordered) {
    const record = headlineRecord(area, headlines[area.id], figureById, reportById)
    lines.push(csvLine(HEADLINE_COLUMNS.map((c) => cellText(record[c]))))
  }
  return BOM + lines.join('\r\n') + '\r\n'
}
