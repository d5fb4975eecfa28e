import type { ServedResponse } from './types'

/** Transfer of one load, split as the issue asks. */
export interface ByteSplit {
  initialBytes: number
  dataBytes: number
  totalBytes: number
}

/** Data files: the boundaries (`.geojson`) and the pledge data and any other `.json`. */
export function isDataFile(path: string): boolean {
  return /\.(geo)?json$/i.test(path)
}

/**
 * Splits a load's responses into "initial" (finished by `interactiveAt`, epoch ms; every response
 * when the page never became interactive), "data" (the data files among the initial ones) and
 * "total" (everything, including what loads after the first draw).
 */
export function splitBytes(
  responses: readonly ServedResponse[],
  interactiveAt: number | null,
): ByteSplit {
  let initialBytes = 0
  let dataBytes = 0
  let totalBytes = 0
  for (const r of responses) {
    totalBytes += r.bytes
    const initial = interactiveAt === null || r.finishedAt <= interactiveAt
    if (initial) initialBytes += r.bytes
    // Data the first view needs; decoration fetched after the first draw does not count here.
    if (initial && isDataFile(r.path)) dataBytes += r.bytes
  }
  return { initialBytes, dataBytes, totalBytes }
}
