import type { ReportInput } from './build'
import { parseDecisions } from './decisions'
import { REPORT_META, type ReportMeta } from './report-meta'

/** The decisions file kept beside a report text: `NNN_hash.txt` → `NNN_hash.decisions.json`. */
export function decisionsFileOf(file: string): string {
  return `${file.replace(/\.txt$/, '')}.decisions.json`
}

/**
 * Pair each report's metadata with its text and its decisions file, given readers for
 * `public/reports/<file>` (`readOptional` returns null for a file that is not there). Reports
 * added later with `npm run add-report` have their metadata in `public/reports/added-reports.json`.
 */
export function readInputs(
  read: (file: string) => string,
  added: readonly ReportMeta[] = [],
  readOptional: (file: string) => string | null = () => null,
): ReportInput[] {
  return [...REPORT_META, ...added].map((meta) => {
    const name = decisionsFileOf(meta.file)
    const json = readOptional(name)
    const text = read(meta.file)
    return json === null ? { meta, text } : { meta, text, decisions: parseDecisions(json, name) }
  })
}

/** Parses `added-reports.json`; a malformed file is an error, never silently ignored. */
export function parseAddedReports(json: string): ReportMeta[] {
  const list: unknown = JSON.parse(json)
  if (!Array.isArray(list)) throw new Error('added-reports.json must hold a list')
  for (const [i, m] of list.entries()) {
    const ok =
      typeof m === 'object' &&
      m !== null &&
      ['id', 'file', 'outlet', 'outletEvidence', 'headline', 'date', 'dateReasoning'].every(
        (k) => typeof (m as Record<string, unknown>)[k] === 'string',
      )
    if (!ok) throw new Error(`added-reports.json entry ${i} is incomplete`)
  }
  // Entries written before outlets had a basis and anchors: their outlet was given with --outlet.
  return (list as Partial<ReportMeta>[]).map((m) => ({
    ...m,
    outletBasis: m.outletBasis === 'inferred' ? 'inferred' : 'stated',
    outletAnchors: Array.isArray(m.outletAnchors) ? m.outletAnchors : [],
  })) as ReportMeta[]
}
