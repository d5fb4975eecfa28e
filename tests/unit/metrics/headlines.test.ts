import { describe, expect, it } from 'vitest'
import { messages } from '../../../src/i18n/messages'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { Figure } from '../../../src/types/pledge'
import { dataWith, fig } from '../../fixtures/pledges/figures'

const over: Figure['qualifier'] = { bound: 'over', markers: ['多'], aspirational: false }
const threeYears = { kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 } as const
const thisYear = { kind: 'year', text: '今年', startYear: 2022, endYear: 2022 } as const

/** An amount and the count of its phrase (总投资930亿元的334个). */
function pair(id: string, value: number, count: number, p: Partial<Figure> = {}): Figure[] {
  return [
    fig({ id, areaId: 'd', metric: 'investment', value, pairedWith: `${id}n`, ...p }),
    fig({ id: `${id}n`, areaId: 'd', metric: 'projectCount', value: count, pairedWith: id, ...p }),
  ]
}

describe('headlinesFor: one headline is one stated figure', () => {
  it('never adds a spending target to a portfolio (崂山 930 + 550 is not 1,480)', () => {
    const h = headlinesFor(
      dataWith([
        ...pair('a', 930, 334, { horizon: threeYears }),
        fig({ id: 's', areaId: 'd', metric: 'investment', value: 550, moneyType: 'spending' }),
      ]),
    )
    expect(h.d?.investment).toMatchObject({ value: 930, figureIds: ['a'], derived: false })
    expect(h.d?.investment?.alsoReported).toEqual([])
  })

  it('takes the largest of several portfolios and lists the others, never adding them', () => {
    const h = headlinesFor(
      dataWith([...pair('a', 420, 14, { countSet: 'started' }), ...pair('b', 164, 17)]),
    )
    expect(h.d?.investment).toMatchObject({ value: 420, figureIds: ['a'], alsoReported: ['b'] })
    expect(h.d?.projects).toMatchObject({ value: 14, measure: 'started', alsoReported: ['bn'] })
  })

  it('sums the disjoint parts the text presents as one whole, labelled derived', () => {
    const data = dataWith([...pair('a', 290, 19, { qualifier: over }), ...pair('b', 380, 20)])
    const grouped = {
      ...data,
      figures: data.figures.map((f) => ({
        ...f,
        sumGroup: f.metric === 'investment' ? 'a' : 'an',
      })),
    }
    const g = headlinesFor(grouped)
    expect(g.d?.investment).toMatchObject({
      value: 670,
      figureIds: ['a', 'b'],
      derived: true,
      bound: 'over',
      markers: ['多'],
    })
    expect(g.d?.projects).toMatchObject({ value: 39, figureIds: ['an', 'bn'], derived: true })
  })

  it('pairs the count with the portfolio of the same phrase, not a list of another year', () => {
    const h = headlinesFor(
      dataWith([
        ...pair('a', 674, 90, { reportId: 'r1' }),
        fig({ id: 'c', reportId: 'r2', areaId: 'd', metric: 'projectCount', value: 189 }),
      ]),
    )
    expect(h.d?.investment?.figureIds).toEqual(['a'])
    expect(h.d?.projects).toMatchObject({ value: 90, figureIds: ['an'], reportId: 'r1' })
  })

  it('shows a count alone where no portfolio is stated (莱西 300个以上)', () => {
    const h = headlinesFor(
      dataWith([
        fig({
          id: 'a',
          areaId: 'd',
          metric: 'projectCount',
          value: 300,
          countSet: 'signed',
          qualifier: { bound: 'atLeast', markers: ['以上'], aspirational: true },
        }),
      ]),
    )
    expect(h.d?.investment).toBeNull()
    expect(h.d?.projects).toMatchObject({ value: 300, bound: 'atLeast', measure: 'signed' })
  })

  it.each([
    ['an achievement', { kind: 'achievement' }],
    ['a cited context', { kind: 'context' }],
    ['a yearly plan', { moneyType: 'annualPlan' }],
    ['a signing amount', { moneyType: 'signed' }],
    ['spending', { moneyType: 'spending' }],
    ['a restatement', { duplicateOf: 'x' }],
    ['a size threshold', { category: 'threshold' }],
  ] as const)('never makes %s a headline investment', (_, p) => {
    const h = headlinesFor(
      dataWith([fig({ id: 'a', areaId: 'd', metric: 'investment', value: 9, ...p })]),
    )
    expect(h.d?.investment).toBeNull()
  })

  it('does not take a part of a larger portfolio, but a part of a spending target stands', () => {
    const h = headlinesFor(
      dataWith([
        ...pair('a', 930, 334, { horizon: threeYears }),
        fig({
          id: 'b',
          areaId: 'd',
          metric: 'investment',
          value: 736,
          nestedIn: 'a',
          horizon: thisYear,
        }),
        fig({ id: 's', areaId: 'd', metric: 'investment', value: 550, moneyType: 'spending' }),
        fig({
          id: 'c',
          areaId: 'd',
          metric: 'investment',
          value: 57,
          nestedIn: 's',
          horizon: thisYear,
        }),
      ]),
    )
    expect(h.d?.investment).toMatchObject({ value: 930, alsoReported: ['c'] })
  })

  it('carries the period and the qualifier of the stated figure', () => {
    const h = headlinesFor(
      dataWith([
        ...pair('a', 60, 9, {
          horizon: threeYears,
          qualifier: { bound: 'approx', markers: ['约'], aspirational: false },
        }),
      ]),
    )
    expect(h.d?.investment).toMatchObject({ bound: 'approx', markers: ['约'], horizon: threeYears })
  })

  it('counts a reprinted pledge once', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'projectCount', value: 94 }),
        fig({ id: 'b', areaId: 'd', metric: 'projectCount', value: 94, duplicateOf: 'a' }),
      ]),
    )
    expect(h.d?.projects).toMatchObject({ value: 94, figureIds: ['a'], alsoReported: [] })
  })

  it('never sums overlapping lists: the largest stands, the others are listed', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'projectCount', value: 189, overlapGroup: 'a' }),
        fig({ id: 'b', areaId: 'd', metric: 'projectCount', value: 143, overlapGroup: 'a' }),
        fig({ id: 'c', areaId: 'd', metric: 'projectCount', value: 125, overlapGroup: 'a' }),
      ]),
    )
    expect(h.d?.projects).toMatchObject({ value: 189, figureIds: ['a'], alsoReported: ['b', 'c'] })
  })

  it('never adds zone figures into the district', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'investment', value: 100 }),
        fig({ id: 'b', areaId: 'z', metric: 'investment', value: 50 }),
      ]),
    )
    expect(h.d?.investment?.value).toBe(100)
    expect(h.z?.investment?.value).toBe(50)
  })

  it('reports no figure as null, not zero', () => {
    const h = headlinesFor(dataWith([fig({ id: 'a', areaId: 'd', metric: 'gdp', value: 1500 })]))
    expect(h.d).toEqual({ investment: null, projects: null })
  })

  it('takes the latest report that states a portfolio', () => {
    const h = headlinesFor(
      dataWith([...pair('a', 90, 9, { reportId: 'r1' }), ...pair('b', 80, 8, { reportId: 'r2' })]),
    )
    expect(h.d?.investment).toMatchObject({ value: 80, reportId: 'r2', alsoReported: [] })
  })

  it('converts 万元 to 亿元', () => {
    const h = headlinesFor(
      dataWith([fig({ id: 'a', areaId: 'd', metric: 'investment', value: 5000, unit: '万元' })]),
    )
    expect(h.d?.investment).toMatchObject({ value: 0.5, unit: '亿元', figureIds: ['a'] })
  })

  it('names the rule that chose it (its text is a message in both languages)', () => {
    const h = headlinesFor(dataWith([...pair('a', 930, 334)]))
    expect(h.d?.investment?.rule).toBe('investment')
    expect(h.d?.projects?.rule).toBe('projects')
    expect(messages.zh.headlineRule.investment).toMatch(/不相加/)
    expect(messages.en.headlineRule.investment).toMatch(/never added/)
  })
})
