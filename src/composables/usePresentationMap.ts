import { usePreferredReducedMotion } from '@vueuse/core'
import { watch, type ShallowRef } from 'vue'
import type { MapController } from '../map/controller'
import { usePresentationStore } from '../stores/presentation'

/**
 * The presentation's camera script (called by useMapView, which owns the map): entering saves the
 * explorer's camera, each step brings its area into view, or all of Qingdao (a flight, or a cut
 * with prefers-reduced-motion), and leaving puts the saved camera back. The step's area is
 * highlighted and the map coloured through the shown store: no store is written here.
 */
export function usePresentationMap(controller: Readonly<ShallowRef<MapController | null>>) {
  const presentation = usePresentationStore()
  const motion = usePreferredReducedMotion()

  watch(
    [() => presentation.active && presentation.current, controller],
    ([step, map]) => {
      if (!map) return
      if (!presentation.active) return void map.restoreCamera()
      // Only the first call saves: the camera of the explorer, before any step moved it.
      map.saveCamera()
      if (!step) return
      const animate = motion.value !== 'reduce'
      if (step.kind === 'area') map.focus(step.areaId, { animate })
      else map.fitAll({ animate })
    },
    { immediate: true },
  )
}
