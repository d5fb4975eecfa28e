import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { fetchJson, type LoadError } from '../data/fetchJson'
import { parsePledges } from '../data/parsePledges'
import { headlinesFor } from '../metrics/headlines'
import type { Area, AreaHeadlines, PledgeData } from '../types/pledge'

export const PLEDGES_URL = './data/pledges.json'

/** The extracted pledge data and the headline values computed from it. */
export const usePledgeStore = defineStore('pledges', () => {
  const data = shallowRef<PledgeData | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref<LoadError | null>(null)

  async function load() {
    status.value = 'loading'
    error.value = null
    const result = await fetchJson(PLEDGES_URL, parsePledges)
    if (result.ok) {
      data.value = result.value
      status.value = 'ready'
    } else {
      error.value = result.error
      status.value = 'error'
    }
  }

  const areasById = computed(
    () => new Map<string, Area>((data.value?.areas ?? []).map((a) => [a.id, a])),
  )
  const headlines = computed<Record<string, AreaHeadlines>>(() =>
    data.value ? headlinesFor(data.value) : {},
  )
  const zones = computed(() => (data.value?.areas ?? []).filter((a) => a.level === 'zone'))

  return { data, status, error, load, areasById, headlines, zones }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePledgeStore, import.meta.hot))
