import type { PledgeData, Report } from '../types/pledge'

/**
 * Deterministic JSON for the committed files: fixed key order (objects are built in a fixed
 * order), one-space indent, trailing newline.
 */
export function pledgesToJson(data: PledgeData): string {
  return `${JSON.stringify(data, null, 1)}\n`
}

/** The reader's manifest (`public/reports/manifest.json`). */
export function reportsToManifest(reports: readonly Report[]): string {
  const manifest = reports.map((r) => ({
    id: r.id,
    file: r.file,
    outlet: r.outlet,
    outletBasis: r.outletBasis,
    outletEvidence: r.outletEvidence,
    outletEvidenceSpans: r.outletEvidenceSpans,
    headline: r.headline,
    date: r.date,
    dateApproximate: r.dateApproximate,
    dateReasoning: r.dateReasoning,
    dateEvidence: r.dateEvidence,
    length: r.length,
  }))
  return `${JSON.stringify({ note: 'Dates are approximate; see dateReasoning and the dateEvidence spans. Outlets marked inferred are reasoned from bylines; see outletEvidence and the outletEvidenceSpans. Spans are UTF-16 offsets into each file.', reports: manifest }, null, 2)}\n`
}
