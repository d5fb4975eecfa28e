/**
 * File I/O of the data build, shared by `build:data` and `add-report`: the only place that reads
 * and writes the project's report texts and published data. `root` may point at a copy of the
 * project (the add-report test does that).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AREAS } from '../../data/areas'
import type { PledgeData } from '../../types/pledge'
import { reportsToPledges, type ReportInput } from '../build'
import { parseAddedReports, readInputs } from '../inputs'
import { OVERRIDES } from '../overrides'
import type { ReportMeta } from '../report-meta'
import { pledgesToJson, reportsToManifest } from '../serialize'

export const ADDED_REPORTS = 'public/reports/added-reports.json'

export function readAddedReports(root: string): ReportMeta[] {
  const path = join(root, ADDED_REPORTS)
  return existsSync(path) ? parseAddedReports(readFileSync(path, 'utf8')) : []
}

export function readProjectInputs(root: string, added = readAddedReports(root)): ReportInput[] {
  return readInputs((file) => readFileSync(join(root, 'public/reports', file), 'utf8'), added)
}

export function buildPledges(inputs: readonly ReportInput[]): PledgeData {
  return reportsToPledges(inputs, AREAS, OVERRIDES.attribution, OVERRIDES.disjointParts)
}

/** Writes the published data: `pledges.json` and the reports' manifest. */
export function writePublished(root: string, data: PledgeData): void {
  writeFileSync(join(root, 'public/data/pledges.json'), pledgesToJson(data))
  writeFileSync(join(root, 'public/reports/manifest.json'), reportsToManifest(data.reports))
}

/** One line summing up a build, and its warnings. */
export function summary(data: PledgeData): string {
  const warnings = data.problems.filter((p) => p.severity === 'warning')
  return [
    `pledges.json: ${data.figures.length} figures, ${data.commitments.length} commitments, ` +
      `${data.problems.length} problems (${warnings.length} warnings), ` +
      `${OVERRIDES.attribution.length} overrides`,
    ...warnings.map((w) => `  warning ${w.reportId} ${w.start}-${w.end}: ${w.message}`),
  ].join('\n')
}
