import { describe, expect, it } from 'vitest'
import { fitProjection, pathOf } from '../../../src/compare/svgPaths'
import type { Polygon } from 'geojson'

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [120, 36],
      [121, 36],
      [121, 37],
      [120, 37],
      [120, 36],
    ],
  ],
}

describe('svgPaths', () => {
  it('fits the shape into the width and shrinks longitude by cos(latitude)', () => {
    const p = fitProjection([square], 100, 0)
    expect(p([120, 37])).toEqual([0, 0])
    expect(p([121, 36])[0]).toBeCloseTo(100)
    // 1° of longitude at 36.5° N is cos(36.5°) ≈ 0.80 of a degree of latitude.
    expect(p.height).toBe(Math.ceil(100 / Math.cos((36.5 * Math.PI) / 180)))
  })
  it('writes closed SVG path data', () => {
    const d = pathOf(square, fitProjection([square], 100, 0))
    expect(d).toMatch(/^M0\.0,\d+\.\dL.*Z$/)
  })
})
