import { describe, expect, it } from 'vitest'
import { coverageOf } from '../../../src/metrics/coverage'
import { filterPledges, NO_FILTER } from '../../../src/metrics/filter'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { Area, Figure, Horizon, PledgeData, Report } from '../../../src/types/pledge'

/** A hand-made miniature of the real shapes: 崂山's 930亿元 over three years holds 736亿元 this year. */
const report = (id: string, date: string): Report => ({
  id,
  file: `${id}.txt`,
  outlet: 'test',
  outletBasis: 'stated',
  outletEvidence: '',
  outletEvidenceSpans: [],
  headline: id,
  date,
  dateApproximate: true,
  dateReasoning: '',
  dateEvidence: [],
  defaultAreaId: null,
  length: 100,
  repeatedPassages: [],
})
const horizon = (kind: Horizon['kind'], endYear: number | null = null): Horizon => ({
  kind,
  text: null,
  startYear: null,
  endYear,
})
const figure = (
  id: string,
  reportId: string,
  areaId: string,
  value: number,
  h: Horizon,
  extra: Partial<Figure> = {},
): Figure => ({
  id,
  reportId,
  areaId,
  metric: 'investment',
  value,
  low: null,
  unit: '亿元',
  qualifier: { bound: 'exact', markers: [], aspirational: false },
  horizon: h,
  kind: 'pledge',
  moneyType: 'portfolio',
  countSet: null,
  start: 0,
  end: 1,
  quote: 'x',
  numberStart: 0,
  numberEnd: 1,
  numberText: String(value),
  pairedWith: null,
  nestedIn: null,
  duplicateOf: null,
  overlapGroup: null,
  sumGroup: null,
  category: 'general',
  attribution: 'section',
  scope: 'area',
  confidence: 'medium',
  ...extra,
})
const area = (id: string, parentId: string | null = null): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level: parentId ? 'zone' : 'district',
  parentId,
  aliases: [],
  location: null,
  officialArea: null,
})
const data: PledgeData = {
  reports: [report('r1', '2022-05-28'), report('r2', '2023-01-31')],
  areas: [area('laoshan'), area('huangdao'), area('qetdz', 'huangdao')],
  figures: [
    figure('r1-f1', 'r1', 'laoshan', 930, horizon('multiYear', 2024)),
    figure('r1-f2', 'r1', 'laoshan', 736, horizon('year', 2022), { nestedIn: 'r1-f1' }),
    figure('r1-f3', 'r1', 'qetdz', 300, horizon('unspecified')),
    figure('r2-f1', 'r2', 'laoshan', 930, horizon('multiYear', 2024), { duplicateOf: 'r1-f1' }),
  ],
  commitments: [{ id: 'c1', reportId: 'r2', areaId: 'laoshan', start: 0, end: 1 }],
  problems: [],
}

describe('filterPledges', () => {
  it('changes nothing without a filter', () => {
    expect(filterPledges(data, NO_FILTER)).toBe(data)
  })
  it('lets a nested slice stand on its own when its parent is filtered out', () => {
    const thisYear = filterPledges(data, { ...NO_FILTER, horizon: 'year' })
    expect(thisYear.figures.map((f) => f.id)).toEqual(['r1-f2'])
    expect(headlinesFor(thisYear).laoshan?.investment?.value).toBe(736)
  })
  it('counts a restatement once it is the only printing left in the filter', () => {
    const only2023 = filterPledges(data, { ...NO_FILTER, year: 2023 })
    expect(only2023.figures.map((f) => [f.id, f.duplicateOf])).toEqual([['r2-f1', null]])
    expect(headlinesFor(only2023).laoshan?.investment?.value).toBe(930)
    expect(only2023.commitments).toHaveLength(1)
  })
  it('filters to one report', () => {
    const r1 = filterPledges(data, { ...NO_FILTER, report: 'r1' })
    expect(new Set(r1.figures.map((f) => f.reportId))).toEqual(new Set(['r1']))
    expect(r1.commitments).toEqual([])
    expect(headlinesFor(r1).laoshan?.investment?.value).toBe(930)
  })
  it('gives "no figure reported", not zero, when the filter leaves an area empty', () => {
    expect(
      headlinesFor(filterPledges(data, { ...NO_FILTER, horizon: 'by2026' })).laoshan?.investment,
    ).toBeNull()
  })
})

describe('coverageOf', () => {
  it('counts figures once by kind and report, and points a district to its zones with figures', () => {
    const c = coverageOf(data.figures, data.areas)
    expect(c.get('laoshan')).toEqual({
      total: 2,
      byMetric: { investment: 2 },
      reportIds: ['r1'],
      childrenWithFigures: [],
    })
    expect(c.get('huangdao')?.total).toBe(0)
    expect(c.get('huangdao')?.childrenWithFigures).toEqual(['qetdz'])
  })
})
