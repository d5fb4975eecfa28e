import { watch, type Ref } from 'vue'
import type { Camera, PledgeMap } from '../map/pledgeMap'
import { DARK_THEME, LIGHT_THEME } from '../map/theme'
import { usePresentationStore } from '../stores/presentation'
import { useSelectionStore } from '../stores/selection'

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Binds presentation mode to the map (called by useMapView, which owns the map): the dark theme,
 * the camera of each tour step (a flight, or a cut with prefers-reduced-motion) with its area
 * highlighted as the selection, and the explorer's camera put back on leaving.
 */
export function usePresentationMap(map: () => PledgeMap | null, created: Ref<boolean>) {
  const presentation = usePresentationStore()
  const selection = useSelectionStore()
  let saved: Camera | null = null

  // flush 'post': runs after the store has put the explorer's selection back.
  watch(
    [() => presentation.active, created],
    ([on, ready], [wasOn]) => {
      const m = map()
      if (!m || !ready) return
      m.setTheme(on ? DARK_THEME : LIGHT_THEME)
      if (on && !saved) saved = m.getCamera()
      if (!on && wasOn && saved) {
        m.jumpTo(saved)
        saved = null
      }
    },
    { flush: 'post', immediate: true },
  )

  watch(
    [() => presentation.active && presentation.current, created],
    ([step, ready]) => {
      const m = map()
      if (!step || !m || !ready) return
      const animate = !prefersReducedMotion()
      // 'map' as the source: this composable moves the camera, the selection watcher must not.
      if (step.kind === 'area') {
        selection.select(step.areaId, 'map')
        m.focusArea(step.areaId, animate)
      } else {
        selection.select(null, 'map')
        m.fitAll(animate)
      }
    },
    { flush: 'post', immediate: true },
  )
}
