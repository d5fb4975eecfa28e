import { inject, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue'
import type { MapController } from '../map/controller'
import { useSelectionStore } from '../stores/selection'

interface MapContext {
  /** The live map, or null before MapLibre has loaded (and without WebGL). */
  controller: ShallowRef<MapController | null>
  /** The area last picked on the map itself (live or static): that selection needs no flight. */
  picked: { id: string | null | undefined }
}

const MAP: InjectionKey<MapContext> = Symbol('map')

/**
 * Called by the explorer, the common parent of the map and of what uses it (e.g. the export
 * menu). The controller goes in a shallowRef, marked raw by its creator: Vue must never proxy
 * MapLibre's objects.
 */
export function provideMap(): MapContext {
  const context: MapContext = { controller: shallowRef(null), picked: { id: undefined } }
  provide(MAP, context)
  return context
}

/** The explorer's map, for commands and the canvas; works (as "no map") outside an explorer. */
export function useMap() {
  const context = inject(MAP, null) ?? { controller: shallowRef(null), picked: { id: undefined } }
  const selection = useSelectionStore()
  return {
    controller: context.controller,
    /** The drawing canvas, or null while there is no live map. */
    canvas: (): HTMLCanvasElement | null => context.controller.value?.canvas() ?? null,
    /** Selects an area picked on the map: the camera stays where the user is looking. */
    pick(id: string | null) {
      context.picked.id = id
      selection.select(id)
    },
    /** True (once) when this selection is the one last picked on the map. */
    takePicked(id: string | null): boolean {
      const picked = context.picked.id === id
      context.picked.id = undefined
      return picked
    },
  }
}
