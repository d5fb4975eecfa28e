/**
 * `npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…" [--write] [--root DIR]`
 *
 * Checks the file, runs the extraction with the new report beside the existing ones and prints a
 * review. Nothing is written unless `--write` is given: then the text is copied into
 * public/reports/, its metadata appended to added-reports.json and the published data rebuilt.
 * Exit codes: 0 reviewed (or written), 2 refused (nothing changed).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bytesToReportText, checkOptions, duplicateOf, newReportMeta } from '../newReport'
import { REPORT_META } from '../report-meta'
import { reviewNewReport } from '../review'
import {
  ADDED_REPORTS,
  buildPledges,
  readAddedReports,
  readProjectInputs,
  summary,
  writePublished,
} from './project'

function refuse(reason: string): never {
  console.error(`add-report: refused: ${reason}. Nothing was changed.`)
  process.exit(2)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    outlet: { type: 'string' },
    write: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
})
const file = positionals[0]
if (!file)
  refuse('give the report file: npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…"')
const options = checkOptions(values.date, values.outlet)
if (!options.ok) refuse(options.reason)
const root = values.root
  ? resolve(values.root)
  : fileURLToPath(new URL('../../../', import.meta.url))

let bytes: Uint8Array
try {
  bytes = readFileSync(file)
} catch (err) {
  refuse(`cannot read ${file}: ${(err as Error).message}`)
}
const text = bytesToReportText(bytes)
if (!text.ok) refuse(`${basename(file)}: ${text.reason}`)

const added = readAddedReports(root)
const existing = [...REPORT_META, ...added]
const same = duplicateOf(existing, text.value)
if (same) refuse(`${basename(file)} is already in the project as ${same.id} (${same.file})`)

const meta = newReportMeta(existing, text.value, { ...options.value, sourceName: basename(file) })
const inputs = [...readProjectInputs(root, added), { meta, text: text.value }]
const data = buildPledges(inputs)
console.log(reviewNewReport(data, meta.id, text.value))

if (!values.write) {
  console.log(
    '\nReview only: nothing was written. Settle problems with an alias in src/data/areas.ts',
  )
  console.log(
    'or an override in src/pipeline/overrides.json, then run again with --write to publish.',
  )
  process.exit(0)
}
writeFileSync(join(root, 'public/reports', meta.file), text.value)
writeFileSync(join(root, ADDED_REPORTS), JSON.stringify([...added, meta], null, 1) + '\n')
writePublished(root, data)
console.log(`\nWrote public/reports/${meta.file}, ${ADDED_REPORTS} and the published data.`)
console.log(summary(data))
