import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { HorizonFilter } from '../metrics/filter'
import { DEFAULT_STATE } from '../types/defaults'

/** Which pledges count: one report or all, a publication year, a horizon. */
export const useFilterStore = defineStore('filter', () => {
  const report = ref<string | null>(DEFAULT_STATE.report)
  const year = ref<number | null>(DEFAULT_STATE.year)
  const horizon = ref<HorizonFilter>(DEFAULT_STATE.horizon)
  return { report, year, horizon }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useFilterStore, import.meta.hot))
