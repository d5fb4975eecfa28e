import { computed, type ComputedRef } from 'vue'
import { legendModel, type LegendModel } from '../scale/legend'
import type { ZoneSymbols } from '../scale/zoneSymbols'
import { useBoundaryStore } from '../stores/boundaries'
import { usePledgeStore } from '../stores/pledges'
import { useShownStore } from '../stores/shown'
import { useViewStore } from '../stores/view'
import { useLang } from './useLang'

/** The zones' symbol sizes for what the map shows (the tour's metric while presenting). */
export function useZoneSymbols(): ComputedRef<ZoneSymbols> {
  const shown = useShownStore()
  // Shared by every caller through the store: a switch builds the symbols once, not per component.
  return computed(() => shown.zoneSymbols)
}

/**
 * The legend of what the map shows, in the interface language: the explorer's legend, the
 * static map, the PNG export and the tour read this one model (src/scale/legend.ts).
 */
export function useLegendModel(): ComputedRef<LegendModel> {
  const shown = useShownStore()
  const view = useViewStore()
  const pledges = usePledgeStore()
  const boundaries = useBoundaryStore()
  const lang = useLang()
  const zones = useZoneSymbols()
  // A zone with an official area but no boundary of the planner's is drawn as a dashed circle.
  const schematic = computed(() =>
    pledges.zones.some(
      (z) => z.location && (z.officialArea?.km2 ?? 0) > 0 && !boundaries.overrides.has(z.id),
    ),
  )
  return computed(() =>
    legendModel({
      districts: shown.districtChoropleth,
      zones: shown.zonesVisible ? zones.value : null,
      schematicFootprints: schematic.value,
      requestedClasses: view.classes,
      method: view.method,
      lang: lang.value,
    }),
  )
}
