import { describe, expect, it } from 'vitest'
import { areasGeoJson } from '../../../src/export/areasGeoJson'
import { buildAreaRows } from '../../../src/scale/areaRows'
import type { Area, AreaHeadlines } from '../../../src/types/pledge'

const area = (id: string, level: Area['level']): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level,
  parentId: null,
  aliases: [],
  location: null,
  officialArea: null,
})
const headlines: Record<string, AreaHeadlines> = {
  d: {
    investment: {
      value: 930,
      unit: '亿元',
      figureIds: ['f1', 'f2'],
      rule: { zh: '', en: '' },
      lowerBound: true,
      reportId: 'r1',
    },
    projects: null,
  },
}
const rows = buildAreaRows([area('d', 'district'), area('z', 'zone')], headlines, () => ({
  areaKm2: 100,
  population: null,
}))
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [120, 36],
      [120.1, 36],
      [120.1, 36.1],
      [120, 36],
    ],
  ],
}

describe('areasGeoJson', () => {
  it('carries headline values, normalisations, ranks, figure ids and the geometry source', () => {
    const fc = areasGeoJson(
      rows,
      headlines,
      (id) => (id === 'd' ? { geometry: square, source: 'district-boundary' } : null),
      'investment',
    )
    expect(fc.features).toHaveLength(1)
    expect(fc.features[0]?.properties).toMatchObject({
      id: 'd',
      investment: 930,
      investmentPerKm2: 93_000,
      investmentPerResident: null,
      rankInvestment: 1,
      investmentLowerBound: true,
      investmentFigureIds: ['f1', 'f2'],
      projects: null,
      geometrySource: 'district-boundary',
      mapMetric: 'investment',
    })
  })
  it('keeps "no figure reported" as null, never zero', () => {
    const fc = areasGeoJson(
      rows,
      headlines,
      () => ({ geometry: { type: 'Point', coordinates: [120, 36] }, source: 'point' }),
      'projects',
    )
    expect(fc.features.find((f) => f.id === 'z')?.properties.investment).toBeNull()
  })
})
