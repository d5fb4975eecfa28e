import { describe, expect, it } from 'vitest'
import { median, quantileSorted, ratio, summarize } from '../../../bench/stats'

describe('median', () => {
  it.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [7], expected: 7 },
    { values: [5, null, 1, null, 3], expected: 3 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected)
  })

  it('is null when no load gave a value', () => {
    expect(median([null, null])).toBeNull()
    expect(median([])).toBeNull()
  })

  it('ignores values that are not finite', () => {
    expect(median([1, Number.NaN, 3, Number.POSITIVE_INFINITY])).toBe(2)
  })
})

describe('quantileSorted', () => {
  it('interpolates between ranks like NumPy', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2)
    expect(quantileSorted([10, 20, 30, 40], 0.75)).toBe(32.5)
  })
})

describe('summarize', () => {
  it('gives count, median, quartiles and range of the present values', () => {
    expect(summarize([900, null, 800, 1000, 700, 1100])).toEqual({
      n: 5,
      median: 900,
      q1: 800,
      q3: 1000,
      p90: 1060,
      min: 700,
      max: 1100,
    })
  })

  it('is all null with n = 0 when nothing was measured', () => {
    expect(summarize([null])).toEqual({
      n: 0,
      median: null,
      q1: null,
      q3: null,
      p90: null,
      min: null,
      max: null,
    })
  })
})

describe('p90', () => {
  it('is the slow tail of pooled interactions: 1 switch in 10 is at least this slow', () => {
    const switches = [12, 14, 15, 13, 200, 16, 11, 18, 17, 15, 14]
    expect(summarize(switches).p90).toBe(18)
    expect(summarize(switches).median).toBe(15)
  })
})

describe('ratio', () => {
  it('divides app by peer', () => {
    expect(ratio(400, 800)).toBe(0.5)
  })

  it.each([
    { a: null, b: 800 },
    { a: 400, b: null },
    { a: 400, b: 0 },
  ])('is null for $a / $b', ({ a, b }) => {
    expect(ratio(a, b)).toBeNull()
  })
})
