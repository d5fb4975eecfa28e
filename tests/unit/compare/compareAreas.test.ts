import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addToComparison,
  caveatsOf,
  comparabilityOf,
  compareAreas,
  differenceOf,
  mainMeasure,
  periodMatch,
  sectionsByMeasure,
} from '../../../src/compare/compareAreas'
import { formatMeasure, formatPeriod } from '../../../src/format/headline'
import { filterPledges, NO_FILTER } from '../../../src/metrics/filter'
import { headlinesFor } from '../../../src/metrics/headlines'
import { buildAreaRows } from '../../../src/scale/areaRows'
import type { Area, AreaHeadlines, Headline, Horizon, PledgeData } from '../../../src/types/pledge'
import { seedsOnly } from '../data/seeds'

const district = (id: string): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level: 'district',
  parentId: null,
  aliases: [],
  location: null,
  officialArea: null,
})
const NO_PERIOD: Horizon = { kind: 'unspecified', text: null, startYear: null, endYear: null }
const YEAR_2023: Horizon = { kind: 'year', text: '今年', startYear: 2023, endYear: 2023 }
const headline = (p: Partial<Headline> & Pick<Headline, 'value'>): Headline => ({
  unit: '亿元',
  figureIds: ['f'],
  derived: false,
  bound: 'exact',
  markers: [],
  low: null,
  measure: 'portfolio',
  horizon: NO_PERIOD,
  reportId: 'r',
  alsoReported: [],
  rule: 'investment',
  ...p,
})
const inv = (value: number | null, p: Partial<Headline> = {}): AreaHeadlines => ({
  investment: value === null ? null : headline({ value, ...p }),
  projects: null,
})
const denominators = () => ({ areaKm2: 50, population: 1e6 })
const headlines = { a: inv(100), b: inv(250), c: inv(null) }
const rows = buildAreaRows([district('a'), district('b'), district('c')], headlines, denominators)

// The built data, through the filters a planner picks.
const data = seedsOnly(JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData)
function real(horizon: 'all' | 'year' | 'multi' = 'all') {
  const h = headlinesFor(filterPledges(data, { ...NO_FILTER, horizon }))
  return { headlines: h, rows: buildAreaRows(data.areas, h, denominators) }
}
const compareReal = (ids: string[], metric: 'investment' | 'projects', horizon?: 'year') => {
  const { rows, headlines } = real(horizon)
  return compareAreas(ids, rows, headlines, [metric])[0]!.values
}
const reportDate = (id: string) => data.reports.find((r) => r.id === id)!.date

describe('compareAreas', () => {
  it('gives the difference from the first area as absolute and ratio', () => {
    const [investment] = compareAreas(['a', 'b'], rows, headlines, ['investment'])
    expect(investment?.values[1]).toMatchObject({
      id: 'b',
      value: 250,
      rank: 1,
      peers: 2,
      comparability: { comparable: true, period: 'unstated', derived: false },
      difference: { absolute: 150, ratio: 2.5 },
    })
    expect(investment?.values[0]).toMatchObject({ comparability: null, difference: null })
  })
  it('never treats "no figure reported" as zero', () => {
    const [investment] = compareAreas(['a', 'c'], rows, headlines, ['investment'])
    expect(investment?.values[1]).toMatchObject({
      value: null,
      rank: null,
      comparability: null,
      difference: null,
    })
  })
  it('normalises per km² and per resident through the same rows', () => {
    const perKm2 = compareAreas(['a', 'b'], rows, headlines, ['investmentPerKm2'])[0]
    expect(perKm2?.values.map((v) => v.value)).toEqual([20_000, 50_000])
  })
  it('has no ratio against a zero baseline', () => {
    expect(differenceOf(5, 0)).toEqual({ absolute: 5, ratio: null })
  })
  it('ranks a headline only among peers that measure the same thing', () => {
    const mixed = { a: inv(100), b: inv(250, { measure: 'spending' }), c: inv(80) }
    const r = buildAreaRows([district('a'), district('b'), district('c')], mixed, denominators)
    const values = compareAreas(['a', 'b', 'c'], r, mixed, ['investment'])[0]!.values
    expect(values.map((v) => [v.id, v.rank, v.peers])).toEqual([
      ['a', 1, 2],
      ['b', 1, 1],
      ['c', 2, 2],
    ])
    expect(values[1]).toMatchObject({
      comparability: { comparable: false, measures: { value: 'spending', base: 'portfolio' } },
      difference: null,
    })
  })
  it('compares derived sums, and says that one side is derived', () => {
    const withSum = { a: inv(100), b: inv(670, { derived: true, bound: 'over', markers: ['多'] }) }
    const r = buildAreaRows([district('a'), district('b')], withSum, denominators)
    const [investment] = compareAreas(['a', 'b'], r, withSum, ['investment'])
    expect(investment?.values[1]).toMatchObject({
      comparability: { comparable: true, derived: true },
      difference: { absolute: 570, ratio: 6.7 },
    })
  })
  it('compares the number of figures reported without periods or measures', () => {
    const r = buildAreaRows([district('a'), district('b')], headlines, denominators, {
      a: 4,
      b: 2,
    })
    expect(compareAreas(['a', 'b'], r, headlines, ['figureCount'])[0]?.values[1]).toMatchObject({
      comparability: { comparable: true, period: null, derived: false },
      difference: { absolute: -2, ratio: 0.5 },
    })
  })
})

