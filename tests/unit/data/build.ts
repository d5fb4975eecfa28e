/** Shared by the data tests: read the committed reports and rebuild the pledge data in-process. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { readProjectInputs } from '../../../src/pipeline/cli/project'
import { OVERRIDES } from '../../../src/pipeline/overrides'

const root = new URL('../../../', import.meta.url)

/** A project file as text. */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, root), 'utf8')
}

/** The report inputs exactly as `npm run build:data` reads them. */
export const inputs = readProjectInputs(fileURLToPath(root))

/** A fresh build, independent of the committed file. */
export const rebuilt = reportsToPledges(
  inputs,
  AREAS,
  OVERRIDES.attribution,
  OVERRIDES.disjointParts,
)

/** Report text by id. */
export function textOf(reportId: string): string {
  const input = inputs.find((i) => i.meta.id === reportId)
  if (!input) throw new Error(`no report ${reportId}`)
  return input.text
}
