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
 * when the page never became interactive), "data" and "total".
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
    if (isDataFile(r.path)) dataBytes += r.bytes
    if (interactiveAt === null || r.finishedAt <= interactiveAt) initialBytes += r.bytes
  }
  return { initialBytes, dataBytes, totalBytes }
}