describe('compareAreas on the real data', () => {
  it('李沧 vs 崂山: 0.82× on investment, and the periods differ (2023 vs 2022–2024)', () => {
    const [laoshan, licang] = compareReal(['laoshan', 'licang'], 'investment')
    expect(licang).toMatchObject({
      value: 760.9,
      comparability: { comparable: true, period: 'differ', derived: false },
      difference: { absolute: -169.1 },
      rank: 3,
      peers: 4,
    })
    expect(licang?.difference?.ratio?.toFixed(2)).toBe('0.82')
    expect(laoshan).toMatchObject({ value: 930, rank: 2, peers: 4 })
    const periods = [licang!, laoshan!].map((v) =>
      formatPeriod(v.headline!.horizon, reportDate(v.headline!.reportId), 'en'),
    )
    expect(periods).toEqual(['2023', '2022–2024 (3 years)'])
  })
  it('李沧 83 projects under negotiation are not compared with 崂山 334 of a portfolio', () => {
    const [laoshan, licang] = compareReal(['laoshan', 'licang'], 'projects')
    expect(licang).toMatchObject({
      value: 83,
      comparability: { comparable: false, measures: { value: 'pipeline', base: 'portfolio' } },
      difference: null,
      rank: 1,
      peers: 1,
    })
    expect(laoshan).toMatchObject({ value: 334, rank: 2, peers: 3 })
  })
  it('董家口 14 new starts vs 开发区 31 of a portfolio: not comparable', () => {
    const [, dongjiakou] = compareReal(['qetdz', 'dongjiakou'], 'projects')
    expect(dongjiakou).toMatchObject({
      value: 14,
      comparability: { comparable: false, measures: { value: 'started', base: 'portfolio' } },
      difference: null,
    })
    const c = dongjiakou!.comparability
    if (c?.comparable !== false) throw new Error('expected not comparable')
    const label = (measure: Headline['measure']) =>
      formatMeasure({ ...dongjiakou!.headline!, measure }, 'projects', 'en')
    expect([label(c.measures.value), label(c.measures.base)]).toEqual([
      'new starts',
      'projects of a portfolio',
    ])
  })
  it('in the this-year view 崂山 736 and 平度 674 are for the same year, 2022', () => {
    const [laoshan, pingdu] = compareReal(['laoshan', 'pingdu'], 'investment', 'year')
    expect(laoshan?.value).toBe(736)
    expect(pingdu).toMatchObject({
      value: 674,
      comparability: { comparable: true, period: 'same', derived: false },
    })
  })
  it('海洋高新区 670多 is a derived sum; against 交通商务区 约60 neither states a period', () => {
    const [transport, marine] = compareReal(['transport-business', 'marine-hitech'], 'investment')
    expect(transport?.headline).toMatchObject({ value: 60, markers: ['约'] })
    expect(marine).toMatchObject({
      value: 670,
      comparability: { comparable: true, period: 'unstated', derived: true },
    })
  })
  it('counts the caveats of a comparison', () => {
    const { rows, headlines } = real()
    expect(caveatsOf(compareAreas(['laoshan', 'licang'], rows, headlines))).toEqual({
      // investment and its two normalisations cover other periods; the counts are other sets.
      periodsDiffer: 3,
      notComparable: 1,
    })
  })
})

describe('periodMatch', () => {
  it.each([
    [YEAR_2023, YEAR_2023, 'same'],
    [YEAR_2023, { ...YEAR_2023, kind: 'secondHalf' }, 'differ'],
    [YEAR_2023, { ...YEAR_2023, startYear: 2022, endYear: 2022 }, 'differ'],
    [YEAR_2023, NO_PERIOD, 'differ'],
    [NO_PERIOD, NO_PERIOD, 'unstated'],
  ] as const)('%j vs %j: %s', (a, b, expected) => {
    expect(periodMatch(a, b)).toBe(expected)
  })
  it('makes a missing headline not comparable at all', () => {
    expect(comparabilityOf(null, headline({ value: 1 }))).toBeNull()
  })
})

describe('mainMeasure and sectionsByMeasure', () => {
  it('picks the measure most headlines share, portfolio on a tie', () => {
    const h = (measure: Headline['measure']) => headline({ value: 1, measure })
    expect(mainMeasure([h('pipeline'), h('started'), h('started'), null])).toBe('started')
    expect(mainMeasure([h('pipeline'), h('portfolio')])).toBe('portfolio')
    expect(mainMeasure([null])).toBeNull()
  })
  it('splits the districts’ project counts: portfolios ranked, then signings, pipeline, none', () => {
    const { rows, headlines } = real()
    const districts = rows.filter((r) => r.area.level === 'district')
    const sections = sectionsByMeasure(districts, 'projects', headlines)
    expect(
      sections.map((s) => [s.measure, s.rows.map((r) => `${r.area.id}:${r.values.projects}`)]),
    ).toEqual([
      ['portfolio', ['huangdao:1364', 'laoshan:334', 'pingdu:90']],
      ['signed', ['laixi:300']],
      ['pipeline', ['licang:83']],
      [null, expect.arrayContaining(['shinan:null', 'jimo:null'])],
    ])
    expect(sections[3]?.rows).toHaveLength(5)
  })
})

describe('addToComparison', () => {
  it('adds distinct ids up to four', () => {
    expect(addToComparison(['a'], 'a')).toEqual(['a'])
    expect(addToComparison(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd'])
    expect(addToComparison(['a'], 'b')).toEqual(['a', 'b'])
  })
})
