import { describe, expect, it } from 'vitest'
import { formatMetric, formatPopulation } from '../../../src/format/number'

describe('formatMetric', () => {
  it.each([
    ['investment', 930, 'zh', '930 亿元'],
    ['investment', 930, 'en', 'CNY 93 bn'],
    ['investment', 45.5, 'en', 'CNY 4.55 bn'],
    ['projects', 334, 'en', '334 projects'],
    ['investmentPerKm2', 3462.3, 'zh', '3,462 万元/km²'],
    ['investmentPerKm2', 3462.3, 'en', 'CNY 34.6 m/km²'],
    ['investmentPerResident', 38700, 'en', 'CNY 38,700 per resident'],
  ] as const)('%s %d in %s', (metric, value, lang, text) => {
    expect(formatMetric(metric, value, lang)).toBe(text)
  })
})

describe('formatPopulation', () => {
  it.each([
    [502370, 'zh', '50.2万'],
    [502370, 'en', '502,000'],
    [1903595, 'en', '1.9 million'],
    [1096879, 'en', '1.1 million'],
    [1336077, 'en', '1.34 million'],
  ] as const)('%d in %s', (people, lang, text) => {
    expect(formatPopulation(people, lang)).toBe(text)
  })
})
