/** Shared by the data tests: read the committed reports and rebuild the pledge data in-process. */
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildPledges, readProjectInputs } from '../../../src/pipeline/cli/project'

// PLEDGE_ROOT points the data checks at a copy of the project (the add-report test publishes a
// report into a copy, then runs these checks on it).
const root = process.env.PLEDGE_ROOT
  ? pathToFileURL(`${process.env.PLEDGE_ROOT.replace(/\/$/, '')}/`)
  : new URL('../../../', import.meta.url)

/** A project file as text. */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, root), 'utf8')
}

/** The report inputs exactly as `npm run build:data` reads them. */
export const inputs = readProjectInputs(fileURLToPath(root))

/** A fresh build, independent of the committed file. */
export const rebuilt = buildPledges(inputs)

/** Report text by id. */
export function textOf(reportId: string): string {
  const input = inputs.find((i) => i.meta.id === reportId)
  if (!input) throw new Error(`no report ${reportId}`)
  return input.text
}
