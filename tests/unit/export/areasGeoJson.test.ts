import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Geometry, Polygon, Position } from 'geojson'
import { parseDistricts } from '../../../src/data/parseGeo'
import { areasGeoJson, districtsGeoJson, zonesGeoJson } from '../../../src/export/areasGeoJson'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
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

/** RFC 7946 checks a GIS tool relies on: closed rings of ≥ 4 positions, exterior CCW, lon/lat. */
function rfc7946Problems(fc: { type: string; features: { geometry: Geometry }[] }): string[] {
  const problems: string[] = []
  if (fc.type !== 'FeatureCollection') problems.push('not a FeatureCollection')
  if ('crs' in fc) problems.push('crs member')
  const position = (p: Position) => {
    const [lon = NaN, lat = NaN] = p
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) problems.push(`bad ${p.join()}`)
  }
  const area = (r: Position[]) =>
    r.slice(1).reduce((a, p, i) => a + (r[i]![0]! * p[1]! - p[0]! * r[i]![1]!), 0)
  const polygon = (rings: Position[][]) =>
    rings.forEach((r, i) => {
      r.forEach(position)
      if (r.length < 4) problems.push('ring < 4')
      if (r[0]?.join() !== r[r.length - 1]?.join()) problems.push('ring not closed')
      if (i === 0 ? area(r) <= 0 : area(r) >= 0) problems.push('winding')
    })
  for (const { geometry: g } of fc.features) {
    if (g.type === 'Point') position(g.coordinates)
    else if (g.type === 'Polygon') polygon(g.coordinates)
    else if (g.type === 'MultiPolygon') g.coordinates.forEach(polygon)
    else problems.push(g.type)
  }
  return problems
}

describe('districtsGeoJson and zonesGeoJson', () => {
  const data = seedsOnly(JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData)
  const real = headlinesFor(data)
  const realRows = buildAreaRows(data.areas, real, () => ({ areaKm2: 123.456, population: 7 }))
  const geo = parseDistricts(JSON.parse(readFileSync('public/geo/districts.geojson', 'utf8')))
  if (!geo.ok) throw new Error('districts do not parse')
  const zones = zoneFeatures(data.areas.filter((a) => a.level === 'zone'))

  it('writes the districts as polygons only, valid RFC 7946', () => {
    const fc = districtsGeoJson(realRows, real, geo.value, 'investment', data.reports)
    expect(fc.features).toHaveLength(10)
    expect(new Set(fc.features.map((f) => f.geometry.type.replace('Multi', '')))).toEqual(
      new Set(['Polygon']),
    )
    expect(rfc7946Problems(fc)).toEqual([])
    expect(fc.features.every((f) => f.properties.level === 'district')).toBe(true)
  })

  it('writes the zones as points only, saying what the map draws around them', () => {
    const fc = zonesGeoJson(realRows, real, zones, 'investment', data.reports)
    expect(fc.features.length).toBeGreaterThan(5)
    expect(new Set(fc.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']))
    expect(rfc7946Problems(fc)).toEqual([])
    const marine = fc.features.find((f) => f.id === 'marine-hitech')?.properties
    expect(marine).toMatchObject({
      level: 'zone',
      geometrySource: 'point',
      investmentDerived: true,
      investmentFigureIds: real['marine-hitech']!.investment!.figureIds,
    })
    expect(fc.features.some((f) => f.properties.footprint === 'schematic-circle')).toBe(true)
  })

  it('gives each headline its period, outlet and date', () => {
    const fc = districtsGeoJson(realRows, real, geo.value, 'investment', data.reports)
    expect(fc.features.find((f) => f.id === 'laoshan')?.properties).toMatchObject({
      investmentPeriodStartYear: 2022,
      investmentPeriodEndYear: 2024,
      investmentPeriodText: '未来三年',
      investmentOutlet: '青岛日报',
      investmentReportDate: '2022-05-28',
    })
  })

  it('rounds coordinates to 5 decimals and ratios to 4 significant digits', () => {
    const fine: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [120.123456789, 36.0],
          [120.2, 36.1234567],
          [120.1, 36.2],
          [120.123456789, 36.0],
        ],
      ],
    }
    const fc = areasGeoJson(
      rows,
      headlines,
      (id) => (id === 'd' ? { geometry: fine, source: 'district-boundary' } : null),
      'investment',
    )
    const f = fc.features[0]!
    expect(f.geometry.type === 'Polygon' && f.geometry.coordinates[0]?.[0]).toEqual([120.12346, 36])
    // 670 亿元 over 100 km² = 67,000 万元/km²; over 3 km² it would be 2,233,333.3… → 2,233,000.
    const odd = buildAreaRows([area('d', 'district')], headlines, () => ({
      areaKm2: 3,
      population: null,
    }))
    const g = areasGeoJson(odd, headlines, () => ({ geometry: fine, source: 'x' }), 'investment')
    expect(g.features[0]?.properties.investmentPerKm2).toBe(2_233_000)
  })

  it('winds a clockwise exterior ring counter-clockwise, as RFC 7946 asks', () => {
    const clockwise: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [120, 36],
          [120, 36.1],
          [120.1, 36.1],
          [120, 36],
        ],
      ],
    }
    const fc = areasGeoJson(
      rows,
      headlines,
      () => ({ geometry: clockwise, source: 'x' }),
      'investment',
    )
    expect(rfc7946Problems(fc)).toEqual([])
  })
})
