import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import type { MultiPolygon, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { boundaryAnchor, boundaryKm2 } from '../../../src/boundaries/anchor'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import type { Area } from '../../../src/types/pledge'

/** A C-shaped zone east of its estimated location: its bounding-box centre is outside it. */
const cShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [120.2, 36.1],
      [120.3, 36.1],
      [120.3, 36.12],
      [120.22, 36.12],
      [120.22, 36.18],
      [120.3, 36.18],
      [120.3, 36.2],
      [120.2, 36.2],
      [120.2, 36.1],
    ],
  ],
}
const zone = {
  id: 'sino-german-ecopark',
  nameZh: '中德生态园',
  nameEn: 'Sino-German Ecopark',
  level: 'zone',
  location: { lon: 120.09, lat: 36.05, confidence: 'low', source: 'estimated' },
  officialArea: { km2: 11.56, source: 'zone-facts.csv' },
} as unknown as Area

describe('boundaryAnchor', () => {
  it('lies inside a concave boundary', () => {
    const p = boundaryAnchor(cShape)
    expect(booleanPointInPolygon(p, cShape)).toBe(true)
  })

  it('lies in the largest part of a multi-polygon', () => {
    const small: Polygon['coordinates'] = [
      [
        [120.0, 36.0],
        [120.01, 36.0],
        [120.01, 36.01],
        [120.0, 36.0],
      ],
    ]
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [small, cShape.coordinates] }
    expect(booleanPointInPolygon(boundaryAnchor(multi), cShape)).toBe(true)
  })

  it('measures the area in km²', () => {
    // 0.1° × 0.1° less a 0.08° × 0.06° notch, at 36° N: about 52 km².
    expect(boundaryKm2(cShape)).toBeCloseTo(52, 0)
  })
})

describe('zoneFeatures with a planner boundary', () => {
  it('moves the marker from the estimated location into the boundary', () => {
    const before = zoneFeatures([zone]).points.features[0]!.geometry.coordinates
    expect(before).toEqual([120.09, 36.05])
    const { points, footprints } = zoneFeatures([zone], new Map([[zone.id, cShape]]))
    const point = points.features[0]!
    expect(booleanPointInPolygon(point.geometry.coordinates, cShape)).toBe(true)
    expect(point.properties.schematic).toBe(false)
    expect(footprints.features[0]!.properties.schematic).toBe(false)
  })
})
