import circle from '@turf/circle'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import { boundaryAnchor } from '../boundaries/anchor'
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
 * the planner loaded (`overrides`, area id → geometry) replaces the circle of its zone, and its
 * marker moves inside that boundary ({@link zoneAnchor}).
 */
export function zoneFeatures(
  zones: readonly Area[],
  overrides: ReadonlyMap<string, Polygon | MultiPolygon> = new Map(),
): ZoneFeatures {
  const points: Feature<Point, ZoneFeatureProperties>[] = []
  const footprints: Feature<Polygon | MultiPolygon, ZoneFeatureProperties>[] = []
  for (const zone of zones) {
    if (!zone.location) continue
    const own = overrides.get(zone.id)
    const properties: ZoneFeatureProperties = {
      id: zone.id,
      nameZh: zone.nameZh,
      nameEn: zone.nameEn,
      schematic: own === undefined,
      confidence: zone.location.confidence,
    }
    const centre = zoneAnchor(zone.location, own)
    points.push({
      type: 'Feature',
      id: zone.id,
      properties,
      geometry: { type: 'Point', coordinates: centre },
    })
    if (own) {
      footprints.push({
        type: 'Feature',
        id: zone.id,
        properties,
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

/**
 * Where a zone's marker and label sit: inside the planner's boundary when there is one (the
 * estimated location may lie outside it), else at the estimated location.
 */
export function zoneAnchor(
  location: { lon: number; lat: number },
  own: Polygon | MultiPolygon | undefined,
): [number, number] {
  return own ? boundaryAnchor(own) : [location.lon, location.lat]
}
