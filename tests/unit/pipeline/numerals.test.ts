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
    ['百', 100],
    ['两千', 2000],
    ['一百零五', 105],
    ['十八', 18],
    ['三千万', 30_000_000],
    ['一万二千', 12_000],
    ['一亿二千万', 120_000_000],
    ['一万亿', 1e12],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each(['', '三三', '亿', '万', '二〇二三', 'abc'])('rejects %j', (text) => {
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
