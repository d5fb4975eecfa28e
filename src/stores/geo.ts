import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { fetchJson, type LoadError } from '../data/fetchJson'
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

  async function load() {
    status.value = 'loading'
    errors.value = []
    const d = await fetchJson(GEO_URLS.districts, parseDistricts)
    if (d.ok) districts.value = d.value
    else errors.value.push(d.error)
    status.value = d.ok ? 'ready' : 'error'
  }

  /**
   * The neighbouring cities are decoration: fetched after the map has drawn Qingdao, so they
   * never delay it, and a failure is reported but not fatal.
   */
  async function loadContext() {
    if (context.value) return
    const c = await fetchJson(GEO_URLS.context, parseContext)
    if (c.ok) context.value = c.value
    else errors.value = [...errors.value, c.error]
  }

  return { districts, context, status, errors, load, loadContext }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGeoStore, import.meta.hot))
