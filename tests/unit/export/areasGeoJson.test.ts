import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { areasGeoJson } from '../../../src/export/areasGeoJson'
import { headlinesFor } from '../../../src/metrics/headlines'
import { buildAreaRows } from '../../../src/scale/areaRows'
import type { Area, AreaHeadlines, PledgeData } from '../../../src/types/pledge'
import { seedsOnly } from '../data/seeds'

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
      value: 670,
      unit: '亿元',
      figureIds: ['f1', 'f2'],
      derived: true,
      bound: 'over',
      markers: ['多'],
      low: null,
      measure: 'portfolio',
      horizon: { kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 },
      reportId: 'r1',
      alsoReported: ['f3'],
      rule: 'investment',
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
      investment: 670,
      investmentPerKm2: 67_000,
      investmentPerResident: null,
      rankInvestment: 1,
      investmentAsWritten: '670多亿元',
      investmentBound: 'over',
      investmentMarkers: ['多'],
      investmentLow: null,
      investmentMeasure: 'portfolio',
      investmentPeriodKind: 'multiYear',
      investmentPeriodStartYear: 2022,
      investmentPeriodEndYear: 2024,
      investmentPeriodText: '未来三年',
      investmentDerived: true,
      investmentFigureIds: ['f1', 'f2'],
      investmentAlsoReported: ['f3'],
      investmentReportId: 'r1',
      projects: null,
      geometrySource: 'district-boundary',
      mapMetric: 'investment',
    })
    expect(fc.features[0]?.properties).not.toHaveProperty('investmentLowerBound')
  })
  it('gives an area without a headline null fields and empty lists', () => {
    const fc = areasGeoJson(
      rows,
      headlines,
      () => ({ geometry: square, source: 'district-boundary' }),
      'investment',
    )
    expect(fc.features.find((f) => f.id === 'd')?.properties).toMatchObject({
      projectsAsWritten: null,
      projectsBound: null,
      projectsMarkers: [],
      projectsMeasure: null,
      projectsPeriodKind: null,
      projectsDerived: null,
      projectsFigureIds: [],
      projectsAlsoReported: [],
      projectsReportId: null,
    })
  })
  it('carries the real headlines: 崂山 930 for 2022–2024, 莱西 300以上 signings, 董家口 new starts', () => {
    const data = seedsOnly(
      JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData,
    )
    const real = headlinesFor(data)
    const realRows = buildAreaRows(data.areas, real, () => ({ areaKm2: null, population: null }))
    const fc = areasGeoJson(
      realRows,
      real,
      () => ({ geometry: { type: 'Point', coordinates: [120, 36] }, source: 'point' }),
      'investment',
    )
    const props = (id: string) => fc.features.find((f) => f.id === id)!.properties
    expect(props('laoshan')).toMatchObject({
      investment: 930,
      investmentAsWritten: '930亿元',
      investmentPeriodKind: 'multiYear',
      investmentPeriodStartYear: 2022,
      investmentPeriodEndYear: 2024,
      investmentPeriodText: '未来三年',
      investmentDerived: false,
      investmentFigureIds: ['r001-f028'],
      investmentAlsoReported: ['r001-f033'],
    })
    expect(props('laixi')).toMatchObject({
      investment: null,
      projects: 300,
      projectsAsWritten: '300个以上',
      projectsBound: 'atLeast',
      projectsMarkers: ['以上'],
      projectsMeasure: 'signed',
      projectsPeriodKind: 'year',
      projectsPeriodStartYear: 2023,
    })
    expect(props('dongjiakou')).toMatchObject({
      projects: 14,
      projectsMeasure: 'started',
      projectsPeriodKind: 'secondHalf',
    })
    expect(props('transport-business')).toMatchObject({
      investmentAsWritten: '约60亿元',
      investmentMarkers: ['约'],
      investmentPeriodKind: 'unspecified',
      investmentPeriodText: null,
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
