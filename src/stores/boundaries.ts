import type { MultiPolygon, Polygon } from 'geojson'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  clearBoundaries,
  loadBoundaries,
  saveBoundaries,
  type StorageProblem,
  type StoredBoundary,
} from '../boundaries/store'

/**
 * Boundaries the planner loaded from their own file. They replace the schematic zone footprints
 * in this browser only (IndexedDB); nothing is sent anywhere.
 */
export const useBoundaryStore = defineStore('boundaries', () => {
  const records = shallowRef<StoredBoundary[]>([])
  const status = ref<'idle' | 'loading' | 'ready'>('idle')
  /** Why the browser could not keep them (private mode, quota); the boundaries still apply now. */
  const storageProblem = ref<StorageProblem | null>(null)

  /** Area id → the planner's geometry. A fresh Map each time, replaced whole. */
  const overrides = computed(
    () => new Map<string, Polygon | MultiPolygon>(records.value.map((r) => [r.areaId, r.geometry])),
  )

  async function load() {
    if (status.value !== 'idle') return
    status.value = 'loading'
    const r = await loadBoundaries()
    if (r.ok) records.value = r.value
    else storageProblem.value = r.problem
    status.value = 'ready'
  }

  /** Adds (or replaces, per area) accepted boundaries and stores them all. */
  async function accept(accepted: readonly StoredBoundary[]) {
    const byArea = new Map(records.value.map((r) => [r.areaId, r]))
    for (const r of accepted) byArea.set(r.areaId, r)
    records.value = [...byArea.values()]
    const r = await saveBoundaries(records.value)
    storageProblem.value = r.ok ? null : r.problem
  }

  /** Clears storage first, so that "removed" on screen means removed for the next visit too. */
  async function removeAll() {
    const r = await clearBoundaries()
    records.value = []
    storageProblem.value = r.ok ? null : r.problem
  }

  return { records, status, storageProblem, overrides, load, accept, removeAll }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBoundaryStore, import.meta.hot))
