import { describe, expect, it } from 'vitest'
import { classify, type AreaValue } from '../../../src/scale/classify'

const areas = (values: (number | null)[]): AreaValue[] =>
  values.map((value, i) => ({ id: `a${i}`, value }))

describe('classify', () => {
  it('keeps areas without a figure out of every class', () => {
    const c = classify(areas([null, 1, 2, 100, null]), 'quantile', 3)
    expect(c.noData).toEqual(['a0', 'a4'])
    expect(c.bins.flatMap((b) => b.ids).sort()).toEqual(['a1', 'a2', 'a3'])
    expect(c.binOf.a0).toBeUndefined()
  })

  it('treats zero as a value, not as missing', () => {
    const c = classify(areas([0, 5, 10]), 'equal', 2)
    expect(c.noData).toEqual([])
    expect(c.binOf.a0).toBe(0)
  })

  it('finds the natural gap with ckmeans', () => {
    const c = classify(areas([1, 2, 3, 100, 110, 120]), 'ckmeans', 2)
    expect(c.bins.map((b) => b.ids)).toEqual([
      ['a0', 'a1', 'a2'],
      ['a3', 'a4', 'a5'],
    ])
    expect(c.bins.map((b) => [b.lower, b.upper])).toEqual([
      [1, 3],
      [100, 120],
    ])
  })

  it('splits the range evenly with equal intervals, empty classes included', () => {
    const c = classify(areas([0, 1, 2, 100]), 'equal', 4)
    expect(c.bins.map((b) => b.upper)).toEqual([25, 50, 75, 100])
    expect(c.bins.map((b) => b.ids.length)).toEqual([3, 0, 0, 1])
  })

  it('uses no more classes than distinct values', () => {
    expect(classify(areas([7, 7, 7]), 'ckmeans', 5).bins).toHaveLength(1)
    expect(classify(areas([null, null]), 'quantile', 5).bins).toHaveLength(0)
  })

  it('puts every value in the class whose range holds it', () => {
    const values = [3, 9, 14, 20, 26, 41, 57, 88, 130, 736]
    for (const method of ['ckmeans', 'quantile', 'equal'] as const) {
      const c = classify(areas(values), method, 4)
      values.forEach((v, i) => {
        const bin = c.bins[c.binOf[`a${i}`]!]!
        expect(v).toBeGreaterThanOrEqual(bin.lower)
        expect(v).toBeLessThanOrEqual(bin.upper)
      })
    }
  })
})
