import type { MapData } from '../../../src/map/controller'
import type { MapLabel } from '../../../src/map/labels'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import type { DistrictCollection, DistrictFeature, DistrictId } from '../../../src/types/geo'
import type { Area } from '../../../src/types/pledge'

/** A hand-made square "district" one tenth of a degree wide at [lon, lat] (not real boundaries). */
function square(id: DistrictId, lon: number, lat: number): DistrictFeature {
  const d = 0.1
  return {
    type: 'Feature',
    properties: {
      id,
      adcode: 370200,
      nameZh: id,
      nameEn: id,
      areaKm2: 100,
      labelPoint: [lon + d / 2, lat + d / 2],
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat + d],
          [lon, lat + d],
          [lon, lat],
        ],
      ],
    },
  }
}

export const districts = (): DistrictCollection => ({
  type: 'FeatureCollection',
  features: [square('laoshan', 120.5, 36.1), square('shinan', 120.3, 36.05)],
})

/** A zone with a location and an official area (as in pledges.json, values made up). */
export const zone = (id: string): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level: 'zone',
  parentId: 'laoshan',
  aliases: [],
  location: { lat: 36.12, lon: 120.52, source: 'test', confidence: 'low' },
  officialArea: { km2: 10, source: 'test' },
})

export const mapData = (labels: readonly MapLabel[] = []): MapData => ({
  districts: districts(),
  context: null,
  zones: zoneFeatures([zone('laoshan-zone')]),
  labels,
  contextLabels: [],
})
