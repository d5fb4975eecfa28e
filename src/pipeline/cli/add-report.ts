/**
 * `npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…" [--decisions path] [--json]
 * [--write] [--root DIR] [--debug] [--help]`
 *
 * Checks the file, runs the extraction with the new report beside the existing ones and prints a
 * review (as JSON with `--json`). The report's decisions are read from `--decisions`, else from
 * `<file>.decisions.json` beside it (`new.txt` → `new.decisions.json`) when there is one.
 * Nothing is written unless `--write` is given and no problem blocks: then the text is copied
 * into public/reports/ with its decisions file, its metadata appended to added-reports.json and
 * the published data rebuilt — all files or none (publish.ts), under a lock so that two --write
 * never lose a report. Input files are read only if they are regular files of at most
 * MAX_REPORT_BYTES (1 MB); every refusal is one line.
 * Exit codes: 0 reviewed (or written), 1 unexpected error, 2 refused (nothing changed),
 * 3 `--write` blocked by problems to settle (nothing changed).
 */
import { existsSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { NO_DECISIONS, decisionsToJson, parseDecisions, type ReportDecisions } from '../decisions'
import { decisionsFileOf } from '../inputs'
import {
  bytesToReportText,
  checkOptions,
  duplicateOf,
  MAX_REPORT_BYTES,
  newReportMeta,
} from '../newReport'
import { LOCK_WAIT_MS, LockBusy, PublishFailed, publishFiles, withProjectLock } from './publish'
import { reviewNewReport, reviewToText } from '../review'
import {
  ADDED_REPORTS,
  buildPledges,
  newReportFiles,
  ProjectDataError,
  readAddedReports,
  readBounded,
  readProjectInputs,
  summary,
} from './project'

const USAGE = `usage: npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…" [--decisions path]
                              [--json] [--write] [--root DIR] [--debug]
  Reviews a report text (UTF-8, Chinese, a regular file of at most ${MAX_REPORT_BYTES} bytes) against
  the project's reports; --write publishes it (all files or none, one writer at a time: a second
  --write waits up to ${LOCK_WAIT_MS / 1000} s, then refuses). --debug prints the stack of an unexpected error.
  Exit codes: 0 reviewed or written, 1 unexpected error, 2 refused, 3 --write blocked by problems.`

/** A refusal the user can act on; anything else thrown is unexpected (exit code 1). */
class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason)
}

/** Reads a file given on the command line: bounded, and refused in one line if unreadable. */
function readGiven(path: string): Buffer {
  try {
    return readBounded(path)
  } catch (err) {
    if (err instanceof ProjectDataError) refuse(err.message)
    const e = err as NodeJS.ErrnoException
    refuse(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`)
  }
}

function readDecisions(file: string, given: string | undefined): ReportDecisions {
  const path = given ?? decisionsFileOf(file)
  if (!existsSync(path)) {
    if (given) refuse(`cannot read the decisions file ${given}`)
    return NO_DECISIONS
  }
  const json = bytesToUtf8(readGiven(path), path)
  try {
    return parseDecisions(json, basename(path))
  } catch (err) {
    refuse((err as Error).message)
  }
}

function bytesToUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    refuse(`${path} is not valid UTF-8`)
  }
}

const OPTIONS = {
  date: { type: 'string' },
  outlet: { type: 'string' },
  decisions: { type: 'string' },
  json: { type: 'boolean', default: false },
  write: { type: 'boolean', default: false },
  root: { type: 'string' },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: OPTIONS,
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const file = positionals[0]
  if (!file)
    refuse('give the report file: npm run add-report -- <file.txt> --date YYYY-MM-DD --outlet "…"')
  const options = checkOptions(values.date, values.outlet)
  if (!options.ok) refuse(options.reason)
  const root = values.root
    ? resolve(values.root)
    : fileURLToPath(new URL('../../../', import.meta.url))

  const text = bytesToReportText(readGiven(file))
  if (!text.ok) refuse(`${basename(file)}: ${text.reason}`)
  const decisions = readDecisions(file, values.decisions)

  // Everything from reading the project to writing it back happens under the lock when
  // writing, so that a concurrent --write sees this report (and takes the next number).
  const run = () => {
    const added = readAddedReports(root)
    const inputs = readProjectInputs(root, added)
    const same = duplicateOf(inputs, text.value)
    if (same) refuse(`${basename(file)} is already in the project as ${same.id} (${same.file})`)

    const meta = newReportMeta(
      inputs.map((i) => i.meta),
      text.value,
      { ...options.value, sourceName: basename(file) },
    )
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
        console.error(
          `  ${p.kind} at ${p.start}: ${p.message}${p.settle ? `\n    ${p.settle}` : ''}`,
        )
      console.error('Nothing was changed.')
      return 3
    }
    const withDecisions = [decisions.figures, decisions.places, decisions.passages].some(
      (l) => l.length > 0,
    )
    const json = withDecisions ? decisionsToJson(decisions) : null
    publishFiles(root, newReportFiles(root, added, meta, text.value, json, data))
    note(
      `\nWrote public/reports/${meta.file}${withDecisions ? ` and ${decisionsFileOf(meta.file)}` : ''}, ` +
        `${ADDED_REPORTS} and the published data.`,
    )
    note(summary(data))
    return 0
  }
  return values.write ? withProjectLock(root, run) : run()
}

/** The known errors a person can act on, as the one line to print; null for unexpected ones. */
function refusalOf(err: unknown): string | null {
  const code = (err as { code?: unknown }).code
  if (err instanceof Refusal || err instanceof ProjectDataError || err instanceof LockBusy)
    return err.message
  // parseArgs throws for an unknown or malformed option: the user's to fix, like a refusal.
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    return `${(err as Error).message} (see --help)`
  return null
}

const argv = process.argv.slice(2)
try {
  process.exitCode = await main(argv)
} catch (err) {
  const refusal = refusalOf(err)
  if (err instanceof PublishFailed) {
    console.error(`add-report: ${err.message}.`)
    process.exitCode = 1
  } else if (refusal !== null) {
    console.error(`add-report: refused: ${refusal.split('\n')[0]}. Nothing was changed.`)
    process.exitCode = 2
  } else {
    // Never a stack trace unless asked for: one line a person can act on or report.
    const message = err instanceof Error ? err.message : String(err)
    console.error(
      `add-report: unexpected error: ${message.split('\n')[0]} (run again with --debug for the stack)`,
    )
    if (argv.includes('--debug') && err instanceof Error) console.error(err.stack)
    process.exitCode = 1
  }
}
