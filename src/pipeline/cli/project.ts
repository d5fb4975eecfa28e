/**
 * File I/O of the data build, shared by `build:data` and `add-report`: the only place that reads
 * and writes the project's report texts and published data. `root` may point at a copy of the
 * project (the add-report test does that).
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { AREAS } from '../../data/areas'
import type { PledgeData } from '../../types/pledge'
import { reportsToPledges, type ReportInput } from '../build'
import { decisionsFileOf, parseAddedReports, readInputs } from '../inputs'
import { MAX_REPORT_BYTES } from '../newReport'
import { publishFiles, type PublishFile } from './publish'
import type { ReportMeta } from '../report-meta'
import { pledgesToJson, reportsToManifest } from '../serialize'

export const ADDED_REPORTS = 'public/reports/added-reports.json'
export const REPORTS_DIR = 'public/reports'

/** A project data file is missing, too large or points outside the project: a refusal. */
export class ProjectDataError extends Error {}

/**
 * Reads a file whole, but only a regular file of at most `limit` bytes: a device (/dev/zero),
 * a FIFO or a directory is refused before anything is read. Opened without blocking (a FIFO
 * would otherwise wait for a writer) and checked on the open descriptor, so the file checked is
 * the file read; at most `limit + 1` bytes are read, in case it grows meanwhile.
 */
export function readBounded(path: string, limit: number = MAX_REPORT_BYTES): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile())
      throw new ProjectDataError(`${path} is not a regular file (a directory, device or pipe)`)
    if (stat.size > limit)
      throw new ProjectDataError(`${path} is ${stat.size} bytes; the limit is ${limit}`)
    const buffer = Buffer.alloc(limit + 1)
    let size = 0
    for (let n = 1; n > 0 && size <= limit; size += n)
      n = readSync(fd, buffer, size, buffer.length - size, null)
    if (size > limit) throw new ProjectDataError(`${path} grew past the limit of ${limit} bytes`)
    return buffer.subarray(0, size)
  } finally {
    closeSync(fd)
  }
}

/**
 * The path of a file of public/reports/ named in the project's data, refused unless it is a
 * plain name (no directory, no `..`, not absolute) that resolves, through any symlink, inside
 * public/reports/. A hand-edited added-reports.json cannot make the CLI read or write elsewhere.
 */
export function reportPath(root: string, file: string): string {
  if (file === '' || isAbsolute(file) || /[\\/]/.test(file) || file === '..' || file === '.')
    throw new ProjectDataError(
      `${ADDED_REPORTS}: "${file}" is not a file name inside ${REPORTS_DIR}/`,
    )
  const dir = join(root, REPORTS_DIR)
  const path = join(dir, file)
  if (existsSync(path)) {
    const inside = relative(realpathSync(dir), realpathSync(path))
    if (inside.startsWith('..' + sep) || inside === '..' || isAbsolute(inside))
      throw new ProjectDataError(
        `${REPORTS_DIR}/${file} is a link to a file outside ${REPORTS_DIR}/`,
      )
  }
  return path
}

const readText = (path: string) => readBounded(path).toString('utf8')

export function readAddedReports(root: string): ReportMeta[] {
  const path = join(root, ADDED_REPORTS)
  if (!existsSync(path)) return []
  let added: ReportMeta[]
  try {
    added = parseAddedReports(readText(path))
  } catch (err) {
    throw new ProjectDataError(`${ADDED_REPORTS}: ${(err as Error).message}`)
  }
  for (const m of added) reportPath(root, m.file)
  return added
}

/** Reads a file, or null when it does not exist (a report without a decisions file). */
export function readIfExists(path: string): string | null {
  return existsSync(path) ? readText(path) : null
}

/** The reports of the project at `root`: texts, metadata and decisions files. */
export function readProjectInputs(root: string, added = readAddedReports(root)): ReportInput[] {
  return readInputs(
    (file) => {
      const path = reportPath(root, file)
      if (!existsSync(path)) throw new ProjectDataError(`${REPORTS_DIR}/${file} is missing`)
      return readText(path)
    },
    added,
    (file) => readIfExists(reportPath(root, file)),
  )
}

/** The pure pipeline over the registry; each report's decisions travel with its input. */
export function buildPledges(inputs: readonly ReportInput[]): PledgeData {
  return reportsToPledges(inputs, AREAS)
}

/** The files of the published data, derived from the reports: `pledges.json` and the manifest. */
export function publishedFiles(data: PledgeData): PublishFile[] {
  return [
    { path: 'public/data/pledges.json', content: pledgesToJson(data) },
    { path: `${REPORTS_DIR}/manifest.json`, content: reportsToManifest(data.reports) },
  ]
}

/**
 * The files a new report adds, in the order they are renamed into place: its text and decisions
 * (new files, unreferenced until the next), added-reports.json (the commit point of the sources),
 * then the derived data (see publish.ts for what a crash between renames leaves).
 */
export function newReportFiles(
  root: string,
  added: readonly ReportMeta[],
  meta: ReportMeta,
  text: string,
  decisionsJson: string | null,
  data: PledgeData,
): PublishFile[] {
  const file = (name: string) => relative(root, reportPath(root, name))
  return [
    { path: file(meta.file), content: text },
    ...(decisionsJson === null
      ? []
      : [{ path: file(decisionsFileOf(meta.file)), content: decisionsJson }]),
    { path: ADDED_REPORTS, content: JSON.stringify([...added, meta], null, 1) + '\n' },
    ...publishedFiles(data),
  ]
}

/** Writes the published data, both files or neither. */
export function writePublished(root: string, data: PledgeData): void {
  publishFiles(root, publishedFiles(data))
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
