/**
 * The five seed reports' share of the pledge data. Tests that pin the seed reports' headlines
 * (the headline table, the tour, the comparisons) read this, so publishing a new report with
 * `npm run add-report` keeps them green: a later report never changes an earlier report's
 * figures (a restatement marks the later figure), so the seed figures are the same either way.
 */
import { REPORT_META } from '../../../src/pipeline/report-meta'
import type { PledgeData } from '../../../src/types/pledge'

const SEEDS = new Set(REPORT_META.map((m) => m.id))

/** `data` without the reports added after the five seeds. */
export function seedsOnly(data: PledgeData): PledgeData {
  const seed = (x: { reportId: string }) => SEEDS.has(x.reportId)
  return {
    reports: data.reports.filter((r) => SEEDS.has(r.id)),
    areas: data.areas,
    figures: data.figures.filter(seed),
    commitments: data.commitments.filter(seed),
    problems: data.problems.filter(seed),
  }
}
