import { describe, expect, it } from 'vitest'
import { metricValue, ranks } from '../../../src/scale/areaValues'
import type { AreaHeadlines, Headline } from '../../../src/types/pledge'
import { headlineWith } from '../../fixtures/pledges/figures'

const headline = (value: number, unit: Headline['unit']): Headline => headlineWith({ value, unit })
const both: AreaHeadlines = { investment: headline(200, '亿元'), projects: headline(50, '个') }
const none: AreaHeadlines = { investment: null, projects: null }
const d = { areaKm2: 400, population: 500_000 }

describe('metricValue', () => {
  it.each([
    ['investment', 200],
    ['projects', 50],
    ['investmentPerKm2', 5000],
    ['investmentPerResident', 40_000],
  ] as const)('%s', (metric, expected) => {
    expect(metricValue(metric, both, d)).toBe(expected)
  })

  it('is null, not zero, when no figure was reported', () => {
    for (const m of [
      'investment',
      'projects',
      'investmentPerKm2',
      'investmentPerResident',
    ] as const) {
      expect(metricValue(m, none, d)).toBeNull()
      expect(metricValue(m, undefined, d)).toBeNull()
    }
  })

  it('is null when the denominator is unknown', () => {
    expect(metricValue('investmentPerResident', both, { areaKm2: 10, population: null })).toBeNull()
  })
})

describe('ranks', () => {
  it('ranks largest first, shares ties and skips areas without a value', () => {
    const r = ranks([
      { id: 'a', value: 5 },
      { id: 'b', value: 9 },
      { id: 'c', value: null },
      { id: 'd', value: 5 },
    ])
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, d: 2 })
  })
})
