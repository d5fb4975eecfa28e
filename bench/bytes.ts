import type { ServedResponse } from './types'

/** Transfer of one load, split as the issue asks. */
export interface ByteSplit {
  /** Everything finished by the cut-off; null when the cut-off never came. */
  initialBytes: number | null
  /** The data files among the initial responses; null when the cut-off never came. */
  dataBytes: number | null
  /** Every response the page asked for during the load. */
  totalBytes: number
  /** What the service worker fetched for the offline cache (after the first draw), not in the others. */
  offlineCacheBytes: number
}

/** Data files: the boundaries (`.geojson`) and the pledge data and any other `.json`. */
export function isDataFile(path: string): boolean {
  return /\.(geo)?json$/i.test(path)
}

/** Gzip bytes of the responses (optionally only those `which` accepts) finished by `at`, epoch ms. */
export function bytesBefore(
  responses: readonly ServedResponse[],
  at: number,
  which: (path: string) => boolean = () => true,
): number {
  return responses.reduce(
    (sum, r) => (r.finishedAt <= at && which(r.path) ? sum + r.bytes : sum),
    0,
  )
}

/**
 * Splits a load's responses into "initial" (finished by `cutoff`, epoch ms: select-ready for the
 * app, interactive for the peers), "data" (the data files among the initial ones) and "total"
 * (everything the page fetched, including what loads after the first draw); the service worker's
 * own fetches are counted apart, as "offline cache". Without a cut-off there is no
 * "initial": counting everything would hide that the page never became usable.
 */
export function splitBytes(responses: readonly ServedResponse[], cutoff: number | null): ByteSplit {
  const page = responses.filter((r) => !r.serviceWorker)
  const totalBytes = page.reduce((sum, r) => sum + r.bytes, 0)
  const offlineCacheBytes = responses.reduce((sum, r) => (r.serviceWorker ? sum + r.bytes : sum), 0)
  if (cutoff === null) return { initialBytes: null, dataBytes: null, totalBytes, offlineCacheBytes }
  return {
    initialBytes: bytesBefore(page, cutoff),
    // Data the first view needs; decoration fetched later (the neighbouring cities) is left out.
    dataBytes: bytesBefore(page, cutoff, isDataFile),
    totalBytes,
    offlineCacheBytes,
  }
}
