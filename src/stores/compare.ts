import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { addToComparison } from '../compare/compareAreas'

/** Most areas a comparison holds: four columns still fit side by side. */
export const MAX_COMPARED = 4

/**
 * Areas chosen for side-by-side comparison. `picked` is the tray the planner fills from the map
 * or the list (not in the URL); `ids` is the open comparison (2–4 ids, kept in the URL as `cmp=`).
 */
export const useCompareStore = defineStore('compare', () => {
  const ids = ref<string[]>([])
  const picked = ref<string[]>([])

  // A shared link opens a comparison: its areas fill the tray too, so closing keeps them.
  watch(ids, (list) => {
    if (list.length > 0) picked.value = [...list]
  })

  function toggle(id: string) {
    picked.value = picked.value.includes(id)
      ? picked.value.filter((x) => x !== id)
      : addToComparison(picked.value, id, MAX_COMPARED)
  }
  function remove(id: string) {
    picked.value = picked.value.filter((x) => x !== id)
    if (ids.value.includes(id))
      ids.value = ids.value.length > 2 ? ids.value.filter((x) => x !== id) : []
  }
  function open() {
    if (picked.value.length >= 2) ids.value = [...picked.value]
  }
  function close() {
    ids.value = []
  }
  function clear() {
    picked.value = []
    ids.value = []
  }
  return { ids, picked, toggle, remove, open, close, clear }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCompareStore, import.meta.hot))
