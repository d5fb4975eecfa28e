import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl'
import { nearestLabel, type Point } from './touch'

export type { Point }

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
  // Whether this move was over an area (the layer listener ran), and whether it is the first.
  let hit = false
  let first = true
  map.on('mousemove', scoped, (e) => {
    hit = true
    const id = idOf(e.features?.[0])
    setCursor(id ? 'pointer' : '')
    handlers.hover(id, id ? { x: e.point.x, y: e.point.y } : null)
  })
  map.on('mouseleave', scoped, () => {
    setCursor('')
    handlers.hover(null, null)
  })
  // The map-wide listener runs after the layer's for the same move. A first move over no area
  // ends the hover the static map left when MapLibre took over (StaticChoropleth): the layers'
  // `mouseleave` would not, as they never saw the pointer enter.
  map.on('mousemove', () => {
    if (first && !hit) handlers.hover(null, null)
    first = false
    hit = false
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

/**
 * Gives a tap on a label to the nearest visible label, not to whichever element is on top: on a
 * phone, labels carry 44 px hit boxes (src/styles/map.css) that overlap where zones crowd. Runs in
 * the capture phase, before the labels' own click listeners; keyboard activation (`detail` 0)
 * is left to the focused label.
 */
export function bindLabelTaps(container: HTMLElement, select: (id: string) => void): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.detail === 0 || !(event.target instanceof Element)) return
    const tapped = event.target.closest<HTMLElement>('.map-label[data-area-id]')
    if (!tapped) return
    const boxes = Array.from(
      container.querySelectorAll<HTMLElement>(
        '.map-label[data-area-id]:not(.map-label--context):not(.is-hidden):not(.is-off)',
      ),
    ).map((el) => {
      const r = el.getBoundingClientRect()
      return {
        id: el.dataset.areaId ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }
    })
    const id = nearestLabel({ x: event.clientX, y: event.clientY }, boxes)
    if (!id || id === tapped.dataset.areaId) return
    event.stopPropagation()
    event.preventDefault()
    select(id)
  }
  container.addEventListener('click', onClick, { capture: true })
  return () => container.removeEventListener('click', onClick, { capture: true })
}
