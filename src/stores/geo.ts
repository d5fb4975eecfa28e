import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { fetchJson, type FetchMode, type LoadError } from '../data/fetchJson'
import { parseContext, parseDistricts } from '../data/parseGeo'
import type { ContextCollection, DistrictCollection } from '../types/geo'

export const GEO_URLS = {
  districts: './geo/districts.geojson',
  context: './geo/context.geojson',
} as const

/** The boundary files. Large GeoJSON lives in shallowRefs and is replaced whole. */
export const useGeoStore = defineStore('geo', () => {
  const districts = shallowRef<DistrictCollection | null>(null)
  const context = shallowRef<ContextCollection | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const errors = ref<LoadError[]>([])

  /** Loads the districts; a `retry` goes past the HTTP cache (see {@link FetchMode}). */
  async function load(mode: FetchMode = 'load') {
    status.value = 'loading'
    errors.value = errors.value.filter((e) => e.url !== GEO_URLS.districts)
    const d = await fetchJson(GEO_URLS.districts, parseDistricts, mode)
    if (d.ok) districts.value = d.value
    else errors.value = [...errors.value, d.error]
    status.value = d.ok ? 'ready' : 'error'
  }

  /**
   * The neighbouring cities are decoration: fetched after the map has drawn Qingdao, so they
   * never delay it, and a failure is reported but not fatal.
   */
  async function loadContext(mode: FetchMode = 'load') {
    if (context.value) return
    errors.value = errors.value.filter((e) => e.url !== GEO_URLS.context)
    const c = await fetchJson(GEO_URLS.context, parseContext, mode)
    if (c.ok) context.value = c.value
    else errors.value = [...errors.value, c.error]
  }

  /**
   * Fetches again whatever failed, past the HTTP cache. The context is retried only once it was
   * tried (after the map drew), so a retry never fetches it ahead of the districts.
   */
  async function retry() {
    const contextFailed = errors.value.some((e) => e.url === GEO_URLS.context)
    await Promise.all([
      status.value === 'ready' ? null : load('retry'),
      contextFailed ? loadContext('retry') : null,
    ])
  }

  return { districts, context, status, errors, load, loadContext, retry }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGeoStore, import.meta.hot))
