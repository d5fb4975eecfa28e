import { usePreferredReducedMotion } from '@vueuse/core'
import { computed, watch, type ShallowRef } from 'vue'
import type { Bounds } from '../map/bounds'
import type { MapController } from '../map/controller'
import { mainlandBounds } from '../map/mainland'
import { useGeoStore } from '../stores/geo'
import { usePresentationStore } from '../stores/presentation'
import { presentationPadding, presentScale, type Rect } from '../tour/camera'

const rectOf = (selector: string): Rect | null =>
  document.querySelector(selector)?.getBoundingClientRect() ?? null

/**
 * The camera padding while presenting, measured at each move (the caption and the counter are
 * laid out by their own styles): useMapView gives it to the controller as the layout's padding
 * then, so a refit after a resize frames the map as the steps do.
 */
export function presentationPaddingOf(mapEl: Element) {
  const covers = {
    caption: rectOf('[data-map-cover="caption"]'),
    counter: rectOf('[data-present-cover="counter"]'),
  }
  const s = presentScale(window.innerWidth, window.innerHeight)
  return presentationPadding(mapEl.getBoundingClientRect(), covers, s)
}

/**
 * The presentation's camera script (called by useMapView, which owns the map): entering saves the
 * explorer's camera, each step brings its area into view — a district on its mainland, not its
 * outlying islands — or all of Qingdao (a flight, or a cut with prefers-reduced-motion), centred
 * in the part of the map the caption leaves visible, and leaving puts the saved camera back. The
 * step's area is highlighted and the map coloured through the shown store: no store is written.
 */
export function usePresentationMap(controller: Readonly<ShallowRef<MapController | null>>) {
  const presentation = usePresentationStore()
  const geo = useGeoStore()
  const motion = usePreferredReducedMotion()

  const mainlands = computed(() => {
    const out = new Map<string, Bounds>()
    for (const f of geo.districts?.features ?? []) {
      const b = mainlandBounds(f.geometry)
      if (b) out.set(f.properties.id, b)
    }
    return out
  })

  const padding = (map: MapController) => presentationPaddingOf(map.canvas())

  watch(
    [() => presentation.active && presentation.current, controller],
    ([step, map]) => {
      if (!map) return
      if (!presentation.active) return void map.restoreCamera()
      // Only the first call saves: the camera of the explorer, before any step moved it.
      map.saveCamera()
      if (!step) return
      const animate = motion.value !== 'reduce'
      if (step.kind === 'area') {
        const bounds = mainlands.value.get(step.areaId)
        map.focus(step.areaId, { animate, padding: padding(map), ...(bounds ? { bounds } : {}) })
      } else map.fitAll({ animate, padding: padding(map) })
    },
    // After the DOM update: the caption that covers the map must be there to be measured.
    { immediate: true, flush: 'post' },
  )
}
