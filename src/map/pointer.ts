import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl'

export type Point = { x: number; y: number }

/** The area id a feature carries, or null (the sea, a neighbouring city). */
export const idOf = (feature: MapGeoJSONFeature | undefined): string | null => {
  const id: unknown = feature?.properties?.id
  return typeof id === 'string' ? id : null
}

/** The two MapLibre methods the pointer wiring uses; a test passes an object with just these. */
export type PointerMap = Pick<MapLibreMap, 'on' | 'getCanvas'>

/** What the pointer did over the areas, as area ids (the controller passes them on as events). */
export interface PointerHandlers {
  /** A click: the area under the pointer, or null for a click on no area (the sea). */
  select: (id: string | null) => void
  /** The area under the pointer and where it is (for the tooltip), or null when it left them. */
  hover: (id: string | null, point: Point | null) => void
}

/**
 * Listens to the pointer over `layers` only: MapLibre then queries features over those layers
 * alone, and gives them topmost first, so a zone wins over the district around it. The cursor
 * turns into a pointer over an area.
 */
export function bindPointer(
  map: PointerMap,
  layers: readonly string[],
  handlers: PointerHandlers,
): void {
  const scoped = [...layers]
  const setCursor = (cursor: string) => (map.getCanvas().style.cursor = cursor)
  map.on('mousemove', scoped, (e) => {
    const id = idOf(e.features?.[0])
    setCursor(id ? 'pointer' : '')
    handlers.hover(id, id ? { x: e.point.x, y: e.point.y } : null)
  })
  map.on('mouseleave', scoped, () => {
    setCursor('')
    handlers.hover(null, null)
  })
  // A click on an area is reported by the layer listener; the map-wide listener, registered after
  // it and so called after it for the same click, reports the click (null: on the sea).
  let clicked: string | null = null
  map.on('click', scoped, (e) => (clicked = idOf(e.features?.[0])))
  map.on('click', () => {
    handlers.select(clicked)
    clicked = null
  })
}
