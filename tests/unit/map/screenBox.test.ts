import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { screenBox } from '../../../src/map/screenBox'
import type { MapData } from '../../../src/map/controllerTypes'

const districts = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'a' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, 36],
            [121, 36],
            [121, 37],
            [120, 36],
          ],
        ],
      },
    },
  ],
} as unknown as FeatureCollection<Polygon | MultiPolygon> as MapData['districts']
const zones = {
  points: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'z' },
        geometry: { type: 'Point', coordinates: [120.5, 36.5] },
      },
    ],
  } as unknown as FeatureCollection<Point>,
} as unknown as MapData['zones']
// A projection that maps a degree to 100 px, north up.
const project = ([lng, lat]: [number, number]) => ({ x: (lng - 120) * 100, y: (37 - lat) * 100 })

describe('screenBox', () => {
  it("gives a district's projected bounds, rounded, as left,top,right,bottom", () => {
    expect(screenBox({ districts, zones }, 'a', project)).toBe('0,0,100,100')
  })
  it("gives a zone's point as a box of no size", () => {
    expect(screenBox({ districts, zones }, 'z', project)).toBe('50,50,50,50')
  })
  it('gives nothing for an unknown id', () => {
    expect(screenBox({ districts, zones }, 'nowhere', project)).toBe('')
  })
})
