import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** Areas chosen for side-by-side comparison (2–4 when the comparison view is open). */
export const useCompareStore = defineStore('compare', () => {
  const ids = ref<string[]>([])
  return { ids }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCompareStore, import.meta.hot))
