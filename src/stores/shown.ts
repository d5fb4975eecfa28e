import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import type { ThemeName } from '../map/theme'
import { buildZoneSymbols } from '../scale/zoneSymbols'
import type { MapMetric } from '../types/view'
import { usePresentationStore } from './presentation'
import { useSelectionStore } from './selection'
import { useViewStore } from './view'

/**
 * What the map and its tooltips show: the explorer's selection and view, or the tour's settings
 * while presenting (its step's area, its metric, every area and zone, the dark theme). Getters
 * only: it writes no store, so the presentation never changes the explorer and leaving it leaves
 * the explorer as it was. The explorer's own controls and panels keep reading selection and view.
 */
export const useShownStore = defineStore('shown', () => {
  const selection = useSelectionStore()
  const view = useViewStore()
  const presentation = usePresentationStore()

  /** The highlighted area: the tour step's (none on an overview step), or the selection. */
  const selectedId = computed<string | null>(() => {
    if (!presentation.active) return selection.selectedId
    const step = presentation.current
    return step?.kind === 'area' ? step.areaId : null
  })
  const metric = computed<MapMetric>(() =>
    presentation.active ? presentation.metric : view.metric,
  )
  const districtChoropleth = computed(() => view.choropleths.district[metric.value])
  const zoneChoropleth = computed(() => view.choropleths.zone[metric.value])
  /** The zones' symbol sizes, computed once for the map, its legend, the static map and the PNG. */
  const zoneSymbols = computed(() => buildZoneSymbols(zoneChoropleth.value.values))
  // The tour shows every area: the legend (hidden while presenting) filters and highlights none.
  const filteredIds = computed(() => (presentation.active ? null : view.filteredIds))
  // The tour's slide of areas without a figure outlines the ones it names.
  const highlightedIds = computed<ReadonlySet<string> | null>(() => {
    if (!presentation.active) return view.highlightedIds
    const step = presentation.current
    return step?.kind === 'unreported' ? new Set(step.areas.map((a) => a.areaId)) : null
  })
  const zonesVisible = computed(() => presentation.active || view.zonesVisible)
  const theme = computed<ThemeName>(() => (presentation.active ? 'dark' : 'light'))

  return {
    selectedId,
    metric,
    districtChoropleth,
    zoneChoropleth,
    zoneSymbols,
    filteredIds,
    highlightedIds,
    zonesVisible,
    theme,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useShownStore, import.meta.hot))
