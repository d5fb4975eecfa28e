import circle from '@turf/circle'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import type { Area } from '../types/pledge'

export interface ZoneFeatureProperties {
  id: string
  nameZh: string
  nameEn: string
  /**
   * True for the circles: no boundary data exists for the zones, footprints only show their
   * size. False where the planner loaded a boundary of their own (see src/boundaries).
   */
  schematic: boolean
  confidence: string
}

export interface ZoneFeatures {
  points: FeatureCollection<Point, ZoneFeatureProperties>
  footprints: FeatureCollection<Polygon | MultiPolygon, ZoneFeatureProperties>
}

/**
 * Zone markers at their (mostly estimated) locations, and for zones with an official area a
 * circle of that area around the location — a schematic footprint, not a boundary. A boundary
 * the planner loaded (`overrides`, area id → geometry) replaces the circle of its zone.
 */
export function zoneFeatures(
  zones: readonly Area[],
  overrides: ReadonlyMap<string, Polygon | MultiPolygon> = new Map(),
): ZoneFeatures {
  const points: Feature<Point, ZoneFeatureProperties>[] = []
  const footprints: Feature<Polygon | MultiPolygon, ZoneFeatureProperties>[] = []
  for (const zone of zones) {
    if (!zone.location) continue
    const properties: ZoneFeatureProperties = {
      id: zone.id,
      nameZh: zone.nameZh,
      nameEn: zone.nameEn,
      schematic: true,
      confidence: zone.location.confidence,
    }
    const centre: [number, number] = [zone.location.lon, zone.location.lat]
    points.push({
      type: 'Feature',
      id: zone.id,
      properties,
      geometry: { type: 'Point', coordinates: centre },
    })
    const own = overrides.get(zone.id)
    if (own) {
      footprints.push({
        type: 'Feature',
        id: zone.id,
        properties: { ...properties, schematic: false },
        geometry: own,
      })
    } else if (zone.officialArea && zone.officialArea.km2 > 0) {
      const radiusKm = Math.sqrt(zone.officialArea.km2 / Math.PI)
      const footprint = circle(centre, radiusKm, { steps: 48, units: 'kilometers' })
      footprints.push({ ...footprint, id: zone.id, properties })
    }
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    footprints: { type: 'FeatureCollection', features: footprints },
  }
}
