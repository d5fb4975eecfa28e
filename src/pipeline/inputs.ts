import type { ReportInput } from './build'
import { REPORT_META } from './report-meta'

/** Pair each report's metadata with its text, given a reader for `public/reports/<file>`. */
export function readInputs(read: (file: string) => string): ReportInput[] {
  return REPORT_META.map((meta) => ({ meta, text: read(meta.file) }))
}
