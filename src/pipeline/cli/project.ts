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
import type { ReportMeta } from '../report-meta'
import { pledgesToJson, reportsToManifest } from '../serialize'

export const ADDED_REPORTS = 'public/reports/added-reports.json'

export function readAddedReports(root: string): ReportMeta[] {
  const path = join(root, ADDED_REPORTS)
  return existsSync(path) ? parseAddedReports(readFileSync(path, 'utf8')) : []
}

/** Reads a file, or null when it does not exist (a report without a decisions file). */
export function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

/** The reports of the project at `root`: texts, metadata and decisions files. */
export function readProjectInputs(root: string, added = readAddedReports(root)): ReportInput[] {
  const dir = join(root, 'public/reports')
  return readInputs(
    (file) => readFileSync(join(dir, file), 'utf8'),
    added,
    (file) => readIfExists(join(dir, file)),
  )
}

/** The pure pipeline over the registry; each report's decisions travel with its input. */
export function buildPledges(inputs: readonly ReportInput[]): PledgeData {
  return reportsToPledges(inputs, AREAS)
}

/** Writes the published data: `pledges.json` and the reports' manifest. */
export function writePublished(root: string, data: PledgeData): void {
  writeFileSync(join(root, 'public/data/pledges.json'), pledgesToJson(data))
  writeFileSync(join(root, 'public/reports/manifest.json'), reportsToManifest(data.reports))
}

/** One line summing up a build, and its warnings. */
export function summary(data: PledgeData): string {
  const warnings = data.problems.filter((p) => p.severity === 'warning')
  const decided = data.problems.filter((p) => p.kind === 'override')
  return [
    `pledges.json: ${data.figures.length} figures, ${data.commitments.length} commitments, ` +
      `${data.problems.length} problems (${warnings.length} warnings), ` +
      `${decided.length} decisions applied`,
    ...warnings.map((w) => `  warning ${w.reportId} ${w.start}-${w.end}: ${w.message}`),
  ].join('\n')
}
