import { describe, expect, it } from 'vitest'
import { parseArabic, parseChineseNumeral } from '../../../src/pipeline/numerals'

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['一百二十', 120],
    ['五百', 500],
    ['三千', 3000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each(['', '三三', '亿', 'abc'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull()
  })
})

describe('parseArabic', () => {
  it.each([
    ['930', 930],
    ['760.9', 760.9],
    ['117.4', 117.4],
    ['1,364', 1364],
  ])('%s → %d', (text, value) => {
    expect(parseArabic(text)).toBe(value)
  })

  it.each(['1.2.3', '', '12a'])('rejects %j', (text) => {
    expect(parseArabic(text)).toBeNull()
  })
})
