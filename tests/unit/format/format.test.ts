import { describe, expect, it } from 'vitest'
import { formatMetric, formatPopulation, toSignificant } from '../../../src/format/number'

describe('formatMetric', () => {
  it.each([
    ['investment', 930, 'zh', '930 亿元'],
    ['investment', 930, 'en', 'CNY 93 bn'],
    ['investment', 45.5, 'en', 'CNY 4.55 bn'],
    ['projects', 334, 'en', '334 projects'],
    ['investmentPerKm2', 3462.3, 'zh', '3,460 万元/km²'],
    ['investmentPerKm2', 3462.3, 'en', 'CNY 34.6 m/km²'],
    ['investmentPerResident', 38700, 'en', 'CNY 38,700 per resident'],
    // 930 亿元 over 570,000 residents is 163,157.9 元: no source knows the last three digits.
    ['investmentPerResident', 163157.9, 'zh', '163,000 元/人'],
    ['investmentPerResident', 163157.9, 'en', 'CNY 163,000 per resident'],
    // Only the ratios go to three significant figures; amounts and counts keep theirs.
    ['investment', 1234.4, 'zh', '1,234 亿元'],
    ['projects', 1364, 'zh', '1,364 个'],
  ] as const)('%s %d in %s', (metric, value, lang, text) => {
    expect(formatMetric(metric, value, lang)).toBe(text)
  })
})

describe('toSignificant', () => {
  it.each([
    [163157.9, 'nearest', 163000],
    [163657.9, 'nearest', 164000],
    [163657.9, 'down', 163000],
    [163057.9, 'up', 164000],
    [3462.3, 'nearest', 3460],
    [34.62, 'up', 34.7],
    [0.012345, 'nearest', 0.0123],
    [1234567.891, 'nearest', 1230000],
    [0, 'nearest', 0],
    [-3462.3, 'nearest', -3460],
  ] as const)('%d to the %s is %d', (value, towards, expected) => {
    expect(toSignificant(value, towards)).toBe(expected)
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
