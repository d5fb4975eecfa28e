import { shallowRef, watch } from 'vue'
import type { MapController, MapData, MapPaint, MapStatus } from './controller'
import type { ThemeName } from './theme'

/** The reactive inputs of the map, as getters over the stores. */
export interface MapInputs {
  data: () => MapData
  paint: () => MapPaint
  selectedId: () => string | null
  hoveredId: () => string | null
  theme: () => ThemeName
}

/** Fresh status cells for one controller (see MapStatus). */
export const mapStatus = (): MapStatus => ({
  loaded: shallowRef(false),
  interactive: shallowRef(false),
  contextLost: shallowRef(false),
})

/**
 * Turns reactive inputs into the controller's imperative calls: exactly one watcher per concern.
 * Each watcher also runs when `loaded` turns true, which is the only readiness mechanism: nothing
 * is queued, the latest value is simply applied then. That includes a restored WebGL context,
 * whose rebuilt style has lost every feature-state (see the controller). Call inside a component's setup (or an
 * effect scope), which stops the watchers with it.
 */
export function bindMap(controller: MapController, inputs: MapInputs): void {
  const bind = <T>(source: () => T, apply: (value: T) => void) =>
    watch(
      [source, controller.loaded],
      ([value, ready]) => {
        if (ready) apply(value)
      },
      { immediate: true },
    )
  bind(inputs.data, (data) => controller.setData(data))
  bind(inputs.paint, (paint) => controller.setPaint(paint))
  bind(inputs.selectedId, (id) => controller.setSelected(id))
  bind(inputs.hoveredId, (id) => controller.setHovered(id))
  bind(inputs.theme, (theme) => controller.setTheme(theme))
}
