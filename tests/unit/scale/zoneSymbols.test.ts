import { describe, expect, it } from 'vitest'
import {
  buildZoneSymbols,
  niceValue,
  referenceValues,
  symbolRadius,
  ZONE_MAX_RADIUS,
} from '../../../src/scale/zoneSymbols'

describe('zone symbols', () => {
  it('makes circle area proportional to the value, the largest at the maximum radius', () => {
    const s = buildZoneSymbols([
      { id: 'marine', value: 670 },
      { id: 'djk', value: 584 },
      { id: 'small', value: 670 / 4 },
      { id: 'none', value: null },
    ])
    expect(s.radiusOf.marine).toBe(ZONE_MAX_RADIUS)
    expect(s.radiusOf.small).toBeCloseTo(ZONE_MAX_RADIUS / 2)
    // Areas, not radii, compare as the values do.
    expect((s.radiusOf.djk! / s.radiusOf.marine!) ** 2).toBeCloseTo(584 / 670)
    expect(s.noData).toEqual(['none'])
    expect(s.radiusOf.none).toBeUndefined()
  })

  it('gives the size key round values on the same scale as the symbols', () => {
    const s = buildZoneSymbols([
      { id: 'a', value: 670 },
      { id: 'b', value: 40 },
    ])
    expect(s.references.map((r) => r.value)).toEqual([500, 200, 50])
    for (const r of s.references) expect(r.radius).toBeCloseTo(symbolRadius(r.value, 670))
  })

  it.each([
    [670, 500],
    [584, 500],
    [8, 10],
    [1.6, 2],
    [0.03, 0.02],
  ])('rounds %f to %f', (x, nice) => expect(niceValue(x)).toBeCloseTo(nice))

  it('keeps two reference circles, and a third only if not far smaller than every symbol', () => {
    expect(referenceValues([1000, 900])).toEqual([1000, 200])
    expect(referenceValues([])).toEqual([])
  })
})
