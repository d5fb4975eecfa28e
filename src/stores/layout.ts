import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * What is open in the phone layout, shared by the header's tools menu and the map's overlay:
 * the menu's "map settings" entry opens the overlay that the compact legend also opens.
 */
export const useLayoutStore = defineStore('layout', () => {
  /** The header's tools menu (phones only; wide screens show the tools in a row). */
  const toolsOpen = ref(false)
  /** The map overlay's full legend, settings and filters (phones start with it folded). */
  const mapOptionsOpen = ref(false)
  function openMapOptions() {
    toolsOpen.value = false
    mapOptionsOpen.value = true
  }
  return { toolsOpen, mapOptionsOpen, openMapOptions }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLayoutStore, import.meta.hot))
