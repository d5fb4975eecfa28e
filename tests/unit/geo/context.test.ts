import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import booleanValid from '@turf/boolean-valid'
import { describe, expect, it } from 'vitest'
import type { ContextProperties } from '../../../src/types/geo.ts'
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

  it.each(context.features.map((f) => [f.properties.nameEn, f] as const))(
    '%s is valid with its label inside',
    (_, feature) => {
      expect(booleanValid(feature)).toBe(true)
      expect(booleanPointInside(feature.properties.labelPoint, feature.geometry)).toBe(true)
    },
  )
})
