import { watch, type ShallowRef } from 'vue'
import type { MapController } from '../map/controller'
import { usePresentationStore } from '../stores/presentation'
import { useSelectionStore } from '../stores/selection'

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Binds presentation mode to the camera (called by useMapView, which owns the map): each tour
 * step's camera (a flight, or a cut with prefers-reduced-motion) with its area highlighted as the
 * selection, and the explorer's camera saved on entering and put back on leaving. The dark theme
 * is an input of the map like any other (see bindMap).
 */
export function usePresentationMap(controller: Readonly<ShallowRef<MapController | null>>) {
  const presentation = usePresentationStore()
  const selection = useSelectionStore()
  /** A camera is saved: from entering the presentation until it has been put back. */
  let saved = false

  // flush 'post': runs after the store has put the explorer's selection back.
  watch(
    [() => presentation.active, controller],
    ([on, map], [wasOn]) => {
      if (!map) return
      if (on && !saved) {
        map.saveCamera()
        saved = true
      } else if (!on && wasOn && saved) {
        map.restoreCamera()
        saved = false
      }
    },
    { flush: 'post', immediate: true },
  )

  watch(
    [() => presentation.active && presentation.current, controller],
    ([step, map]) => {
      if (!step || !map) return
      const animate = !prefersReducedMotion()
      if (step.kind === 'area') {
        selection.select(step.areaId)
        map.focus(step.areaId, { animate })
      } else {
        selection.select(null)
        map.fitAll({ animate })
      }
    },
    { flush: 'post', immediate: true },
  )

  return {
    /** True while the presentation steers the camera, so selections must not move it. */
    owns: () => presentation.active || saved,
  }
}
