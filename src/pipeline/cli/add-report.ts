/**
 * `npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…" [--decisions path] [--json]
 * [--write] [--root DIR]`
 *
 * Checks the file, runs the extraction with the new report beside the existing ones and prints a
 * review (as JSON with `--json`). The report's decisions are read from `--decisions`, else from
 * `<file>.decisions.json` beside it (`new.txt` → `new.decisions.json`) when there is one.
 * Nothing is written unless `--write` is given and no problem blocks: then the text is copied
 * into public/reports/ with its decisions file, its metadata appended to added-reports.json and
 * the published data rebuilt.
 * Exit codes: 0 reviewed (or written), 1 unexpected error, 2 refused (nothing changed),
 * 3 `--write` blocked by problems to settle (nothing changed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { NO_DECISIONS, decisionsToJson, parseDecisions, type ReportDecisions } from '../decisions'
import { decisionsFileOf } from '../inputs'
import { bytesToReportText, checkOptions, duplicateOf, newReportMeta } from '../newReport'
import { REPORT_META } from '../report-meta'
import { reviewNewReport, reviewToText } from '../review'
import {
  ADDED_REPORTS,
  buildPledges,
  readAddedReports,
  readProjectInputs,
  summary,
  writePublished,
} from './project'

/** A refusal the user can act on; anything else thrown is unexpected (exit code 1). */
class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason)
}

function readDecisions(file: string, given: string | undefined): ReportDecisions {
  const path = given ?? decisionsFileOf(file)
  if (!existsSync(path)) {
    if (given) refuse(`cannot read the decisions file ${given}`)
    return NO_DECISIONS
  }
  try {
    return parseDecisions(readFileSync(path, 'utf8'), basename(path))
  } catch (err) {
    refuse((err as Error).message)
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      outlet: { type: 'string' },
      decisions: { type: 'string' },
      json: { type: 'boolean', default: false },
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
  const decisions = readDecisions(file, values.decisions)

  const added = readAddedReports(root)
  const existing = [...REPORT_META, ...added]
  const same = duplicateOf(existing, text.value)
  if (same) refuse(`${basename(file)} is already in the project as ${same.id} (${same.file})`)

  const meta = newReportMeta(existing, text.value, {
    ...options.value,
    sourceName: basename(file),
  })
  const inputs = readProjectInputs(root, added)
  const before = buildPledges(inputs)
  const data = buildPledges([...inputs, { meta, text: text.value, decisions }])
  const review = reviewNewReport(before, data, meta.id, text.value, decisions)
  console.log(values.json ? JSON.stringify(review, null, 2) : reviewToText(review))
  const note = (line: string) => (values.json ? console.error(line) : console.log(line))

  if (!values.write) {
    note('\nReview only: nothing was written. Settle each blocking problem with an entry of the')
    note(`report's decisions file (${decisionsFileOf(basename(file))}, or --decisions path),`)
    note('an alias in src/data/areas.ts or a rule with its reason; then run again with --write.')
    return 0
  }
  if (review.blocking > 0) {
    console.error(
      `\nadd-report: --write blocked: ${review.blocking} problem(s) to settle first, each in ` +
        `${values.decisions ?? decisionsFileOf(file)} with a reason:`,
    )
    for (const p of review.problems.filter((x) => x.blocking))
      console.error(`  ${p.kind} at ${p.start}: ${p.message}${p.settle ? `\n    ${p.settle}` : ''}`)
    console.error('Nothing was changed.')
    return 3
  }
  const dir = join(root, 'public/reports')
  writeFileSync(join(dir, meta.file), text.value)
  const withDecisions = [decisions.figures, decisions.places, decisions.passages].some(
    (l) => l.length > 0,
  )
  if (withDecisions)
    writeFileSync(join(dir, decisionsFileOf(meta.file)), decisionsToJson(decisions))
  writeFileSync(join(root, ADDED_REPORTS), JSON.stringify([...added, meta], null, 1) + '\n')
  writePublished(root, data)
  note(
    `\nWrote public/reports/${meta.file}${withDecisions ? ` and ${decisionsFileOf(meta.file)}` : ''}, ` +
      `${ADDED_REPORTS} and the published data.`,
  )
  note(summary(data))
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (err) {
  // parseArgs throws for an unknown or malformed option: the user's to fix, like a refusal.
  const code = (err as { code?: unknown }).code
  if (err instanceof Refusal || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    console.error(`add-report: refused: ${(err as Error).message}. Nothing was changed.`)
    process.exitCode = 2
  } else {
    // Never a stack trace: one line a person can act on or report.
    const message = err instanceof Error ? err.message : String(err)
    console.error(`add-report: unexpected error: ${message.split('\n')[0]}`)
    process.exitCode = 1
  }
}
