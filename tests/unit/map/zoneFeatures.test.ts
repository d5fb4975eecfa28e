import area from '@turf/area'
import { describe, expect, it } from 'vitest'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import type { Area } from '../../../src/types/pledge'

const zone = (id: string, km2: number | null, located = true): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level: 'zone',
  parentId: 'huangdao',
  aliases: [],
  location: located ? { lat: 35.97, lon: 120.17, source: 'test', confidence: 'low' } : null,
  officialArea: km2 === null ? null : { km2, source: 'test' },
})

describe('zoneFeatures', () => {
  it('draws a footprint with the official area, marked schematic', () => {
    const { footprints } = zoneFeatures([zone('qetdz', 478)])
    const [f] = footprints.features
    expect(f?.properties.schematic).toBe(true)
    expect(area(f!) / 1e6).toBeCloseTo(478, -1)
  })
  it('gives a point but no footprint when the area is unknown', () => {
    const z = zoneFeatures([zone('x', null)])
    expect(z.points.features).toHaveLength(1)
    expect(z.footprints.features).toHaveLength(0)
  })
  it('leaves out zones without a location', () => {
    expect(zoneFeatures([zone('y', 10, false)]).points.features).toHaveLength(0)
  })
})
