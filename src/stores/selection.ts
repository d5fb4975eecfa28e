import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** Which area is selected (shown in the panel) and which is under the pointer or focus. */
export const useSelectionStore = defineStore('selection', () => {
  const selectedId = ref<string | null>(null)
  const hoveredId = ref<string | null>(null)

  function select(id: string | null) {
    selectedId.value = id
  }
  function hover(id: string | null) {
    hoveredId.value = id
  }
  return { selectedId, hoveredId, select, hover }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSelectionStore, import.meta.hot))
