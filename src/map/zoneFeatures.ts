import circle from '@turf/circle'
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson'
import type { Area } from '../types/pledge'

export interface ZoneFeatureProperties {
  id: string
  nameZh: string
  nameEn: string
  /** Always true: no boundary data exists for the zones, footprints only show their size. */
  schematic: boolean
  confidence: string
}

export interface ZoneFeatures {
  points: FeatureCollection<Point, ZoneFeatureProperties>
  footprints: FeatureCollection<Polygon, ZoneFeatureProperties>
}

/**
 * Zone markers at their (mostly estimated) locations, and for zones with an official area a
 * circle of that area around the location — a schematic footprint, not a boundary.
 */
export function zoneFeatures(zones: readonly Area[]): ZoneFeatures {
  const points: Feature<Point, ZoneFeatureProperties>[] = []
  const footprints: Feature<Polygon, ZoneFeatureProperties>[] = []
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
    if (zone.officialArea && zone.officialArea.km2 > 0) {
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
