import { boundsOf } from './bounds'
import type { MapData } from './controllerTypes'

/**
 * An area's bounds (a zone's point) on screen as "left,top,right,bottom" in container pixels,
 * rounded; '' for an unknown id. Tests read it to check an area is framed clear of overlays.
 */
export function screenBox(
  data: Pick<MapData, 'districts' | 'zones'>,
  id: string,
  project: (lngLat: [number, number]) => { x: number; y: number },
): string {
  const district = data.districts.features.find((f) => f.properties.id === id)
  const zone = data.zones.points.features.find((f) => f.properties.id === id)
  const corners: [number, number][] = district
    ? boundsOf({ type: 'FeatureCollection', features: [district] })
    : zone
      ? [zone.geometry.coordinates as [number, number]]
      : []
  const points = corners.map(project)
  if (points.length === 0) return ''
  const xs = points.map((p) => Math.round(p.x))
  const ys = points.map((p) => Math.round(p.y))
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].join(',')
}
