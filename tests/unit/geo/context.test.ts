import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import area from '@turf/area'
import booleanValid from '@turf/boolean-valid'
import { featureCollection } from '@turf/helpers'
import intersect from '@turf/intersect'
import { describe, expect, it } from 'vitest'
import type { ContextProperties, DistrictProperties } from '../../../src/types/geo.ts'
import { booleanPointInside, readCollection } from './helpers.ts'

const PATH = 'public/geo/context.geojson'

describe('public/geo/context.geojson', () => {
  const context = readCollection<ContextProperties>(PATH)

  it('has the three neighbouring cities', () => {
    expect(context.features.map((f) => f.properties.nameZh)).toEqual(['日照市', '潍坊市', '烟台市'])
  })

  it('stays within the 30 KB gzip budget', () => {
    expect(gzipSync(readFileSync(PATH), { level: 9 }).length).toBeLessThanOrEqual(30 * 1024)
  })

  // Both files come from one topology-aware simplification, so a city's border with Qingdao is
  // the very same line as the districts' border: the backdrop shows no slivers or overlaps.
  it('does not overlap the districts', () => {
    const districts = readCollection<DistrictProperties>('public/geo/districts.geojson')
    for (const city of context.features) {
      for (const district of districts.features) {
        const overlap = intersect(featureCollection([city, district]))
        const km2 = overlap ? area(overlap) / 1e6 : 0
        expect(km2, `${city.properties.nameEn} ∩ ${district.properties.id}`).toBeLessThan(0.01)
      }
    }
  })

  it.each(context.features.map((f) => [f.properties.nameEn, f] as const))(
    '%s is valid with its label inside',
    (_, feature) => {
      expect(booleanValid(feature)).toBe(true)
      expect(booleanPointInside(feature.properties.labelPoint, feature.geometry)).toBe(true)
    },
  )
})
