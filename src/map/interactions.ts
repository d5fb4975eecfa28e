import type { Map as MapLibreMap } from 'maplibre-gl'
import { INTERACTIVE_LAYERS } from './style'

export interface PointerHandlers {
  onSelect: (id: string | null) => void
  onHover: (id: string | null, point: { x: number; y: number } | null) => void
}

/** The area id under a screen point, zones before districts. */
function areaAt(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id))
  for (const layer of layers) {
    // Query layer by layer so that the topmost kind of area wins, whatever the render order.
    const [feature] = map.queryRenderedFeatures([point.x, point.y], { layers: [layer] })
    const id = feature?.properties?.id
    if (typeof id === 'string') return id
  }
  return null
}

/** Hover and click on the canvas, reported as area ids. */
export function wirePointer(map: MapLibreMap, handlers: PointerHandlers): void {
  let last: string | null = null
  map.on('mousemove', (e) => {
    const id = areaAt(map, e.point)
    map.getCanvas().style.cursor = id ? 'pointer' : ''
    if (id !== last || id) handlers.onHover(id, id ? { x: e.point.x, y: e.point.y } : null)
    last = id
  })
  map.on('mouseout', () => {
    last = null
    handlers.onHover(null, null)
  })
  map.on('click', (e) => handlers.onSelect(areaAt(map, e.point)))
}
