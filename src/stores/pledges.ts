import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { fetchJson, type FetchMode, type LoadError } from '../data/fetchJson'
import { parsePledges } from '../data/parsePledges'
import { coverageOf, type Coverage } from '../metrics/coverage'
import { filterPledges } from '../metrics/filter'
import { headlinesFor } from '../metrics/headlines'
import { useFilterStore } from './filter'
import type { Area, AreaHeadlines, PledgeData } from '../types/pledge'

export const PLEDGES_URL = './data/pledges.json'

/** The extracted pledge data and the headline values computed from it. */
export const usePledgeStore = defineStore('pledges', () => {
  const data = shallowRef<PledgeData | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref<LoadError | null>(null)

  /** Loads the data; a `retry` goes past the HTTP cache (see {@link FetchMode}). */
  async function load(mode: FetchMode = 'load') {
    status.value = 'loading'
    error.value = null
    const result = await fetchJson(PLEDGES_URL, parsePledges, mode)
    if (result.ok) {
      data.value = result.value
      status.value = 'ready'
    } else {
      error.value = result.error
      status.value = 'error'
    }
  }

  const filter = useFilterStore()
  /** The data as the current report/period filter sees it: map, list, panel and exports use this. */
  const filtered = computed(() =>
    data.value
      ? filterPledges(data.value, {
          report: filter.report,
          year: filter.year,
          horizon: filter.horizon,
        })
      : null,
  )
  const areasById = computed(
    () => new Map<string, Area>((data.value?.areas ?? []).map((a) => [a.id, a])),
  )
  const headlines = computed<Record<string, AreaHeadlines>>(() =>
    filtered.value ? headlinesFor(filtered.value) : {},
  )
  const coverage = computed(() =>
    filtered.value
      ? coverageOf(filtered.value.figures, filtered.value.areas)
      : new Map<string, Coverage>(),
  )
  const zones = computed(() => (data.value?.areas ?? []).filter((a) => a.level === 'zone'))

  return { data, filtered, status, error, load, areasById, headlines, coverage, zones }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePledgeStore, import.meta.hot))
