import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** Which area is selected (shown in the panel) and which is under the pointer or focus. */
export const useSelectionStore = defineStore('selection', () => {
  const selectedId = ref<string | null>(null)
  const hoveredId = ref<string | null>(null)
  /** Where the tooltip goes, in map container pixels; null when the hover is not on the map. */
  const hoverPoint = ref<{ x: number; y: number } | null>(null)

  /** Where the last selection came from: the map itself needs no camera move. */
  const source = ref<'map' | 'other'>('other')

  function select(id: string | null, from: 'map' | 'other' = 'other') {
    source.value = from
    selectedId.value = id
  }
  function hover(id: string | null, point: { x: number; y: number } | null = null) {
    hoveredId.value = id
    hoverPoint.value = id ? point : null
  }
  return { selectedId, hoveredId, hoverPoint, source, select, hover }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSelectionStore, import.meta.hot))
