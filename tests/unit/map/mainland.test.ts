import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { boundsOf } from '../../../src/map/bounds'
import { mainlandBounds } from '../../../src/map/mainland'
import type { DistrictCollection } from '../../../src/types/geo'

// The published boundaries: 崂山区 and 即墨区 have islands far out at sea, 市南区 is one polygon.
const districts = JSON.parse(
  readFileSync('public/geo/districts.geojson', 'utf8'),
) as DistrictCollection
const feature = (id: string) => districts.features.find((f) => f.properties.id === id)!

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
]

describe('mainlandBounds', () => {
  it('leaves out a small island far from the mainland', () => {
    const b = mainlandBounds({
      type: 'MultiPolygon',
      coordinates: [square(120, 36, 0.3), square(121, 36, 0.01)],
    })
    expect(b).toEqual([
      [120, 36],
      [120.3, 36.3],
    ])
  })

  it('keeps a second part of comparable size (an enclave, a district in two halves)', () => {
    const b = mainlandBounds({
      type: 'MultiPolygon',
      coordinates: [square(120, 36, 0.3), square(121, 36, 0.2)],
    })
    expect(b).toEqual([
      [120, 36],
      [121.2, 36.3],
    ])
  })

  it('is the polygon’s own bounds for a single polygon', () => {
    const shinan = feature('shinan')
    expect(mainlandBounds(shinan.geometry)).toEqual(
      boundsOf({ type: 'FeatureCollection', features: [shinan] }),
    )
  })

  it.each([
    // [district, mainland's east edge at most, full bounds' east edge at least]
    ['laoshan', 120.72, 121.39],
    ['jimo', 120.99, 121.06],
  ])('frames %s on its mainland, not its outlying islands', (id, mainlandEast, fullEast) => {
    const f = feature(id)
    const full = boundsOf({ type: 'FeatureCollection', features: [f] })
    const main = mainlandBounds(f.geometry)!
    expect(full[1][0]).toBeGreaterThanOrEqual(fullEast)
    expect(main[1][0]).toBeLessThanOrEqual(mainlandEast)
    // The mainland's label point lies inside the framed box.
    const [lon, lat] = f.properties.labelPoint
    expect(lon).toBeGreaterThan(main[0][0])
    expect(lon).toBeLessThan(main[1][0])
    expect(lat).toBeGreaterThan(main[0][1])
    expect(lat).toBeLessThan(main[1][1])
  })

  it('is null for an empty geometry', () => {
    expect(mainlandBounds({ type: 'MultiPolygon', coordinates: [] })).toBeNull()
  })
})
