import { describe, expect, it } from 'vitest'
import { visualMapPieces } from '../../../bench/peer/pieces'
import {
  fallbackInvestmentByDistrict,
  investmentFromHeadlines,
  peerValues,
} from '../../../bench/peer/values'

const ids = ['laoshan', 'jimo']
const headline = (value: number) => ({
  value,
  unit: '亿元',
  figureIds: [],
  rule: { zh: '', en: '' },
})

describe('investmentFromHeadlines', () => {
  it('reads a record of AreaHeadlines keyed by area id', () => {
    const result = {
      laoshan: { investment: headline(930), projects: null },
      jimo: { investment: null, projects: null },
    }
    expect(investmentFromHeadlines(result, ids)).toEqual([
      { id: 'laoshan', value: 930 },
      { id: 'jimo', value: null },
    ])
  })

  it('reads a Map and treats an area it leaves out as no data', () => {
    const result = new Map([['laoshan', { investment: headline(5) }]])
    expect(investmentFromHeadlines(result, ids)).toEqual([
      { id: 'laoshan', value: 5 },
      { id: 'jimo', value: null },
    ])
  })

  it('refuses a shape it does not know, so the peer falls back', () => {
    expect(investmentFromHeadlines({ laoshan: 12 }, ids)).toBeNull()
    expect(investmentFromHeadlines('nope', ids)).toBeNull()
  })
})

describe('fallbackInvestmentByDistrict', () => {
  it('sums investment in 亿元, counting zones in their district and skipping restatements', () => {
    const data = {
      areas: [
        { id: 'laoshan', parentId: null },
        { id: 'laoshan-zone', parentId: 'laoshan' },
      ],
      figures: [
        { metric: 'investment', areaId: 'laoshan', value: 100, unit: '亿元' },
        { metric: 'investment', areaId: 'laoshan-zone', value: 5000, unit: '万元' },
        { metric: 'investment', areaId: 'laoshan', value: 100, unit: '亿元', duplicateOf: 'f1' },
        { metric: 'investment', areaId: 'laoshan', value: 40, unit: '亿元', nestedIn: 'f1' },
        { metric: 'projectCount', areaId: 'jimo', value: 12, unit: '个' },
      ],
    }
    expect(fallbackInvestmentByDistrict(data, ids)).toEqual([
      { id: 'laoshan', value: 100.5 },
      { id: 'jimo', value: null },
    ])
  })

  it('takes the largest figure of an overlap group', () => {
    const data = {
      areas: [],
      figures: [
        { metric: 'investment', areaId: 'jimo', value: 30, unit: '亿元', overlapGroup: 'g' },
        { metric: 'investment', areaId: 'jimo', value: 50, unit: '亿元', overlapGroup: 'g' },
      ],
    }
    expect(fallbackInvestmentByDistrict(data, ids)[1]).toEqual({ id: 'jimo', value: 50 })
  })
})

describe('peerValues', () => {
  it("prefers the app's own computeHeadlines", () => {
    const metrics = {
      computeHeadlines: () => ({
        laoshan: { investment: headline(7) },
        jimo: { investment: null },
      }),
    }
    expect(peerValues([metrics], { figures: [] }, ids).source).toBe(
      'src/metrics computeHeadlines(pledges.json)',
    )
  })

  it('falls back to the named fallback without a metrics module', () => {
    expect(peerValues([], { figures: [] }, ids).source).toMatch(/^fallback:/)
  })

  it('has no values when pledges.json is missing', () => {
    expect(peerValues([], null, ids).values.every((v) => v.value === null)).toBe(true)
  })
})

describe('visualMapPieces', () => {
  it("puts each value in the same class as the app's first bound ≥ value", () => {
    const bins = [
      { lower: 2, upper: 10 },
      { lower: 30, upper: 50 },
    ]
    expect(visualMapPieces(bins, ['#eee', '#111'])).toEqual([
      { gte: 2, lte: 10, color: '#eee', label: '2–10' },
      { gt: 10, lte: 50, color: '#111', label: '30–50' },
    ])
  })
})
