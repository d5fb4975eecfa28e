import type { MultiPolygon, Polygon } from 'geojson'
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import * as v from 'valibot'
import { parseBoundaries } from './parseBoundaries'

/** A boundary the planner accepted for one area, kept in this browser only. */
export interface StoredBoundary {
  areaId: string
  geometry: Polygon | MultiPolygon
  /** The feature's name in the file, and the file, for "where did this come from". */
  featureName: string | null
  fileName: string
  savedAt: string
}

/**
 * idb-keyval's own database (out-of-line keys), not the name of the earlier hand-written one,
 * whose object store had a key path and so cannot take idb-keyval's writes.
 */
export const DB_NAME = 'qingdao-pledge-map-boundaries'
export const STORE = 'keyval'
/** All boundaries live under one key, so that saving them is one atomic write. */
const KEY = 'boundaries'

/** Why the browser storage could not be used; shown to the planner, never thrown at the app. */
export type StorageProblem = 'unavailable' | 'quota' | 'failed'

export type StorageResult<T> =
  { ok: true; value: T } | { ok: false; problem: StorageProblem; detail: string }

function problemOf(err: unknown): { ok: false; problem: StorageProblem; detail: string } {
  const name = err instanceof DOMException ? err.name : ''
  return {
    ok: false,
    problem: name === 'QuotaExceededError' ? 'quota' : 'failed',
    detail: err instanceof Error ? err.message : String(err),
  }
}

let store: UseStore | undefined

/** Runs one idb-keyval call, turning a missing IndexedDB or any failure into a StorageProblem. */
async function run<T>(body: (s: UseStore) => Promise<T>): Promise<StorageResult<T>> {
  if (typeof indexedDB === 'undefined')
    return { ok: false, problem: 'unavailable', detail: 'IndexedDB is not available' }
  try {
    store ??= createStore(DB_NAME, STORE)
    return { ok: true, value: await body(store) }
  } catch (err) {
    return problemOf(err)
  }
}

const RecordSchema = v.object({
  areaId: v.string(),
  geometry: v.unknown(),
  featureName: v.nullable(v.string()),
  fileName: v.string(),
  savedAt: v.string(),
})

/**
 * Re-checks what storage gave back with the parser of uploaded files: storage is another edge
 * (an older version of the app, or another tab, may have written it). Bad records are dropped.
 */
export function readStored(value: unknown): StoredBoundary[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((raw): StoredBoundary[] => {
    const record = v.safeParse(RecordSchema, raw)
    if (!record.success) return []
    const text = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: record.output.geometry,
    })
    const parsed = parseBoundaries(text, text.length)
    const geometry = parsed.ok && parsed.features.length === 1 ? parsed.features[0]?.geometry : null
    return geometry ? [{ ...record.output, geometry }] : []
  })
}

/** Every stored boundary (empty when none). */
export function loadBoundaries(): Promise<StorageResult<StoredBoundary[]>> {
  return run(async (s) => readStored(await get<unknown>(KEY, s)))
}

/** Replaces all stored boundaries with `records`, in one write. */
export function saveBoundaries(records: readonly StoredBoundary[]): Promise<StorageResult<void>> {
  return run((s) => set(KEY, records, s))
}

/** Removes every stored boundary. */
export function clearBoundaries(): Promise<StorageResult<void>> {
  return run((s) => del(KEY, s))
}
