import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** Which area is selected (shown in the panel) and which is under the pointer or focus. */
export const useSelectionStore = defineStore('selection', () => {
  const selectedId = ref<string | null>(null)
  const hoveredId = ref<string | null>(null)
  /** Where the tooltip goes, in map container pixels; null when the hover is not on the map. */
  const hoverPoint = ref<{ x: number; y: number } | null>(null)

  // Whether a selection moves the camera is the map's business (see useMapView), not state here.
  function select(id: string | null) {
    selectedId.value = id
  }
  /** A figure the panel should bring into view (a legacy `#figure-` link); cleared once shown. */
  const figureRequest = ref<string | null>(null)
  function showFigure(id: string | null) {
    figureRequest.value = id
  }
  function hover(id: string | null, point: { x: number; y: number } | null = null) {
    hoveredId.value = id
    hoverPoint.value = id ? point : null
  }
  return { selectedId, hoveredId, hoverPoint, figureRequest, select, showFigure, hover }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSelectionStore, import.meta.hot))
