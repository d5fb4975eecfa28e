import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { createPledgeMap, type PledgeMap } from '../map/pledgeMap'
import { LIGHT_THEME } from '../map/theme'
import type { MapLabel } from '../map/labels'
import { useGeoStore } from '../stores/geo'
import { useSelectionStore } from '../stores/selection'

const ATTRIBUTION = 'Pledges: 5 news reports (see Sources)'

/**
 * Binds the map to the stores for the lifetime of the component that owns `container`. The map
 * instance is a plain local variable: it never enters reactive state.
 */
export function useMapView(container: Ref<HTMLElement | null>) {
  const geo = useGeoStore()
  const selection = useSelectionStore()
  const failure = ref<string | null>(null)
  let map: PledgeMap | null = null

  onMounted(() => {
    const el = container.value
    const districts = geo.districts
    if (!el || !districts) return
    const labels: MapLabel[] = districts.features.map((f) => ({
      id: f.properties.id,
      nameZh: f.properties.nameZh,
      nameEn: f.properties.nameEn.replace(/ (District|City)$/, ''),
      lngLat: f.properties.labelPoint,
      kind: 'district',
      priority: f.properties.areaKm2,
    }))
    for (const f of geo.context?.features ?? []) {
      labels.push({
        id: `context-${f.properties.nameEn}`,
        nameZh: f.properties.nameZh,
        nameEn: f.properties.nameEn,
        lngLat: f.properties.labelPoint,
        kind: 'context',
        priority: 0,
      })
    }
    try {
      map = createPledgeMap({
        container: el,
        districts,
        context: geo.context,
        labels,
        theme: LIGHT_THEME,
        attribution: ATTRIBUTION,
        padding: () => {
          const small = Math.min(el.clientWidth, el.clientHeight) < 500
          return small ? 16 : 48
        },
        onSelect: (id) => selection.select(id),
        onHover: (id) => selection.hover(id),
      })
    } catch (err) {
      // MapLibre throws when WebGL is unavailable; the rest of the app keeps working.
      failure.value = String(err)
      return
    }
    map.setSelected(selection.selectedId)
  })

  watch(
    () => selection.hoveredId,
    (id) => map?.setHovered(id),
  )
  watch(
    () => selection.selectedId,
    (id) => map?.setSelected(id),
  )

  onBeforeUnmount(() => {
    map?.destroy()
    map = null
  })

  return { failure }
}
