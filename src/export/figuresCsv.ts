import { csvLine } from '../data/csv'
import { formatPeriod } from '../format/headline'
import type { Area, AreaHeadlines, Figure, Report } from '../types/pledge'

/** Columns of the figures CSV, in order. Offsets are UTF-16 code units into the report text. */
export const FIGURE_COLUMNS = [
  'figure_id',
  'area_id',
  'area_zh',
  'area_en',
  'headline',
  'headline_derived',
  'headline_also_reported',
  'metric',
  'kind',
  'money_type',
  'count_set',
  'value',
  'low',
  'unit',
  'qualifier',
  'qualifier_words',
  'aspirational',
  'horizon',
  'horizon_text',
  'horizon_start_year',
  'horizon_end_year',
  'period_zh',
  'period_en',
  'report_id',
  'report_headline',
  'outlet',
  'report_date',
  'quote',
  'quote_start',
  'quote_end',
  'number_start',
  'number_end',
  'number_text',
  'nested_in',
  'duplicate_of',
  'overlap_group',
] as const
export type FigureColumn = (typeof FIGURE_COLUMNS)[number]

/** Byte-order mark: without it Excel reads UTF-8 CSV as the local code page and garbles 中文. */
export const BOM = '\uFEFF'

/**
 * A figure's part in its area's headlines: the headline (`investment` / `projects`) it is, or
 * is a part of when `derived`; the headline that lists it as also reported (shown, not added).
 */
export interface HeadlineRole {
  headline: 'investment' | 'projects' | null
  derived: boolean | null
  alsoReported: 'investment' | 'projects' | null
}

const NO_ROLE: HeadlineRole = { headline: null, derived: null, alsoReported: null }

/** Every figure's part in the headlines, by figure id; figures not named there have none. */
export function headlineRoles(
  headlines: Readonly<Record<string, AreaHeadlines>>,
): Map<string, HeadlineRole> {
  const roles = new Map<string, HeadlineRole>()
  const role = (id: string) => roles.get(id) ?? { ...NO_ROLE }
  for (const area of Object.values(headlines)) {
    for (const metric of ['investment', 'projects'] as const) {
      const h = area[metric]
      if (!h) continue
      for (const id of h.figureIds)
        roles.set(id, { ...role(id), headline: metric, derived: h.derived })
      for (const id of h.alsoReported) roles.set(id, { ...role(id), alsoReported: metric })
    }
  }
  return roles
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, tab or CR first) gets a leading
 * apostrophe, as OWASP advises for CSV: report texts are quoted, and a report added later
 * could start with one.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** A cell before it is written: `null` is an empty cell. */
export type Cell = string | number | boolean | null

/**
 * Writes one cell. Every string goes through `textCell`, whichever column it is in, so no column
 * can be forgotten. A finite number is written as a number, without the apostrophe: `-3` from
 * `String(-3)` is a constant, not a formula (nothing but digits, `.`, `e` and a sign can follow
 * the minus), and a spreadsheet must read it as the number −3, not as the text "-3".
 */
export function cellText(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return textCell(String(value))
}

/** One row per figure, as cells; `null` for "none". */
export function figureRecord(
  f: Figure,
  area: Area | undefined,
  report: Report | undefined,
  role: HeadlineRole = NO_ROLE,
): Record<FigureColumn, Cell> {
  const date = report?.date ?? ''
  return {
    figure_id: f.id,
    area_id: f.areaId,
    area_zh: area?.nameZh ?? null,
    area_en: area?.nameEn ?? null,
    headline: role.headline,
    headline_derived: role.derived,
    headline_also_reported: role.alsoReported,
    metric: f.metric,
    kind: f.kind,
    money_type: f.moneyType,
    count_set: f.countSet,
    value: f.value,
    low: f.low,
    unit: f.unit,
    qualifier: f.qualifier.bound,
    qualifier_words: f.qualifier.markers.join(' '),
    aspirational: f.qualifier.aspirational,
    horizon: f.horizon.kind,
    horizon_text: f.horizon.text,
    horizon_start_year: f.horizon.startYear,
    horizon_end_year: f.horizon.endYear,
    // The report date resolves "no period stated" to what a reader can go by.
    period_zh: date ? formatPeriod(f.horizon, date, 'zh') : null,
    period_en: date ? formatPeriod(f.horizon, date, 'en') : null,
    report_id: f.reportId,
    report_headline: report?.headline ?? null,
    outlet: report?.outlet ?? null,
    report_date: date,
    quote: f.quote,
    quote_start: f.start,
    quote_end: f.end,
    number_start: f.numberStart,
    number_end: f.numberEnd,
    number_text: f.numberText,
    nested_in: f.nestedIn,
    duplicate_of: f.duplicateOf,
    overlap_group: f.overlapGroup,
  }
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return csvLine([value])
}

/**
 * The figures as RFC 4180 CSV with a UTF-8 BOM and CRLF line ends (d3-dsv's csvFormatRows joins
 * with LF, so rows are joined here). Takes the figures to export and the headlines computed from
 * them, so that a filter (one report, one year) is applied by the caller and the headline
 * columns mark the headlines the map shows.
 */
export function figuresCsv(
  figures: readonly Figure[],
  areas: readonly Area[],
  reports: readonly Report[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
): string {
  const areaById = new Map(areas.map((a) => [a.id, a]))
  const reportById = new Map(reports.map((r) => [r.id, r]))
  const roles = headlineRoles(headlines)
  const lines = [csvLine(FIGURE_COLUMNS)]
  for (const f of figures) {
    const record = figureRecord(
      f,
      f.areaId ? areaById.get(f.areaId) : undefined,
      reportById.get(f.reportId),
      roles.get(f.id),
    )
    lines.push(csvLine(FIGURE_COLUMNS.map((c) => cellText(record[c]))))
  }
  return BOM + lines.join('\r\n') + '\r\n'
}
