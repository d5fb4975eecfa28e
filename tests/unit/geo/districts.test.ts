import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import area from '@turf/area'
import booleanValid from '@turf/boolean-valid'
import { featureCollection } from '@turf/helpers'
import intersect from '@turf/intersect'
import kinks from '@turf/kinks'
import { describe, expect, it } from 'vitest'
import { parseDistrictFacts } from '../../../src/data/districtFacts.ts'
import { polygonsOf } from '../../../geo/steps/geometry.ts'
import { DISTRICT_IDS, type DistrictProperties } from '../../../src/types/geo.ts'
import { booleanPointInside, readCollection, signedArea } from './helpers.ts'

const PATH = 'public/geo/districts.geojson'
const districts = () => readCollection<DistrictProperties>(PATH)
const facts = parseDistrictFacts(readFileSync('geo/facts/district-facts.csv', 'utf8'))

const EXPECTED: [string, number, string][] = [
  ['shinan', 370202, '市南区'],
  ['shibei', 370203, '市北区'],
  ['licang', 370213, '李沧区'],
  ['laoshan', 370212, '崂山区'],
  ['huangdao', 370211, '黄岛区'],
  ['chengyang', 370214, '城阳区'],
  ['jimo', 370215, '即墨区'],
  ['jiaozhou', 370281, '胶州市'],
  ['pingdu', 370283, '平度市'],
  ['laixi', 370285, '莱西市'],
]

describe('public/geo/districts.geojson', () => {
  it('has the ten districts in the fixed order with current codes and names', () => {
    const got = districts().features.map((f) => [
      f.properties.id,
      f.properties.adcode,
      f.properties.nameZh,
    ])
    expect(got).toEqual(EXPECTED)
    expect(got.map(([id]) => id)).toEqual([...DISTRICT_IDS])
  })

  it('stays within the 40 KB gzip budget', () => {
    expect(gzipSync(readFileSync(PATH), { level: 9 }).length).toBeLessThanOrEqual(40 * 1024)
  })

  it.each(EXPECTED.map(([id]) => id))('%s is valid, kink-free and wound RFC 7946', (id) => {
    const feature = districts().features.find((f) => f.properties.id === id)
    if (!feature) throw new Error(`missing ${id}`)
    expect(booleanValid(feature)).toBe(true)
    expect(kinks(feature).features).toHaveLength(0)
    for (const [outer = [], ...holes] of polygonsOf(feature.geometry)) {
      expect(signedArea(outer)).toBeGreaterThan(0)
      for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0)
    }
  })

  it('has a label point inside each district and areaKm2 matching its geometry', () => {
    for (const f of districts().features) {
      expect(booleanPointInside(f.properties.labelPoint, f.geometry), f.properties.id).toBe(true)
      expect(f.properties.areaKm2).toBeCloseTo(area(f.geometry) / 1e6, 0)
    }
  })

  it('has no two districts overlapping by more than 0.01 km²', () => {
    const fs = districts().features
    for (const [i, a] of fs.entries()) {
      for (const b of fs.slice(i + 1)) {
        const overlap = intersect(featureCollection([a, b]))
        const km2 = overlap ? area(overlap) / 1e6 : 0
        expect(km2, `${a.properties.id} ∩ ${b.properties.id}`).toBeLessThan(0.01)
      }
    }
  })

  it.each(EXPECTED)('%s (%i) is within a tenth of its official area', (id, adcode) => {
    const fact = facts.get(adcode)
    const feature = districts().features.find((f) => f.properties.id === id)
    if (!fact || !feature) throw new Error(`missing ${id}`)
    const ratio = feature.properties.areaKm2 / fact.officialAreaKm2
    console.log(
      `${id}: polygon ${feature.properties.areaKm2} km², official ${fact.officialAreaKm2} km²`,
    )
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1)
  })
})
