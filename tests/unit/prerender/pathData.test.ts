import { describe, expect, it } from 'vitest'
import { integerPath } from '../../../src/prerender/pathData'

const identity = ([x = 0, y = 0]: number[]): [number, number] => [x, y]

describe('integerPath', () => {
  it('writes the first point absolute and the rest as relative moves', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [10, 10],
          [20, 10],
          [20, 25],
          [10, 25],
          [10, 10],
        ],
      ],
    }
    expect(integerPath(square, identity)).toBe('M10 10l10 0 0 15-10 0 0-15z')
  })

  it('rounds to whole units and drops points that round onto the one before', () => {
    const ring = [
      [0.2, 0.1],
      [0.4, -0.3],
      [5.6, 0.2],
      [5.4, 4.7],
      [0.2, 0.1],
    ]
    expect(integerPath({ type: 'Polygon', coordinates: [ring] }, identity)).toBe(
      'M0 0l6 0-1 5-5-5z',
    )
  })

  it('draws every polygon of a multipolygon, holes included, and skips collapsed rings', () => {
    const tri = (x: number) => [
      [x, 0],
      [x + 4, 0],
      [x, 4],
      [x, 0],
    ]
    const tiny = [
      [50, 50],
      [50.2, 50.1],
      [50, 50],
    ]
    const d = integerPath(
      { type: 'MultiPolygon', coordinates: [[tri(0), tiny], [tri(10)]] },
      identity,
    )
    expect(d).toBe('M0 0l4 0-4 4 0-4zM10 0l4 0-4 4 0-4z')
  })
})
