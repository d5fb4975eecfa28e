import type { Area, Figure, Report } from '../types/pledge'

/** Columns of the figures CSV, in order. Offsets are UTF-16 code units into the report text. */
export const FIGURE_COLUMNS = [
  'figure_id',
  'area_id',
  'area_zh',
  'area_en',
  'metric',
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

/** One row per figure, as strings; empty string for "none". */
export function figureRecord(
  f: Figure,
  area: Area | undefined,
  report: Report | undefined,
): Record<FigureColumn, string> {
  const opt = (v: string | number | null) => (v === null ? '' : String(v))
  return {
    figure_id: f.id,
    area_id: opt(f.areaId),
    area_zh: area?.nameZh ?? '',
    area_en: area?.nameEn ?? '',
    metric: f.metric,
    value: String(f.value),
    low: opt(f.low),
    unit: f.unit,
    qualifier: f.qualifier.bound,
    qualifier_words: f.qualifier.markers.join(' '),
    aspirational: String(f.qualifier.aspirational),
    horizon: f.horizon.kind,
    horizon_text: opt(f.horizon.text),
    horizon_start_year: opt(f.horizon.startYear),
    horizon_end_year: opt(f.horizon.endYear),
    report_id: f.reportId,
    report_headline: report?.headline ?? '',
    outlet: report?.outlet ?? '',
    report_date: report?.date ?? '',
    quote: f.quote,
    quote_start: String(f.start),
    quote_end: String(f.end),
    number_start: String(f.numberStart),
    number_end: String(f.numberEnd),
    number_text: f.numberText,
    nested_in: opt(f.nestedIn),
    duplicate_of: opt(f.duplicateOf),
    overlap_group: opt(f.overlapGroup),
  }
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * The figures as RFC 4180 CSV (CRLF line ends) with a UTF-8 BOM. Takes the figures to export,
 * so that a filter (one report, one year) is applied by the caller.
 */
export function figuresCsv(
  figures: readonly Figure[],
  areas: readonly Area[],
  reports: readonly Report[],
): string {
  const areaById = new Map(areas.map((a) => [a.id, a]))
  const reportById = new Map(reports.map((r) => [r.id, r]))
  const lines = [FIGURE_COLUMNS.join(',')]
  for (const f of figures) {
    const record = figureRecord(
      f,
      f.areaId ? areaById.get(f.areaId) : undefined,
      reportById.get(f.reportId),
    )
    lines.push(FIGURE_COLUMNS.map((c) => csvField(record[c])).join(','))
  }
  return BOM + lines.join('\r\n') + '\r\n'
}
