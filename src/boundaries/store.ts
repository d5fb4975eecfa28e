import type { MultiPolygon, Polygon } from 'geojson'

/** A boundary the planner accepted for one area, kept in this browser only. */
export interface StoredBoundary {
  areaId: string
  geometry: Polygon | MultiPolygon
  /** The feature's name in the file, and the file, for "where did this come from". */
  featureName: string | null
  fileName: string
  savedAt: string
}

export const DB_NAME = 'qingdao-pledge-map'
export const STORE = 'boundaries'

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

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new DOMException('IndexedDB is not available', 'NotSupportedError'))
      return
    }
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE))
        request.result.createObjectStore(STORE, { keyPath: 'areaId' })
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'))
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'))
  })
}

async function run<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<StorageResult<T | undefined>> {
  let db: IDBDatabase
  try {
    db = await open()
  } catch (err) {
    const p = problemOf(err)
    return {
      ...p,
      problem:
        err instanceof DOMException && err.name === 'NotSupportedError' ? 'unavailable' : p.problem,
    }
  }
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const request = body(tx.objectStore(STORE))
      tx.oncomplete = () => resolve({ ok: true, value: request ? request.result : undefined })
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
    })
  } catch (err) {
    return problemOf(err)
  } finally {
    db.close()
  }
}

/** Every stored boundary (empty when none). */
export async function loadBoundaries(): Promise<StorageResult<StoredBoundary[]>> {
  const r = await run<StoredBoundary[]>(
    'readonly',
    (s) => s.getAll() as IDBRequest<StoredBoundary[]>,
  )
  return r.ok ? { ok: true, value: r.value ?? [] } : r
}

/** Replaces all stored boundaries with `records`, in one transaction. */
export async function saveBoundaries(
  records: readonly StoredBoundary[],
): Promise<StorageResult<void>> {
  const r = await run('readwrite', (s) => {
    s.clear()
    for (const rec of records) s.put(rec)
  })
  return r.ok ? { ok: true, value: undefined } : r
}

/** Removes every stored boundary. */
export async function clearBoundaries(): Promise<StorageResult<void>> {
  const r = await run('readwrite', (s) => {
    s.clear()
  })
  return r.ok ? { ok: true, value: undefined } : r
}
